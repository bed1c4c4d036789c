import { describe, it, expect } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, page } from './dist.ts';
import '../../src/charts/registry.ts';
import { checkContent } from '../../src/lib/content/load.ts';

const dist = distDir();
const { model } = checkContent(process.cwd());
const PAGES: Record<string, string[]> = {
  '/what-the-us-offered/': ['chart-aid'],
  '/vaccine-diplomacy/': ['chart-vaccine'],
  '/border-numbers/': ['chart-encounters', 'chart-shelters', 'chart-origin'],
  '/es/border-numbers/': ['chart-encounters', 'chart-shelters', 'chart-origin'],
  '/es/what-the-us-offered/': ['chart-aid'],
  '/es/vaccine-diplomacy/': ['chart-vaccine'],
};

/** Whole numbers in a row's numeric cells ("$4,000,000,000" -> 4000000000); shares and blanks are skipped. */
function numbersOfTableRow(cells: string[]): number[] {
  return cells
    .map((c) => c.trim())
    .map((c) => c.replace(/\s*(dólares|US\$)$/, ''))
    .filter((c) => /^\$?-?[\d,.]+$/.test(c) && !c.endsWith('%'))
    .map((c) => Number(c.replace(/[$,]/g, '').replace(/\.(?=\d{3})/g, '')))
    .sort((a, b) => a - b);
}

describe('charts in the built pages', () => {
  for (const [path, ids] of Object.entries(PAGES)) {
    for (const id of ids) {
      it(`${path}#${id}: SVG, title, takeaway, data table and CSV link are in the HTML`, () => {
        const fig = page(dist, path).querySelector(`figure#${id}`);
        expect(fig, `${id} on ${path}`).toBeTruthy();
        expect(fig!.querySelector('.ch-title')!.text.trim().length).toBeGreaterThan(10);
        expect(fig!.querySelector('.ch-takeaway')!.text.trim().length).toBeGreaterThan(20);
        const graphic = fig!.querySelector('[role="img"]');
        expect(graphic).toBeTruthy();
        expect(graphic!.getAttribute('aria-labelledby')).toContain(`${id}-title`);
        expect(fig!.querySelectorAll('svg').length).toBeGreaterThan(0);
        for (const g of fig!.querySelectorAll('svg g.ch-axis, svg g[class*="grid"]')) expect(g.getAttribute('aria-hidden')).toBe('true');
        const tables = fig!.querySelectorAll('details table');
        expect(tables.length).toBeGreaterThan(0);
        for (const t of tables) {
          expect(t.querySelector('caption')!.text.trim().length).toBeGreaterThan(5);
          expect(t.querySelectorAll('thead th[scope="col"]').length).toBeGreaterThan(1);
          expect(t.querySelectorAll('tbody th[scope="row"]').length).toBe(t.querySelectorAll('tbody tr').length);
        }
        const links = fig!.querySelectorAll('a.ch-download');
        expect(links.length).toBe(tables.length);
        for (const a of links) {
          const m = /\/data\/([a-z0-9-]+)\.csv$/.exec(a.getAttribute('href') ?? '');
          expect(m, a.getAttribute('href') ?? '').toBeTruthy();
          expect(existsSync(join(dist, 'data', `${m![1]}.csv`))).toBe(true);
        }
      });

      it(`${path}#${id}: every table row equals a dataset row`, () => {
        const fig = page(dist, path).querySelector(`figure#${id}`)!;
        const tables = fig.querySelectorAll('details table');
        const links = fig.querySelectorAll('a.ch-download');
        tables.forEach((t, i) => {
          const dsId = /\/data\/([a-z0-9-]+)\.csv$/.exec(links[i]!.getAttribute('href')!)![1]!;
          const ds = model.datasets.get(dsId)!;
          const numeric = ds.columns.filter((c) => c.type === 'integer' || c.type === 'number').map((c) => c.name);
          const fromTable = t.querySelectorAll('tbody tr').map((tr) => numbersOfTableRow(tr.querySelectorAll('td.ch-num').map((td) => td.text.replace(/no data|sin datos|–/g, ''))));
          const fromData = ds.rows.map((r) => numeric.map((c) => r[c]).filter((v): v is number => typeof v === 'number'));
          // A table that lists part of the dataset (the stretch the chart points out) links the dataset page, which has every row.
          const partial = fig.querySelector(`.ch-table-more a[href$="/data/${dsId}/#table"]`);
          if (partial) {
            expect(fromTable.length, dsId).toBeGreaterThan(0);
            expect(fromTable.length, dsId).toBeLessThan(fromData.length);
          } else expect(fromTable.length, dsId).toBe(fromData.length);
          // Each table row's numbers are the numbers of one dataset row (a table may leave out a column the chart does not draw, such as the fiscal year).
          const unused = [...fromData];
          for (const row of fromTable) {
            const at = unused.findIndex((d) => (row.length === 0 ? d.length === 0 : row.every((v) => d.includes(v)) && d.filter((v) => !row.includes(v)).length === d.length - row.length));
            expect(at, `${dsId}: table row ${JSON.stringify(row)}`).toBeGreaterThanOrEqual(0);
            unused.splice(at, 1);
          }
        });
      });
    }
  }
});
