/**
 * The front pages carry their stylesheets inline, so their first paint waits
 * for one response instead of two: on a slow phone connection that is one
 * round trip less before the map and the key figures show.
 *
 * Every other page keeps its stylesheets as files, which the browser caches
 * from one page to the next. An inline style must be allowed by the
 * Content-Security-Policy, so this step adds the sha256 of each inlined
 * stylesheet to the page's <meta> policy and to the site-wide policy in
 * _headers (the hashes allow those exact stylesheets and nothing else).
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The pages, relative to the output folder, whose stylesheets go inline. */
export const INLINE_CSS_PAGES = ['index.html', 'es/index.html'];

const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

/** Adds hashes to the style-src directive of a policy string (meta content or header value). */
export function withStyleHashes(policy: string, hashes: string[]): string {
  return policy.replace(/(style-src)([^;]*)/, (_, name: string, values: string) => {
    const have = new Set(values.trim().split(/\s+/).filter(Boolean));
    const add = hashes.filter((h) => !have.has(h));
    return `${name}${values.replace(/\s*$/, '')}${add.length ? ` ${add.join(' ')}` : ''}${/\s$/.test(values) ? ' ' : ''}`;
  });
}

/** Replaces each local stylesheet link with a <style> holding the file's text; returns the new HTML and the hashes. */
export function inlineStylesheets(html: string, readCss: (file: string) => string | undefined): { html: string; hashes: string[] } {
  const hashes: string[] = [];
  const out = html.replace(/<link rel="stylesheet" href="([^"]*\/_astro\/[^"]+\.css)"\s*\/?>/g, (tag, href: string) => {
    const css = readCss(basename(href));
    if (css === undefined || /<\/style/i.test(css)) return tag;
    hashes.push(sha256(css));
    return `<style>${css}</style>`;
  });
  if (!hashes.length) return { html, hashes };
  const withMeta = out.replace(/(<meta http-equiv="content-security-policy" content=")([^"]*)(")/, (_, a: string, policy: string, c: string) => a + withStyleHashes(policy, hashes) + c);
  return { html: withMeta, hashes };
}

export default function inlineCss(): AstroIntegration {
  return {
    name: 'inline-front-page-css',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const all = new Set<string>();
        for (const page of INLINE_CSS_PAGES) {
          const file = join(root, page);
          if (!existsSync(file)) continue;
          const { html, hashes } = inlineStylesheets(readFileSync(file, 'utf8'), (name) => {
            const css = join(root, '_astro', name);
            return existsSync(css) ? readFileSync(css, 'utf8') : undefined;
          });
          if (!hashes.length) throw new Error(`inline-front-page-css: ${page} has no stylesheet to inline; the front page's head changed`);
          if (!html.includes(hashes[0]!)) throw new Error(`inline-front-page-css: ${page} has no Content-Security-Policy <meta> to carry the style hashes`);
          writeFileSync(file, html);
          for (const h of hashes) all.add(h);
        }
        const headersFile = join(root, '_headers');
        if (all.size && existsSync(headersFile)) {
          const headers = readFileSync(headersFile, 'utf8');
          // Only the site-wide rule (/*) covers the front pages.
          const out = headers.replace(/(^\/\*\n(?:[ \t]+.+\n)*?[ \t]+Content-Security-Policy: )(.+)$/m, (_, head: string, policy: string) => head + withStyleHashes(policy, [...all]));
          if (out === headers) throw new Error('inline-front-page-css: no site-wide Content-Security-Policy in _headers to carry the style hashes');
          writeFileSync(headersFile, out);
        }
        logger.info(`front pages: ${all.size} stylesheet${all.size === 1 ? '' : 's'} inlined, hashes added to the policy`);
      },
    },
  };
}
