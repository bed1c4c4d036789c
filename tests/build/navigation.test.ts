/** Finding your way, as built: the search index per language, the series links, the front page's way in. */
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, page } from './dist.ts';
import { parse as parseYaml } from 'yaml';
import { checkContent } from '../../src/lib/content/load.ts';

const content = checkContent(process.cwd());
/** Published articles with the frontmatter fields the series uses, read from the editors' files. */
const published = content.articles
  .filter((a) => !a.draft)
  .map((a) => {
    const fm = parseYaml(/^---\n([\s\S]*?)\n---/.exec(readFileSync(a.path, 'utf8'))![1]!) as { order: number; kind: string; title: string };
    return { ...a, order: fm.order, main: fm.kind === 'main', title: fm.title };
  });
const pathOf = (a: { lang: string; slug: string }) => (a.lang === 'en' ? `/${a.slug}/` : `/${a.lang}/${a.slug}/`);
const inOrder = (lang: string) => published.filter((a) => a.lang === lang).sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));

describe('search index', () => {
  for (const [name, base] of [['dist', '/'], ['dist-base', '/explainer/']] as const) {
    it(`${name}: Pagefind wrote one index per language, each holding that language's pieces`, () => {
      const dir = join(distDir(name), 'pagefind');
      const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string; page_count: number }> };
      expect(Object.keys(entry.languages).sort()).toEqual(['en', 'es']);
      for (const lang of ['en', 'es'] as const) {
        const pages = inOrder(lang).length + content.pages.filter((p) => p.lang === lang).length;
        expect(entry.languages[lang]!.page_count, lang).toBe(pages);
        expect(existsSync(join(dir, `pagefind.${entry.languages[lang]!.hash}.pf_meta`)), `${lang} meta`).toBe(true);
        expect(readdirSync(join(dir, 'index')).some((f) => f.startsWith(`${lang}_`)), `${lang} index chunks`).toBe(true);
      }
      // The search page loads the script from under the site's base.
      const html = readFileSync(join(distDir(name), 'search', 'index.html'), 'utf8');
      expect(html).toContain(`data-base="${base}"`);
    });
  }

  it('every page header has a search form that submits q to the search page of its language, without script', () => {
    for (const a of published) {
      const doc = page(distDir(), pathOf(a));
      const form = doc.querySelector('header form[role="search"]');
      expect(form, pathOf(a)).toBeTruthy();
      expect(form!.getAttribute('action')).toBe(a.lang === 'en' ? '/search/' : '/es/search/');
      expect(form!.getAttribute('method')).toBe('get');
      const input = form!.querySelector('input[name="q"]')!;
      expect(doc.querySelector(`label[for="${input.getAttribute('id')}"]`)?.text.trim().length ?? 0).toBeGreaterThan(3);
    }
  });

  it('the search pages are in the sitemap, paired across languages', () => {
    const dist = distDir();
    const xml = readdirSync(dist)
      .filter((f) => /^sitemap-\d+\.xml$/.test(f))
      .map((f) => readFileSync(join(dist, f), 'utf8'))
      .join('');
    expect(xml).toMatch(/<loc>[^<]*\/search\/<\/loc>/);
    expect(xml).toMatch(/<loc>[^<]*\/es\/search\/<\/loc>/);
    expect(xml).toMatch(/hreflang="es"[^>]*href="[^"]*\/es\/search\/"/);
  });

  it('only articles and site pages are indexed: lists, the front page and the search page are not', () => {
    for (const path of ['/', '/es/', '/sources/', '/search/', '/es/search/']) {
      expect(page(distDir(), path).querySelector('[data-pagefind-body]'), path).toBeNull();
    }
    for (const a of published) expect(page(distDir(), pathOf(a)).querySelector('[data-pagefind-body]'), pathOf(a)).toBeTruthy();
  });
});

describe('the series', () => {
  for (const lang of ['en', 'es'] as const) {
    const pieces = inOrder(lang);
    it(`${lang}: each piece says "part N of M" and links to its neighbours in order, with rel=prev/next in the body and the head`, () => {
      expect(pieces.length).toBeGreaterThan(2);
      pieces.forEach((a, i) => {
        const doc = page(distDir(), pathOf(a));
        const nav = doc.querySelector('nav[aria-labelledby="series-title"]');
        expect(nav, pathOf(a)).toBeTruthy();
        const label = lang === 'en' ? `Part ${i + 1} of ${pieces.length}` : `Parte ${i + 1} de ${pieces.length}`;
        expect(nav!.querySelector('h2')!.text.replace(/\s+/g, ' ')).toContain(label);
        const prev = pieces[i - 1];
        const next = pieces[i + 1];
        expect(prev || next, 'every piece has a neighbour').toBeTruthy();
        expect(nav!.querySelector('a[rel="prev"]')?.getAttribute('href') ?? null, `${pathOf(a)} prev`).toBe(prev ? pathOf(prev) : null);
        expect(nav!.querySelector('a[rel="next"]')?.getAttribute('href') ?? null, `${pathOf(a)} next`).toBe(next ? pathOf(next) : null);
        expect(doc.querySelector('head link[rel="prev"]')?.getAttribute('href') ?? null).toBe(prev ? pathOf(prev) : null);
        expect(doc.querySelector('head link[rel="next"]')?.getAttribute('href') ?? null).toBe(next ? pathOf(next) : null);
      });
    });

    it(`${lang}: the front page's "start here" leads to the overview`, () => {
      const main = published.find((a) => a.lang === lang && a.main)!;
      const home = page(distDir(), lang === 'en' ? '/' : '/es/');
      const start = home.querySelector('a.start-here');
      expect(start?.getAttribute('href')).toBe(pathOf(main));
      expect(start!.text).toContain(lang === 'en' ? 'Start here' : 'Empiece aquí');
    });
  }
});
