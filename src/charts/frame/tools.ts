/**
 * The addresses behind a chart frame's tools: the embed page and its iframe
 * snippet, the chart's images (drawn at build time by src/pages/charts/) and
 * the chart's own link. All absolute (SITE + BASE), since they are copied to
 * other sites.
 */
import { embedSlug, embedSnippet } from '../../lib/embeds.ts';
import type { Lang } from '../../lib/i18n.ts';
import { href, localePath } from '../../lib/links.ts';

export interface ChartTools {
  embedUrl: string;
  snippet: string;
  /** Site paths (with the base) of the images. */
  png: string;
  svg: string;
  permalink: string;
}

/** Path of a chart's image without the base: /charts/encounters.svg, /es/charts/encounters.png. */
export function chartImagePath(lang: Lang, slug: string, ext: 'svg' | 'png'): string {
  return localePath(lang, `/charts/${slug}.${ext}`);
}

export function chartTools(o: { tag: string; attrs: Record<string, unknown>; lang: Lang; id: string; title: string; page: URL; site: URL | undefined }): ChartTools {
  const attrs = Object.fromEntries(Object.entries(o.attrs).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
  const slug = embedSlug(o.tag, attrs);
  const site = o.site ?? new URL('https://example.org');
  const abs = (path: string) => new URL(path, site).href;
  const embedUrl = abs(href(localePath(o.lang, `/embed/${slug}/`)));
  const page = new URL(o.page.pathname, site);
  page.hash = o.id;
  return {
    embedUrl,
    snippet: embedSnippet(embedUrl, abs(href('/embed/host.js')), o.title),
    png: href(chartImagePath(o.lang, slug, 'png')),
    svg: href(chartImagePath(o.lang, slug, 'svg')),
    permalink: page.href,
  };
}
