import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, page, resolvesTo, ROOT } from './dist.ts';
import { checkContent } from '../../src/lib/content/load.ts';
import { findTags, MDX_TAGS } from '../../src/lib/mdx-registry.ts';
import { embedSlug } from '../../src/lib/embeds.ts';
import { splitFrontmatter } from '../../src/lib/content/articles.ts';

const content = checkContent(ROOT);
const published = content.articles.filter((a) => !a.draft);

/** Every chart placement in the published pieces of a language, as the embed slugs they should produce. */
function expectedEmbeds(lang: string): Set<string> {
  const out = new Set<string>();
  for (const a of published.filter((x) => x.lang === lang)) {
    const { body } = splitFrontmatter(readFileSync(join(ROOT, a.path), 'utf8'));
    for (const t of findTags(body)) if (t.name.endsWith('Chart') && t.name in MDX_TAGS) out.add(embedSlug(t.name, t.attrs));
  }
  return out;
}

describe('embed pages', () => {
  const dist = distDir();
  for (const lang of ['en', 'es'] as const) {
    const slugs = [...expectedEmbeds(lang)];
    it(`${lang}: one embed page for every chart the pieces place`, () => {
      expect(slugs.length).toBeGreaterThan(2);
      for (const s of slugs) expect(resolvesTo(dist, `${lang === 'es' ? '/es' : ''}/embed/${s}/`, '/'), s).toBeTruthy();
    });
    for (const s of slugs) {
      const path = `${lang === 'es' ? '/es' : ''}/embed/${s}/`;
      it(`${path}: the chart with its title, server SVG or list, source line and data table, a link back to the piece, and no site navigation`, () => {
        const doc = page(dist, path);
        expect(doc.querySelector('html')?.getAttribute('lang')).toBe(lang);
        const figure = doc.querySelector(`figure#chart-${s}`);
        expect(figure, 'the chart figure').toBeTruthy();
        expect(figure!.querySelector('.ch-title')?.text.trim().length).toBeGreaterThan(10);
        expect(figure!.querySelector('svg, ol, ul'), 'the chart is drawn at build time').toBeTruthy();
        expect(figure!.querySelector('table'), 'data table').toBeTruthy();
        const sourceLinks = figure!.querySelectorAll('.ch-source a');
        expect(sourceLinks.length).toBeGreaterThan(0);
        for (const a of sourceLinks) {
          const id = a.getAttribute('href')!.slice(1);
          const entry = doc.querySelector(`[id="${id}"]`);
          expect(entry, `${id} is listed on the embed page`).toBeTruthy();
          expect(entry!.querySelector('a[href^="https://"]'), `${id} links to the source`).toBeTruthy();
        }
        const back = doc.querySelectorAll('a[target="_top"]').map((a) => new URL(a.getAttribute('href')!));
        expect(back).toHaveLength(1);
        expect(back[0]!.origin).toBe('https://example.org');
        expect(resolvesTo(dist, back[0]!.pathname, '/'), 'link back resolves').toBeTruthy();
        expect(back[0]!.hash).toBe(`#chart-${s}`);
        expect(doc.querySelectorAll('nav, header, footer'), 'no site navigation').toHaveLength(0);
        expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
        expect(doc.querySelector(`script[src="/embed/resize.js"]`), 'the height script').toBeTruthy();
        for (const el of doc.querySelectorAll('script[src], link[href], img[src]')) {
          expect(el.getAttribute('src') ?? el.getAttribute('href'), 'nothing from another origin').not.toMatch(/^(https?:)?\/\//);
        }
      });
    }
  }
  it('the embed pages are not in the sitemap', () => {
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).not.toMatch(/\/embed\//);
  });
});

describe('_headers', () => {
  const text = readFileSync(join(distDir(), '_headers'), 'utf8');
  /** Rules in order: path -> header lines. */
  const rules = text
    .split(/\n(?=\/)/)
    .map((block) => block.replace(/^(#.*\n)+/gm, ''))
    .filter((b) => b.startsWith('/'))
    .map((b) => {
      const [path, ...lines] = b.trim().split('\n').map((l) => l.trim());
      return { path: path!, lines: lines.filter((l) => l && !l.startsWith('#')) };
    });
  const csp = (lines: string[]) => lines.find((l) => l.startsWith('Content-Security-Policy:'))?.slice('Content-Security-Policy:'.length).trim() ?? '';
  const directive = (policy: string, name: string) => policy.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `));

  it('every page but the embeds refuses to be framed', () => {
    const all = rules.find((r) => r.path === '/*')!;
    expect(directive(csp(all.lines), 'frame-ancestors')).toBe("frame-ancestors 'none'");
  });
  for (const path of ['/embed/*', '/es/embed/*']) {
    it(`${path} may be framed by any site, on Cloudflare (detached /* policy) and on Netlify (later rule replaces)`, () => {
      const i = rules.findIndex((r) => r.path === path);
      expect(i, `${path} rule`).toBeGreaterThan(rules.findIndex((r) => r.path === '/*'));
      const r = rules[i]!;
      expect(r.lines.indexOf('! Content-Security-Policy'), 'detach before setting').toBeGreaterThanOrEqual(0);
      expect(r.lines.indexOf('! Content-Security-Policy')).toBeLessThan(r.lines.findIndex((l) => l.startsWith('Content-Security-Policy:')));
      const policy = csp(r.lines);
      expect(directive(policy, 'frame-ancestors')).toBe('frame-ancestors *');
      // Everything else is the same strict policy as the rest of the site (whose style hashes are the front pages' inline stylesheets).
      const strip = (p: string) =>
        p
          .split(';')
          .map((d) => d.trim().split(/\s+/).filter((v) => !v.startsWith("'sha256-")).join(' '))
          .filter((d) => !d.startsWith('frame-ancestors'));
      expect(strip(policy)).toEqual(strip(csp(rules.find((x) => x.path === '/*')!.lines)));
      expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    });
  }
});
