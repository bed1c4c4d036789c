import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, page } from './dist.ts';
import '../../src/charts/registry.ts';
import { checkContent } from '../../src/lib/content/load.ts';
import { parseCsv } from '../../src/lib/content/csv.ts';
import { formatFigure } from '../../src/lib/format.ts';
import { findTags } from '../../src/lib/mdx-registry.ts';
import { splitFrontmatter } from '../../src/lib/content/articles.ts';

const dist = distDir();
const { model } = checkContent(process.cwd());

describe('figures in the built articles', () => {
  const articles = readdirSync('content/articles/en').filter((f) => f.endsWith('.mdx'));
  for (const file of articles) {
    const text = readFileSync(join('content/articles/en', file), 'utf8');
    if (/^draft: true$/m.test(text)) continue;
    const slug = file.replace(/\.mdx$/, '');
    it(`/${slug}/ prints each <Num> from the data, formatted, and links it to a listed source`, () => {
      const uses = findTags(splitFrontmatter(text).body).filter((t) => t.name === 'Num');
      const doc = page(dist, `/${slug}/`);
      const printed = doc.querySelectorAll('a.figure-ref');
      expect(printed.length).toBe(uses.length);
      uses.forEach((use, i) => {
        const f = model.figures.get(use.attrs.id!)!;
        const a = printed[i]!;
        expect(a.getAttribute('data-figure')).toBe(f.id);
        expect(a.text).toBe(formatFigure(f.value, f.kind, 'en', f.style));
        expect(a.getAttribute('href')).toBe(`#source-${f.source}`);
        const entry = doc.querySelector(`#source-${f.source}`);
        expect(entry, `source ${f.source} listed on the page`).toBeTruthy();
        // The original when its address is known, else the copy read.
        const s = model.sources.get(f.source)!;
        expect(entry!.querySelectorAll('a').some((l) => l.getAttribute('href') === (s.url ?? s.via!.url))).toBe(true);
      });
    });
  }
});

describe('downloads', () => {
  for (const ds of model.datasets.values()) {
    it(`/data/${ds.id}.csv parses and equals the dataset`, () => {
      const csv = parseCsv(readFileSync(join(dist, 'data', `${ds.id}.csv`), 'utf8'));
      expect(csv.errors).toEqual([]);
      const [header, ...rows] = csv.rows;
      expect(header!.cells).toEqual(ds.columns.map((c) => c.name));
      expect(rows.length).toBe(ds.rows.length);
      rows.forEach((r, i) => {
        const expected = ds.columns.map((c) => {
          const v = ds.rows[i]![c.name];
          return v === null || v === undefined ? '' : String(v);
        });
        expect(r.cells).toEqual(expected);
      });
      const meta = JSON.parse(readFileSync(join(dist, 'data', `${ds.id}.json`), 'utf8'));
      expect(meta.title).toBe(ds.title);
      expect(meta.rows).toBe(ds.rows.length);
      expect(meta.sources.length).toBeGreaterThan(0);
    });
  }
});

describe('the sources page', () => {
  it('lists every source with a link to it', () => {
    const doc = page(dist, '/sources/');
    for (const s of model.sources.values()) {
      const li = doc.querySelector(`#source-${s.id}`);
      expect(li, s.id).toBeTruthy();
      expect(li!.querySelectorAll('a').some((l) => l.getAttribute('href') === (s.url ?? s.via!.url)), s.id).toBe(true);
      expect(li!.text).toContain(s.publisher);
    }
    expect(doc.querySelectorAll('li[id^="source-"]').length).toBe(model.sources.size);
  });
});
