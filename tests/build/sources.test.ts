/**
 * Source entries as readers see them in the built site (run `npm run build` first):
 * words kept apart, links that go where their words say, languages marked.
 * Set DIST=<folder> to read another build (for example an older one kept for comparison).
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { distDir, htmlFiles, rel } from './dist.ts';
import { readerText } from './text.ts';
import { checkContent } from '../../src/lib/content/load.ts';

const dist = distDir(process.env.DIST ?? 'dist');
const pages = htmlFiles(dist).map((f) => ({ path: rel(dist, f), doc: parse(readFileSync(f, 'utf8')) }));
const langOfPage = (p: { path: string }) => (p.path.startsWith('es/') ? 'es' : 'en');
const { model } = checkContent(process.cwd());

/** Everything editors typed into content/ YAML: a word found there was written that way on purpose. */
function yamlText(dir: string): string {
  let out = '';
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out += yamlText(p);
    else if (/\.ya?ml$/.test(name)) out += `\n${readFileSync(p, 'utf8')}`;
  }
  return out;
}
const typed = yamlText(join(process.cwd(), 'content'));

/**
 * Words run together: a lower-case letter directly followed by a capital or a digit
 * ("CheckedNovember", "Consultada29"), or ":", ".", ",", ";" or ")" directly followed by a
 * letter or digit ("News:Biden", "2021.NBC"). A word is let through when it is a plain
 * number ("1.5", "22,557") or is spelled that way in content/ ("PolitiFact", "docslib.org").
 */
export function gluedWords(text: string, known: string): string[] {
  const found = new Set<string>();
  for (const word of text.split(/\s+/)) {
    if (!/\p{Ll}[\p{Lu}\p{N}]|[:.,;)][\p{L}\p{N}]/u.test(word)) continue;
    const core = word.replace(/^[(“"‘'¿¡[]+/u, '').replace(/[.,;:)”"’'?!\]]+$/u, '');
    if (/^[\p{N}.,%$]+$/u.test(core)) continue;
    if (core && known.includes(core)) continue;
    found.add(word);
  }
  return [...found];
}

/** The source entries of a page: article lists, the sources page, chart and key-figure source lines. */
function entries(doc: HTMLElement): HTMLElement[] {
  return [...doc.querySelectorAll('li[id^="source-"]'), ...doc.querySelectorAll('.ch-source'), ...doc.querySelectorAll('figure figcaption')];
}

describe('the glue finder', () => {
  it('finds words run together and lets real names and numbers through', () => {
    const known = 'KTRH (iHeartMedia)\nPolitiFact\ndocslib.org';
    expect(gluedWords('NBC News:Biden picks Harris', known)).toEqual(['News:Biden']);
    expect(gluedWords('March 24, 2021.NBC News report', known)).toEqual(['2021.NBC']);
    expect(gluedWords('CheckedNovember 29, 2026. Consultada29 de noviembre', known)).toEqual(['CheckedNovember', 'Consultada29']);
    expect(gluedWords('KTRH (iHeartMedia): PolitiFact, read via docslib.org. 1.5 millones; 22,557 children.', known)).toEqual([]);
  });
});

describe('source entries keep their words apart', () => {
  it('the build has source entries in both languages', () => {
    for (const lang of ['en', 'es']) {
      const n = pages.filter((p) => langOfPage(p) === lang).reduce((sum, p) => sum + p.doc.querySelectorAll('li[id^="source-"]').length, 0);
      expect(n, `source entries on ${lang} pages`).toBeGreaterThan(20);
    }
  });
  it('no source entry, source line or key-figure caption runs words together (both languages)', () => {
    const bad: string[] = [];
    for (const p of pages) {
      for (const el of entries(p.doc)) {
        for (const line of readerText(el).split('\n')) {
          for (const w of gluedWords(line, typed)) bad.push(`${p.path}: "${w}" in “${line.slice(0, 120)}”`);
        }
      }
    }
    expect(bad).toEqual([]);
  });
  it('a source named in the text (Cite) or a figure linked to its source (Num) stands apart from the words around it', () => {
    const bad: string[] = [];
    for (const p of pages) {
      for (const a of p.doc.querySelectorAll('a.source-ref, a.figure-ref')) {
        const siblings = a.parentNode?.childNodes ?? [];
        const i = siblings.indexOf(a);
        const before = (siblings[i - 1]?.text ?? ' ').at(-1) ?? ' ';
        const after = (siblings[i + 1]?.text ?? ' ')[0] ?? ' ';
        const inner = a.text;
        const word = /[\p{L}\p{N}]/u;
        if ((word.test(before) && word.test(inner[0] ?? '')) || (word.test(after) && word.test(inner.at(-1) ?? ''))) {
          bad.push(`${p.path}: “${(siblings[i - 1]?.text ?? '').slice(-20)}${inner}${(siblings[i + 1]?.text ?? '').slice(0, 20)}”`);
        }
      }
    }
    expect(bad).toEqual([]);
  });
});

/** Addresses each publisher really publishes at. A link named for one of them must go there, or be marked as a copy. */
const PUBLISHER_HOSTS: Record<string, string[]> = {
  'The White House': ['whitehouse.gov', 'bidenwhitehouse.archives.gov'],
  Reuters: ['reuters.com'],
  'NBC News': ['nbcnews.com'],
  'The Washington Post': ['washingtonpost.com'],
  Politico: ['politico.com'],
  'The Daily Caller': ['dailycaller.com'],
  CNN: ['cnn.com'],
  'Associated Press': ['apnews.com'],
  EFE: ['efe.com'],
  'Anadolu Agency': ['aa.com.tr'],
  'Pew Research Center': ['pewresearch.org'],
  Reason: ['reason.com'],
  'CBS News': ['cbsnews.com'],
  'Congressional Research Service': ['congress.gov'],
  'U.S. Customs and Border Protection': ['cbp.gov'],
  'U.S. Department of State': ['state.gov'],
  'U.S. Department of Homeland Security': ['dhs.gov'],
  'DHS Office of Homeland Security Statistics': ['dhs.gov'],
  USAID: ['usaid.gov'],
  'U.S. International Development Finance Corporation': ['dfc.gov'],
  // HHS lists its datasets in the federal data catalog.
  'U.S. Department of Health and Human Services, Administration for Children and Families': ['hhs.gov', 'data.gov'],
  'U.S. Department of Health and Human Services and Department of Homeland Security': ['hhs.gov', 'dhs.gov'],
  'U.S. Embassy in Guatemala': ['usembassy.gov'],
  'U.S. Embassy in Honduras': ['usembassy.gov'],
  'U.S. Embassy in El Salvador': ['usembassy.gov'],
};
const hostOf = (href: string) => new URL(href).hostname.replace(/^www\./, '');
const onHost = (host: string, domains: string[]) => domains.some((d) => host === d || host.endsWith(`.${d}`));

describe('links go where their words say', () => {
  const sourceEntries = pages.flatMap((p) => p.doc.querySelectorAll('.src-entry').map((el) => ({ page: p, el, source: model.sources.get(el.getAttribute('data-source') ?? '') })));

  it('every entry on the site is a known source, and the publisher table covers the outlets readers were misled about', () => {
    expect(sourceEntries.length).toBeGreaterThan(40);
    for (const e of sourceEntries) expect(e.source, `${e.page.path}: ${e.el.getAttribute('data-source')}`).toBeTruthy();
    const publishers = new Set([...model.sources.values()].map((s) => s.publisher));
    for (const p of ['The White House', 'Reuters', 'NBC News', 'The Washington Post', 'Politico', 'The Daily Caller']) expect(publishers.has(p), p).toBe(true);
  });

  it('a title links only to its own publisher, and a copy is named only as a copy', () => {
    // Sites the desk read copies on, with the name they go by; such a site may publish under its own name only.
    const copyHosts = new Map([...model.sources.values()].flatMap((s) => (s.via ? [[hostOf(s.via.url), s.via.name] as const] : [])));
    const bad: string[] = [];
    for (const { page, el, source } of sourceEntries) {
      if (!source) continue;
      const where = `${page.path} ${source.id}`;
      for (const a of el.querySelectorAll('a')) {
        const href = a.getAttribute('href') ?? '';
        const kind = a.getAttribute('data-link');
        const host = hostOf(href);
        if (kind === 'original') {
          if (href !== source.url) bad.push(`${where}: title links to ${href}, not to the original address`);
          const domains = PUBLISHER_HOSTS[source.publisher];
          if (domains && !onHost(host, domains)) bad.push(`${where}: "${source.publisher}" title links to ${host}`);
          if (copyHosts.has(host) && copyHosts.get(host) !== source.publisher && !(domains && onHost(host, domains))) bad.push(`${where}: "${source.publisher}" title links to ${host}, a site the desk read copies on`);
        } else if (kind === 'copy') {
          if (href !== source.via?.url) bad.push(`${where}: copy link ${href} is not the copy read`);
          if (readerText(a).includes(source.publisher)) bad.push(`${where}: copy link is named for the publisher`);
          const label = readerText(a.parentNode as HTMLElement);
          if (!/as reprinted by|, via |Read via|según la reproducción de|, vía |Consultada en/.test(label)) bad.push(`${where}: copy link ${host} is not marked as a copy (“${label}”)`);
        } else bad.push(`${where}: link to ${href} is neither the original nor the copy`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('a source whose original is not established has no title link, and names its copy in the publisher line', () => {
    const bad: string[] = [];
    for (const { page, el, source } of sourceEntries) {
      if (!source || source.url) continue;
      if (el.querySelector('a[data-link="original"]')) bad.push(`${page.path} ${source.id}: title is linked`);
      const line = readerText(el.querySelector('.src-publisher')!);
      const onSourcesPage = /(^|\/)sources\//.test(page.path);
      if (!onSourcesPage && !/, (as reprinted by|via|según la reproducción de|vía) /.test(line)) bad.push(`${page.path} ${source.id}: publisher line “${line}” does not say whose copy`);
    }
    expect(bad).toEqual([]);
  });

  it('the sources page names each copy once, in both languages', () => {
    for (const path of ['sources/index.html', 'es/sources/index.html']) {
      const doc = pages.find((p) => p.path === path)!.doc;
      const label = path.startsWith('es/') ? 'Consultada en:' : 'Read via:';
      for (const s of model.sources.values()) {
        const li = doc.querySelector(`li#source-${s.id}`);
        expect(li, `${path} lists ${s.id}`).toBeTruthy();
        const copies = li!.querySelectorAll('a[data-link="copy"]');
        expect(copies.length, `${path} ${s.id}`).toBe(s.via ? 1 : 0);
        if (s.via) expect(readerText(li!), `${path} ${s.id}`).toContain(`${label} `);
      }
    }
  });
});

describe('source titles are marked with their language (WCAG 3.1.2)', () => {
  it('English titles on Spanish pages carry lang="en"; Spanish titles on English pages carry lang="es"', () => {
    const bad: string[] = [];
    let checked = 0;
    for (const p of pages) {
      const pageLang = langOfPage(p);
      for (const el of p.doc.querySelectorAll('.src-entry')) {
        const s = model.sources.get(el.getAttribute('data-source') ?? '');
        const title = el.querySelector('.src-title');
        if (!s || !title) continue;
        const shown = s.titleEs && pageLang === 'es' ? 'es' : s.titleEs ? 'en' : s.lang;
        const want = shown === pageLang ? null : shown;
        if (title.getAttribute('lang') !== want && !(want === null && !title.hasAttribute('lang'))) bad.push(`${p.path} ${s.id}: lang=${title.getAttribute('lang')}, expected ${want ?? 'none'}`);
        if (want) checked++;
      }
    }
    expect(checked, 'some titles are in the other language').toBeGreaterThan(10);
    expect(bad).toEqual([]);
  });
});

describe('publishers are named in the page’s language', () => {
  it('on Spanish pages, a source named in the text, in a chart’s source line or under a key figure uses its Spanish name where it has one', () => {
    const bad: string[] = [];
    let checked = 0;
    for (const p of pages.filter((x) => langOfPage(x) === 'es')) {
      for (const a of p.doc.querySelectorAll('a.source-ref, figure figcaption a[href*="#source-"], .ch-source a[href*="#source-"]')) {
        const id = /#source-([a-z0-9-]+)$/.exec(a.getAttribute('href') ?? '')?.[1];
        const s = id ? model.sources.get(id) : undefined;
        if (!s?.publisherEs) continue;
        checked++;
        // A key figure may name its source in its own words (home.yaml); it never shows the English agency name.
        const shown = a.text.trim();
        if (a.classList.contains('source-ref') ? shown !== s.publisherEs : shown === s.publisher) bad.push(`${p.path}: “${shown}” for ${s.id}, expected “${s.publisherEs}”`);
      }
      for (const el of p.doc.querySelectorAll('.src-entry')) {
        const s = model.sources.get(el.getAttribute('data-source') ?? '');
        if (!s?.publisherEs) continue;
        checked++;
        const shown = el.querySelector('.src-publisher .font-semibold')?.text.trim();
        if (shown !== s.publisherEs) bad.push(`${p.path}: “${shown}” for ${s.id}, expected “${s.publisherEs}”`);
      }
    }
    expect(checked).toBeGreaterThan(10);
    expect(bad).toEqual([]);
  });
});

if (existsSync(join(dist, 'es', 'sources', 'index.html'))) {
  describe('Spanish sources page', () => {
    it('uses the Spanish names of agencies', () => {
      const doc = pages.find((p) => p.path === 'es/sources/index.html')!.doc;
      const text = readerText(doc.querySelector('main') ?? doc);
      expect(text).toContain('Oficina de Aduanas y Protección Fronteriza (CBP)');
      expect(text).not.toMatch(/^U\.S\. Customs and Border Protection:/m);
    });
  });
}
