import { describe, expect, it } from 'vitest';
import { fiscalFromDataset, fiscalIndex, yearTotal, type FiscalData } from '../../../src/charts/fiscal-years/data.ts';
import { layoutFiscal } from '../../../src/charts/fiscal-years/layout.ts';
import { fiscalTable, fiscalTakeaway, fiscalTitle } from '../../../src/charts/fiscal-years/summary.ts';
import type { Dataset } from '../../../src/lib/content/model.ts';

const months = (fy: number, base: number, step: number) =>
  Array.from({ length: 12 }, (_, i) => {
    const y = i < 3 ? fy - 1 : fy;
    const m = ((i + 9) % 12) + 1;
    return { month: `${y}-${String(m).padStart(2, '0')}`, fiscal_year: fy, encounters: base + i * step, uc_encounters: null };
  });
const ds = { id: 'usbp-sw-encounters-monthly', columns: ['month', 'fiscal_year', 'encounters', 'uc_encounters'].map((name) => ({ name, type: 'text', label: name, required: false })), rows: [...months(2021, 70000, 10000), ...months(2022, 160000, 5000)] } as unknown as Dataset;

describe('fiscal-years chart', () => {
  const data: FiscalData = fiscalFromDataset(ds, [2021, 2022]);

  it('reads October to September for each fiscal year', () => {
    expect(fiscalIndex('2020-10')).toBe(0);
    expect(fiscalIndex('2021-06')).toBe(8);
    expect(fiscalIndex('2021-09')).toBe(11);
    expect(data.years.map((y) => y.months.length)).toEqual([12, 12]);
    expect(data.years[0]!.months[0]!.month).toBe('2020-10');
    expect(yearTotal(data.years[0]!)).toBe(12 * 70000 + 66 * 10000);
  });

  it('lays both years on one month axis from zero, the trip month marked', () => {
    const g = layoutFiscal(data, { width: 640, variant: 'wide', lang: 'en', idPrefix: 't' });
    expect(g.yTicks[0]!.value).toBe(0);
    expect(g.yTicks[0]!.pos).toBe(g.plot.y1);
    expect(g.xTicks[0]!.label).toBe('Oct');
    expect(g.xTicks.at(-1)!.label).toBe('Sep');
    expect(g.trip!.label.text).toBe('Jun 2021: the trip');
    expect(g.points).toHaveLength(24);
    expect(g.points[g.start]!.key).toBe('2021-06');
    expect(g.mustShow).toEqual(expect.arrayContaining(['Fiscal 2021', 'Fiscal 2022', '0']));
  });

  it('states the finding and the totals from the data, in both languages', () => {
    expect(fiscalTitle(data, 'en')).toBe('Encounters were higher in 12 of 12 months of fiscal 2022 than a year earlier');
    expect(fiscalTitle(data, 'es')).toBe('En 12 de los 12 meses del año fiscal 2022 hubo más encuentros que un año antes');
    expect(fiscalTakeaway(data, 'en')).toContain('against 1,500,000 in fiscal 2021');
    const t = fiscalTable(data, 'es');
    expect(t.rows).toHaveLength(12);
    expect(t.columns.map((c) => c.label)).toEqual(['Mes', 'Año fiscal 2021', 'Año fiscal 2022']);
  });
});
