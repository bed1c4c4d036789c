/** The data pages in the built site: every dataset has its page in both languages, with table, downloads, sources and history; charts link them. */
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, htmlFiles, page, rel, resolvesTo } from './dist.ts';
import { parse } from 'node-html-parser';
import '../../src/charts/registry.ts';
import { CHARTS } from '../../src/charts/registry.ts';
import { checkContent } from '../../src/lib/content/load.ts';
import { VALUE_WORDS_ES } from '../../src/lib/i18n.ts';

const dist = distDir();
const { model } = checkContent(process.cwd());
const datasets = [...model.datasets.values()];
const text = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

describe('data pages', () => {
  for (const lang of ['en', 'es'] as const) {
    const prefix = lang === 'en' ? '' : '/es';

    it(`${prefix}/data/ lists every dataset with its period, rows and last-checked day, linked to its page`, () => {
      const doc = page(dist, `${prefix}/data/`);
      expect(doc.querySelector('html')!.getAttribute('lang')).toBe(lang);
      const items = doc.querySelectorAll('[data-dataset]');
      expect(items.map((li) => li.getAttribute('data-dataset')).sort()).toEqual(datasets.map((d) => d.id).sort());
      for (const li of items) {
        const ds = model.datasets.get(li.getAttribute('data-dataset')!)!;
        expect(text(li.querySelector('h2')!.text)).toBe(lang === 'es' ? ds.titleEs : ds.title);
        expect(li.querySelector('h2 a')!.getAttribute('href')).toBe(`${prefix}/data/${ds.id}/`);
        expect(li.querySelector(`time[datetime="${ds.checked}"]`)).toBeTruthy();
        expect(text(li.text)).toContain(`${lang === 'es' ? 'Filas' : 'Rows'}: ${ds.rows.length >= 1000 ? '' : ds.rows.length}`);
      }
      expect(doc.querySelector(`a[href="${prefix}/data/revisions.xml"]`)).toBeTruthy();
    });

    for (const ds of datasets) {
      it(`${prefix}/data/${ds.id}/ has the table, downloads, sources, notes and history in its language`, () => {
        const doc = page(dist, `${prefix}/data/${ds.id}/`);
        expect(doc.querySelector('html')!.getAttribute('lang')).toBe(lang);
        expect(text(doc.querySelector('h1')!.text)).toBe(lang === 'es' ? ds.titleEs : ds.title);
        // Every row, once, in the full table (in a <details> when the page also shows the first and last rows).
        expect(doc.querySelectorAll('table#rows tbody tr')).toHaveLength(ds.rows.length);
        if (ds.rows.length > 40) {
          expect(doc.querySelector('details table#rows')).toBeTruthy();
          expect(doc.querySelectorAll('table#rows-ends tbody tr')).toHaveLength(13);
        }
        // Column headings are the labels of this language.
        const heads = doc.querySelectorAll('table#rows thead th').map((th) => text(th.text));
        for (const h of heads) expect(ds.columns.map((c) => (lang === 'es' ? c.labelEs : c.label))).toContain(h);
        // Downloads: the CSV and JSON the site publishes.
        for (const ext of ['csv', 'json']) {
          const a = doc.querySelector(`#downloads ~ ul a[href="/data/${ds.id}.${ext}"]`);
          expect(a, `${ext} link`).toBeTruthy();
          expect(existsSync(join(dist, 'data', `${ds.id}.${ext}`))).toBe(true);
        }
        // Sources: each one the dataset cites, listed and linkable.
        const ids = new Set([...ds.sources, ...ds.rows.map((r) => String(r[ds.columns.find((c) => c.type === 'source')?.name ?? ''] ?? '')).filter(Boolean)]);
        for (const id of ids) expect(doc.querySelector(`li#source-${id}`), id).toBeTruthy();
        // Notes and caveats in the page's language.
        const notes = lang === 'es' ? ds.notesEs : ds.notes;
        if (notes.length) expect(doc.querySelector('h2#notes')).toBeTruthy();
        if (ds.caveats.length) expect(doc.querySelectorAll('h2#caveats + ul > li')).toHaveLength(ds.caveats.length);
        // Columns: name, label, kind, unit for each.
        expect(doc.querySelectorAll('#columns + section tbody tr')).toHaveLength(ds.columns.length);
        // History: the revisions, or the day it was last checked.
        const history = doc.querySelector('[data-revisions]')!;
        expect(Number(history.getAttribute('data-revisions'))).toBe(ds.revisions.length);
        if (ds.revisions.length === 0) expect(text(history.text)).toMatch(lang === 'es' ? /^Sin revisiones desde el / : /^No revisions since /);
        expect(doc.querySelector(`a[href="${prefix}/data/revisions.xml"]`)).toBeTruthy();
        // The JSON download carries the same history.
        expect(JSON.parse(readFileSync(join(dist, 'data', `${ds.id}.json`), 'utf8')).revisions).toEqual(ds.revisions);
        // No script on a data page.
        expect(doc.querySelectorAll('script[src], script[type="module"]')).toHaveLength(0);
      });
    }

    it(`${prefix}/data/revisions.xml is an RSS feed of dataset revisions in the page's language`, () => {
      const xml = readFileSync(join(dist, prefix.slice(1), 'data', 'revisions.xml'), 'utf8');
      expect(xml).toMatch(/^<\?xml[^>]*\?><rss version="2\.0"/);
      expect(xml).toContain(lang === 'es' ? '<title>Causas de fondo: revisiones de los datos</title>' : '<title>Root Causes: dataset revisions</title>');
      expect(xml.match(/<item>/g)?.length ?? 0).toBe(datasets.reduce((n, d) => n + d.revisions.length, 0));
    });
  }

  it('Spanish tables show allowed values in Spanish, or mark them as English', () => {
    for (const ds of datasets) {
      const doc = page(dist, `/es/data/${ds.id}/`);
      const heads = doc.querySelectorAll('table#rows thead th').map((th) => text(th.text));
      ds.columns.forEach((c) => {
        if (!c.values) return;
        const at = heads.indexOf(c.labelEs);
        if (at < 0) return;
        for (const tr of doc.querySelectorAll('table#rows tbody tr')) {
          const cell = tr.childNodes.filter((n) => 'tagName' in n)[at] as ReturnType<typeof doc.querySelector>;
          const value = text(cell!.text);
          if (value === '–') continue;
          const english = c.values.includes(value) && !Object.values(VALUE_WORDS_ES).includes(value);
          if (english) expect(cell!.querySelector('[lang="en"]'), `${ds.id} ${c.name} ${value}`).toBeTruthy();
        }
      });
    }
    expect(text(page(dist, '/es/data/aid-announcements/').querySelector('table#rows')!.text)).toContain('propuesta');
  });

  it('the sitemap pairs each data page with its Spanish twin', () => {
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    for (const path of ['/data/', ...datasets.map((d) => `/data/${d.id}/`)]) {
      const entry = sitemap.split('<url>').find((u) => new RegExp(`<loc>[^<]*${path.replace(/\//g, '\\/')}</loc>`).test(u) && !u.includes(`/es${path}</loc>`));
      expect(entry, path).toBeTruthy();
      expect(entry).toContain(`hreflang="es" href="https://example.org/es${path}"`);
    }
  });

  it('each chart links the page of every dataset it draws, in its language', () => {
    let charts = 0;
    for (const file of htmlFiles(dist)) {
      const path = `/${rel(dist, file)}`.replace(/index\.html$/, '');
      const doc = parse(readFileSync(file, 'utf8'));
      for (const fig of doc.querySelectorAll('figure.ch-frame')) {
        const kind = /^chart-([a-z-]+?)(?:-\d+)?$/.exec(fig.getAttribute('id') ?? '')?.[1];
        const def = CHARTS.find((c) => c.kind === kind);
        expect(def, `${path} ${fig.getAttribute('id')}`).toBeTruthy();
        const links = fig.querySelectorAll('a[data-dataset-page]');
        expect(links.map((a) => a.getAttribute('data-dataset-page')), path).toEqual([...def!.tag.datasets]);
        const es = path.startsWith('/es/');
        for (const a of links) {
          expect(a.getAttribute('href')).toBe(`${es ? '/es' : ''}/data/${a.getAttribute('data-dataset-page')}/`);
          expect(resolvesTo(dist, a.getAttribute('href')!, '/'), a.getAttribute('href')!).toBeTruthy();
        }
        charts++;
      }
    }
    expect(charts).toBeGreaterThan(8);
  });
});
