import { describe, expect, it } from 'vitest';
import { layoutShelters, tableRows } from '../../../src/charts/shelters/layout.ts';
import { renderShelters } from '../../../src/charts/shelters/render.ts';
import { sheltersTable, sheltersTakeaway } from '../../../src/charts/shelters/summary.ts';
import type { LayoutOptions } from '../../../src/charts/core/geometry.ts';
import { DAYS } from './fixtures.ts';
import { fontSizes, texts } from './helpers.ts';

const wide: LayoutOptions = { width: 640, variant: 'wide', lang: 'en', idPrefix: 't' };
const narrow: LayoutOptions = { width: 288, variant: 'narrow', lang: 'en', idPrefix: 't' };
const plain = (s: string) => s.replace(/\s/g, ' ');

describe('shelters layout', () => {
  const g = layoutShelters(DAYS, wide);

  it('scales y from zero with room above the peak', () => {
    expect(g.yTicks.map((t) => t.value)).toEqual([0, 5000, 10000, 15000, 20000, 25000]);
    expect(g.yTicks.at(-1)!.pos).toBe(g.plot.y0);
  });

  it('places days on a time axis with a tick for each month', () => {
    expect(g.points.map((p) => p.key)).toEqual(DAYS.map((d) => d.date));
    expect(g.points[0]!.x).toBe(g.plot.x0);
    expect(g.points.at(-1)!.x).toBe(g.plot.x1);
    expect(g.xTicks.map((t) => t.label)).toEqual(['Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
    // 15 of the 281 days between the first and last report (Mar 23 to Apr 29 is 37 days).
    const span = g.plot.x1 - g.plot.x0;
    expect(g.points[1]!.x - g.plot.x0).toBeCloseTo((37 / 281) * span, 6);
  });

  it('labels the peak and the level during the trip, and shades the trip days', () => {
    const labels = g.marks.map((m) => m.label?.lines?.join(' ') ?? m.label?.text);
    expect(labels).toEqual(['Peak, Apr 29: 22,557', 'During the trip: 16,037–16,264']);
    const { x0, x1 } = g.trip!;
    const perDay = (g.plot.x1 - g.plot.x0) / 281;
    expect(x1 - x0).toBeCloseTo(3 * perDay, 6);
    expect(plain(g.trip!.label.text)).toBe('The trip, Jun 6 – 8');
  });

  it('starts at the first day of the trip and has tooltips with both numbers', () => {
    expect(g.points[g.start]!.key).toBe('2021-06-06');
    expect(g.points[g.start]!.lines).toEqual(['16,037 children in HHS care', '566 discharged that day']);
    expect(g.points[2]!.lines).toEqual(['19,000 children in HHS care']);
    expect(g.nav[0]!.pageDown).toBe(7);
  });

  it('keeps the label on two lines when a phone has no room for one', () => {
    const n = layoutShelters(DAYS, narrow);
    const during = n.marks.find((m) => m.cls.includes('trip'))!.label!;
    expect(during.lines ?? [during.text]).toContain('16,037–16,264');
    expect(n.height / n.width).toBeCloseTo(300 / 288, 9);
  });
});

describe('shelters edge cases', () => {
  it('handles a single day', () => {
    const g = layoutShelters([{ date: '2021-06-07', inCare: 16264, discharged: 407 }], wide);
    expect(g.points).toHaveLength(1);
    expect(g.points[0]!.x).toBeGreaterThan(g.plot.x0);
  });
  it('handles zeros and missing days', () => {
    const g = layoutShelters(DAYS.map((d, i) => ({ ...d, inCare: i === 2 ? null : 0 })), wide);
    expect(g.points).toHaveLength(7);
    expect(g.points.every((p) => p.y === g.plot.y1)).toBe(true);
    expect(g.linePath.match(/M/g)).toHaveLength(2);
  });
});

describe('shelters markup and words', () => {
  it('renders text of at least 12 px and no inline styles', () => {
    const svg = renderShelters(layoutShelters(DAYS, narrow));
    expect(Math.min(...fontSizes(svg))).toBeGreaterThanOrEqual(12);
    expect(texts(svg)).toContain('Children in HHS care');
    expect(svg).not.toMatch(/style=/);
  });
  it('matches the stored snapshots', async () => {
    await expect(renderShelters(layoutShelters(DAYS, wide))).toMatchFileSnapshot('__snapshots__/shelters-wide.svg');
    await expect(renderShelters(layoutShelters(DAYS, { ...narrow, lang: 'es' }))).toMatchFileSnapshot('__snapshots__/shelters-narrow-es.svg');
  });
  it('builds the takeaway from the data', () => {
    expect(plain(sheltersTakeaway(DAYS, 'en'))).toBe('The number of children in HHS shelters peaked at 22,557 on April 29, 2021; during the trip (June 6 – 8, 2021) it was between 16,037 and 16,264.');
    expect(plain(sheltersTakeaway(DAYS, 'es'))).toBe('El número de menores en albergues del HHS llegó a su máximo, 22,557, el 29 de abril de 2021; durante el viaje (6–8 de junio de 2021) la cifra estuvo entre 16,037 y 16,264.');
    expect(sheltersTakeaway(DAYS.filter((d) => d.date < '2021-06-01'), 'en')).toBe('');
  });
  it('puts the same rows in the table', () => {
    // The stretch the chart points out, from the peak to the last day of the trip; every day is on the dataset's page.
    const t = sheltersTable(DAYS, 'en');
    expect(t.rows).toEqual(DAYS.filter((d) => d.date >= '2021-04-29' && d.date <= '2021-06-08').map((d) => [d.date, d.inCare, d.discharged]));
    expect(t.caption).toBe('Data for the chart: Unaccompanied children in HHS shelters, by day, 2021, from the peak, April 29, 2021, to the end of the trip, June 8, 2021');
    expect(t.more).toBe(`All ${DAYS.length} reported days on the dataset’s page`);
    // The line's vertices before the peak have no table row; from the peak, vertex k is row k.
    expect(tableRows(DAYS)).toBe('_1,0-4');
  });
});
