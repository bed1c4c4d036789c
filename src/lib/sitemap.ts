/**
 * Sitemap details for @astrojs/sitemap (read by astro.config.mjs): the
 * last-modified date of each page, from each piece's `updated` date (or
 * `published` when never updated). A front page changes when any of its
 * pieces does, so it takes the latest date of its language. Pages without a
 * date of their own (sources, site pages) get no lastmod rather than a guess.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { splitFrontmatter } from './content/articles.ts';

/** Locales for the sitemap's hreflang alternates: site language -> hreflang (the plugin accepts letters and hyphens only, so "es" rather than "es-419"; the pages say lang="es" too). */
export const SITEMAP_LOCALES = { en: 'en', es: 'es' } as const;

const asDate = (v: unknown): string | undefined => {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined;
};

/** Site path (without the base) -> YYYY-MM-DD. */
export function lastmodByPath(root: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const lang of Object.keys(SITEMAP_LOCALES) as (keyof typeof SITEMAP_LOCALES)[]) {
    const dir = join(root, 'content/articles', lang);
    if (!existsSync(dir)) continue;
    const prefix = lang === 'en' ? '' : `/${lang}`;
    let latest = '';
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.mdx')) continue;
      const { yaml } = splitFrontmatter(readFileSync(join(dir, name), 'utf8'));
      let data: Record<string, unknown> = {};
      try {
        data = (parse(yaml ?? '') ?? {}) as Record<string, unknown>;
      } catch {
        continue; // the content check reports it
      }
      if (data.draft === true) continue;
      const date = asDate(data.updated) ?? asDate(data.published);
      if (!date) continue;
      out.set(`${prefix}/${name.replace(/\.mdx$/, '')}/`, date);
      if (date > latest) latest = date;
    }
    if (latest) out.set(`${prefix}/`, latest);
  }
  return out;
}

/** The serialize hook: adds lastmod to the pages that have a date. */
export function withLastmod(root: string, base: string) {
  const dates = lastmodByPath(root);
  const b = base.endsWith('/') ? base : `${base}/`;
  return <T extends { url: string }>(item: T): T & { lastmod?: string } => {
    const path = new URL(item.url).pathname;
    const sitePath = path.startsWith(b) ? `/${path.slice(b.length)}` : path;
    const date = dates.get(sitePath);
    return date ? { ...item, lastmod: date } : item;
  };
}
