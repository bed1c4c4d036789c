import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { distDir, htmlFiles, page, rel, resolvesTo, ROOT } from './dist.ts';
import { checkContent } from '../../src/lib/content/load.ts';
import { splitFrontmatter } from '../../src/lib/content/articles.ts';

const SITE = 'https://example.org';
const content = checkContent(ROOT);
const published = content.articles.filter((a) => !a.draft);
const pathOf = (a: { lang: string; slug: string }) => (a.lang === 'en' ? `/${a.slug}/` : `/${a.lang}/${a.slug}/`);
const front = (a: { path: string }) => parseYaml(splitFrontmatter(readFileSync(join(ROOT, a.path), 'utf8')).yaml ?? '') as Record<string, unknown>;
const dateOf = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : (v as string | undefined));

/** Width and height from a PNG file's IHDR chunk, after checking the signature. */
function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), `${file} is a PNG`).toBe(true);
  expect(b.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

function jsonLd(doc: ReturnType<typeof page>): Record<string, any>[] {
  return doc.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.rawText));
}

describe('share cards', () => {
  for (const [name, base] of [['dist', '/'], ['dist-base', '/explainer/']] as const) {
    it(`${name}: every page names a 1200×630 PNG card at an absolute address, with size, alt and a large Twitter card`, () => {
      const dir = distDir(name);
      // Embed pages are charts framed by other sites, not pages people share: they carry no card.
      const files = htmlFiles(dir).filter((f) => !/(^|\/)embed\//.test(rel(dir, f)));
      expect(files.length).toBeGreaterThan(10);
      const seen = new Set<string>();
      for (const f of files) {
        const where = rel(dir, f);
        const doc = page(dir, where);
        const meta = (p: string) => doc.querySelector(`meta[property="${p}"]`)?.getAttribute('content') ?? doc.querySelector(`meta[name="${p}"]`)?.getAttribute('content');
        const image = meta('og:image') ?? '';
        expect(image.startsWith(`${SITE}${base}`), `${where}: og:image ${image} is absolute under SITE + BASE`).toBe(true);
        const lang = doc.querySelector('html')?.getAttribute('lang');
        expect(new URL(image).pathname.startsWith(`${base}${lang === 'es' ? 'es/' : ''}cards/`), `${where}: card in the page's language`).toBe(true);
        const file = resolvesTo(dir, new URL(image).pathname, base);
        expect(file, `${where}: ${image} exists in ${name}/`).toBeTruthy();
        expect(pngSize(file!)).toEqual({ width: 1200, height: 630 });
        expect(meta('og:image:width')).toBe('1200');
        expect(meta('og:image:height')).toBe('630');
        expect(meta('og:image:alt')?.length ?? 0, `${where}: og:image:alt`).toBeGreaterThan(10);
        expect(meta('twitter:card')).toBe('summary_large_image');
        expect(meta('twitter:image')).toBe(image);
        seen.add(image);
      }
      // Front pages, sources, articles and site pages each have their own card in each language.
      expect(seen.size).toBe(2 * 2 + published.length + content.pages.length);
    });
  }

  it('each piece’s card shows its headline and, when content/cards.yaml names one, its key figure (in the alt text)', () => {
    const dir = distDir();
    for (const a of published) {
      const doc = page(dir, pathOf(a));
      const alt = doc.querySelector('meta[property="og:image:alt"]')?.getAttribute('content') ?? '';
      expect(alt.startsWith(String(front(a).title)), pathOf(a)).toBe(true);
      const cf = content.cards.get(a.slug);
      if (cf) expect(alt, pathOf(a)).toContain(a.lang === 'es' ? cf.caption_es : cf.caption);
    }
    expect([...content.cards.keys()].length).toBeGreaterThan(0);
  });
});

describe('structured data', () => {
  for (const a of published) {
    it(`${pathOf(a)}: NewsArticle with the fields Google's article documentation lists, and a BreadcrumbList`, () => {
      const doc = page(distDir(), pathOf(a));
      const fm = front(a);
      const blocks = jsonLd(doc);
      const article = blocks.find((b) => b['@type'] === 'NewsArticle');
      expect(article, 'NewsArticle').toBeTruthy();
      const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
      expect(article!['@context']).toBe('https://schema.org');
      expect(article!.headline).toBe(fm.title);
      expect(article!.description).toBe(fm.dek);
      expect(article!.datePublished).toBe(dateOf(fm.published));
      expect(article!.dateModified).toBe(dateOf(fm.updated) ?? dateOf(fm.published));
      expect(article!.author.map((x: { name: string }) => x.name)).toEqual(fm.authors);
      for (const au of article!.author) expect(['Person', 'Organization']).toContain(au['@type']);
      expect(article!.publisher['@type']).toBe('Organization');
      expect(article!.publisher.name).toBe(a.lang === 'es' ? 'Causas de fondo' : 'Root Causes');
      const logo = resolvesTo(distDir(), new URL(article!.publisher.logo.url).pathname, '/');
      expect(logo, 'publisher logo exists').toBeTruthy();
      expect(pngSize(logo!)).toEqual({ width: article!.publisher.logo.width, height: article!.publisher.logo.height });
      expect(article!.image[0].url).toBe(doc.querySelector('meta[property="og:image"]')?.getAttribute('content'));
      expect(article!.inLanguage).toBe(a.lang === 'es' ? 'es-419' : 'en-US');
      expect(article!.isAccessibleForFree).toBe(true);
      expect(article!.mainEntityOfPage['@id']).toBe(canonical);

      const crumbs = blocks.find((b) => b['@type'] === 'BreadcrumbList');
      expect(crumbs!.itemListElement.map((i: { position: number }) => i.position)).toEqual([1, 2]);
      expect(crumbs!.itemListElement[0].item).toBe(`${SITE}${a.lang === 'es' ? '/es/' : '/'}`);
      expect(crumbs!.itemListElement[1].item).toBe(canonical);
      expect(blocks.some((b) => b['@type'] === 'WebSite')).toBe(false);
    });
  }

  it('the front pages carry WebSite; other pages carry no NewsArticle', () => {
    const dir = distDir();
    for (const [path, lang] of [['/', 'en-US'], ['/es/', 'es-419']] as const) {
      const site = jsonLd(page(dir, path)).find((b) => b['@type'] === 'WebSite');
      expect(site?.url).toBe(`${SITE}${path}`);
      expect(site?.inLanguage).toBe(lang);
    }
    for (const path of ['/sources/', '/es/sources/', '/about/']) expect(jsonLd(page(dir, path)).some((b) => b['@type'] === 'NewsArticle'), path).toBe(false);
  });

  it('under /explainer/ every address in the data carries the base', () => {
    const dir = distDir('dist-base');
    const a = published[0]!;
    const text = page(dir, pathOf(a)).querySelectorAll('script[type="application/ld+json"]').map((s) => s.rawText).join('\n');
    const urls = [...text.matchAll(/"(https:\/\/example\.org[^"]*)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) {
      expect(u.startsWith(`${SITE}/explainer/`), u).toBe(true);
      expect(resolvesTo(dir, new URL(u).pathname, '/explainer/'), `${u} resolves`).toBeTruthy();
    }
  });
});

describe('sitemap', () => {
  const xml = readFileSync(join(distDir(), 'sitemap-0.xml'), 'utf8');
  const entries = new Map(
    [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => {
      const body = m[1]!;
      const loc = new URL(/<loc>([^<]+)<\/loc>/.exec(body)![1]!).pathname;
      const lastmod = /<lastmod>([^<]+)<\/lastmod>/.exec(body)?.[1];
      const links = Object.fromEntries([...body.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((l) => [l[1]!, new URL(l[2]!).pathname]));
      return [loc, { lastmod, links }] as const;
    }),
  );

  it('pairs each piece with its twin in the other language, and only then', () => {
    let paired = 0;
    for (const a of published) {
      const e = entries.get(pathOf(a));
      expect(e, `${pathOf(a)} is in the sitemap`).toBeTruthy();
      const twin = published.find((o) => o.slug === a.slug && o.lang !== a.lang);
      if (twin) {
        paired++;
        expect(e!.links).toEqual({ [a.lang]: pathOf(a), [twin.lang]: pathOf(twin) });
      } else {
        expect(e!.links, `${pathOf(a)} has no twin`).toEqual({});
      }
    }
    expect(paired).toBeGreaterThan(4);
    expect(entries.get('/')!.links).toEqual({ en: '/', es: '/es/' });
  });

  it('gives each piece its updated (or published) date as lastmod, and each front page the latest of its language', () => {
    for (const a of published) {
      const fm = front(a);
      expect(entries.get(pathOf(a))!.lastmod?.slice(0, 10), pathOf(a)).toBe(dateOf(fm.updated) ?? dateOf(fm.published));
    }
    for (const [home, lang] of [['/', 'en'], ['/es/', 'es']] as const) {
      const latest = published.filter((a) => a.lang === lang).map((a) => dateOf(front(a).updated) ?? dateOf(front(a).published)!).sort().at(-1);
      expect(entries.get(home)!.lastmod?.slice(0, 10)).toBe(latest);
    }
  });

  it('lists pages only, not card images', () => {
    expect([...entries.keys()].some((p) => /\.png$/.test(p))).toBe(false);
    expect(existsSync(join(distDir(), 'cards/index.png'))).toBe(true);
  });
});
