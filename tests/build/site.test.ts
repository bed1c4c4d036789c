import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { parse } from 'node-html-parser';
import { distDir, htmlFiles, rel, page, resolvesTo } from './dist.ts';
import '../../src/charts/registry.ts';
import { checkContent } from '../../src/lib/content/load.ts';
import { isVisible } from '../../src/lib/articles.ts';

const content = checkContent(process.cwd());
const published = content.articles.filter((a) => !a.draft);
const drafts = content.articles.filter((a) => a.draft);
const pathOf = (a: { lang: string; slug: string }) => (a.lang === 'en' ? `/${a.slug}/` : `/${a.lang}/${a.slug}/`);

describe('built article pages', () => {
  const dist = distDir();
  it('there is at least one published article', () => {
    expect(published.length).toBeGreaterThan(0);
  });
  for (const a of published) {
    it(`${pathOf(a)} has one h1, title, description, canonical, Open Graph, lang and dates`, () => {
      const doc = page(dist, pathOf(a));
      expect(doc.querySelectorAll('h1')).toHaveLength(1);
      const title = doc.querySelector('title')?.text ?? '';
      expect(title.length).toBeGreaterThan(10);
      expect(title.length, 'tab title fits search results').toBeLessThanOrEqual(70);
      expect(title).toMatch(a.lang === 'en' ? / · Root Causes$/ : / · Causas de fondo$/);
      expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')?.length ?? 0).toBeGreaterThan(40);
      const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
      expect(new URL(canonical).pathname).toBe(pathOf(a));
      for (const p of ['og:title', 'og:description', 'og:url', 'og:type']) {
        expect(doc.querySelector(`meta[property="${p}"]`)?.getAttribute('content'), p).toBeTruthy();
      }
      expect(doc.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('article');
      expect(doc.querySelector('html')?.getAttribute('lang')).toBe(a.lang);
      const times = doc.querySelectorAll('time[datetime]');
      expect(times.length).toBeGreaterThan(0);
      for (const t of times) expect(t.getAttribute("datetime")).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
    });
  }
  it('titles are unique across pages', () => {
    const titles = htmlFiles(dist).map((f) => parse(readFileSync(f, 'utf8')).querySelector('title')?.text);
    expect(new Set(titles).size).toBe(titles.length);
  });
  it('drafts are not published', () => {
    // The switch itself, so the test means something even when no piece is a draft.
    const entry = (draft: boolean) => ({ data: { draft } }) as Parameters<typeof isVisible>[0];
    expect(isVisible(entry(true), false), 'a draft is left out of a build').toBe(false);
    expect(isVisible(entry(true), true), 'a draft shows in development').toBe(true);
    expect(isVisible(entry(false), false)).toBe(true);
    for (const a of published) expect(resolvesTo(dist, pathOf(a), '/'), `${pathOf(a)} must be built`).not.toBeNull();
    for (const d of drafts) {
      expect(resolvesTo(dist, pathOf(d), '/'), `${pathOf(d)} must not be built`).toBeNull();
      const home = readFileSync(join(dist, 'index.html'), 'utf8');
      expect(home).not.toContain(`href="${pathOf(d)}"`);
    }
  });
});

function internalLinks(dir: string, base: string) {
  const broken: string[] = [];
  let count = 0;
  for (const file of htmlFiles(dir)) {
    const doc = parse(readFileSync(file, 'utf8'));
    const here = '/' + rel(dir, dirname(file)).replace(/^\.$/, '') + '/';
    const ids = new Set(doc.querySelectorAll('[id]').map((e) => e.getAttribute('id')));
    for (const el of doc.querySelectorAll('a[href], link[href], script[src], img[src], source[srcset]')) {
      const raw = el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('srcset') ?? '';
      if (/^(https?:|mailto:|tel:|data:)/.test(raw) && !raw.startsWith('https://example.org')) continue;
      count++;
      if (raw.startsWith('#')) {
        if (raw.length > 1 && !ids.has(decodeURIComponent(raw.slice(1)))) broken.push(`${rel(dir, file)}: ${raw} (no such id on the page)`);
        continue;
      }
      const url = new URL(raw, `https://example.org${base}${here.slice(1)}`);
      if (url.origin !== 'https://example.org') continue;
      const target = resolvesTo(dir, url.pathname, base);
      if (!target) broken.push(`${rel(dir, file)}: ${raw}`);
      else if (url.hash && target.endsWith('.html')) {
        const tdoc = parse(readFileSync(target, 'utf8'));
        if (!tdoc.querySelector(`[id="${decodeURIComponent(url.hash.slice(1))}"]`)) broken.push(`${rel(dir, file)}: ${raw} (no such id on the target page)`);
      }
    }
  }
  return { broken, count };
}

describe('internal links and assets', () => {
  it('every internal href, src and #fragment resolves in dist/', () => {
    const { broken, count } = internalLinks(distDir(), '/');
    expect(count).toBeGreaterThan(20);
    expect(broken).toEqual([]);
  });
  it('every internal href, src and #fragment resolves in a build under /explainer/', () => {
    const dir = distDir('dist-base');
    const { broken, count } = internalLinks(dir, '/explainer/');
    expect(count).toBeGreaterThan(20);
    expect(broken).toEqual([]);
    const home = readFileSync(join(dir, 'index.html'), 'utf8');
    expect(home).toMatch(/href="\/explainer\/sources\/"/);
    expect(home).not.toMatch(/href="\/sources\/"/);
  });
});

describe('feeds', () => {
  for (const [name, base] of [['dist', '/'], ['dist-base', '/explainer/']] as const) {
    it(`${name}: each language's RSS feed lists its published articles with links that resolve`, () => {
      const dir = distDir(name);
      for (const lang of ['en', 'es'] as const) {
        const xml = readFileSync(join(dir, lang === 'en' ? 'rss.xml' : 'es/rss.xml'), 'utf8');
        const links = [...xml.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => new URL(m[1]!).pathname);
        const expected = published.filter((a) => a.lang === lang).map((a) => `${base}${pathOf(a).slice(1)}`);
        expect([...links].sort()).toEqual([...expected].sort());
        for (const l of links) expect(resolvesTo(dir, l, base), l).toBeTruthy();
      }
    });
  }
});
