/**
 * The piece on what came next prints yearly sums and changes of the OHSS
 * Border Patrol series as named figures. Figures cannot sum rows, so their
 * values are typed into content/figures/next.yaml; these tests recompute them
 * from the dataset rows so a revised CSV or a mistyped value fails here, and
 * check the comparisons the prose makes ("highest yearly total in the series",
 * "no earlier month had reached").
 */
import { describe, it, expect } from 'vitest';
import { getDataset, findFigure } from '../../src/lib/data.ts';

const ds = getDataset('usbp-sw-encounters-monthly');
const rows = ds.rows as { month: string; fiscal_year: number; encounters: number; uc_encounters: number | null }[];

function fiscalSum(year: number, column: 'encounters' | 'uc_encounters'): number {
  const months = rows.filter((r) => r.fiscal_year === year);
  expect(months).toHaveLength(12);
  return months.reduce((s, r) => s + (r[column] ?? 0), 0);
}

function figure(id: string): number {
  const f = findFigure(id);
  if (!f) throw new Error(`figure ${id} is missing`);
  return f.value;
}

function month(m: string): number {
  const r = rows.find((x) => x.month === m);
  if (!r) throw new Error(`month ${m} is missing`);
  return r.encounters;
}

describe('what-came-next figures agree with the OHSS monthly rows', () => {
  it('fiscal-year totals equal the sums of their twelve months', () => {
    expect(figure('fy2022-usbp-sw-ohss')).toBe(fiscalSum(2022, 'encounters'));
    // The fiscal 2021 figure comes from the workbook's annual sheet; it must agree with the months too.
    expect(figure('fy2021-usbp-sw-ohss')).toBe(fiscalSum(2021, 'encounters'));
    expect(figure('uc-fy2022-ohss-monthly-sum')).toBe(fiscalSum(2022, 'uc_encounters'));
    expect(figure('uc-fy2021-ohss-monthly-sum')).toBe(fiscalSum(2021, 'uc_encounters'));
  });

  it('fiscal 2022 is the highest yearly total in the series', () => {
    const years = [...new Set(rows.map((r) => r.fiscal_year))];
    expect(years.length).toBeGreaterThan(20);
    const fy2022 = fiscalSum(2022, 'encounters');
    for (const y of years.filter((y) => y !== 2022)) expect(fiscalSum(y, 'encounters'), `fiscal ${y}`).toBeLessThan(fy2022);
  });

  it('before 2021, fiscal 2000 was the highest year, and the figure printed for it is its sum', () => {
    const fy2000 = figure('fy2000-usbp-sw-ohss');
    expect(fy2000).toBe(fiscalSum(2000, 'encounters'));
    for (let y = 2001; y <= 2020; y++) expect(fiscalSum(y, 'encounters'), `fiscal ${y}`).toBeLessThan(fy2000);
  });

  it('the printed changes match the rows they compare, at the precision printed', () => {
    const yearly = fiscalSum(2022, 'encounters') / fiscalSum(2021, 'encounters') - 1;
    expect(figure('fy2022-vs-fy2021-usbp-increase')).toBeCloseTo(yearly, 2);
    const june = month('2022-06') / month('2021-06') - 1;
    expect(figure('jun-2022-vs-jun-2021-usbp-increase')).toBeCloseTo(june, 3);
    expect(figure('usbp-sw-jun-2022')).toBe(month('2022-06'));
    expect(figure('usbp-sw-jun-2021')).toBe(month('2021-06'));
  });

  it('May 2022 is the peak of fiscal 2022 and above every earlier month', () => {
    const may = figure('usbp-sw-may-2022');
    expect(may).toBe(month('2022-05'));
    const fy2022 = rows.filter((r) => r.fiscal_year === 2022 && r.month !== '2022-05');
    for (const r of fy2022) expect(r.encounters, r.month).toBeLessThan(may);
    const earlier = rows.filter((r) => r.month < '2022-05');
    expect(earlier.length).toBeGreaterThan(250);
    for (const r of earlier) expect(r.encounters, r.month).toBeLessThan(may);
  });
});
