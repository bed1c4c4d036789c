import { describe, it, expect } from 'vitest';
import { mainChartOf, renderThumb, thumbSpec, pieceThumbnail, THUMB_HEIGHT, THUMB_WIDTH } from '../../src/charts/core/thumbnail.ts';
import { getDataset } from '../../src/lib/data.ts';

const nums = (s: string) => [...s.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));

describe('thumbnails', () => {
  it('take the chart whose tag comes first in the text', () => {
    // A chart kind that draws no thumbnail (the list of children by country) is passed over for the next.
    expect(mainChartOf('Intro.\n\n<OriginChart />\n\n<EncountersChart series="all" />')?.kind).toBe('encounters');
    expect(mainChartOf('Text <VaccineChart /> then <AidChart />')?.kind).toBe('vaccine');
    expect(mainChartOf('A <EncountersChart series="all" /> and <VaccineChart />')?.kind).toBe('encounters');
    expect(mainChartOf('No chart here, only <Num id="x" />.')).toBeUndefined();
    expect(pieceThumbnail('No chart here.', getDataset)).toBeNull();
  });

  it('draw bars in proportion to their values, the largest reaching the top', () => {
    const svg = renderThumb({ type: 'bars', values: [10, 5, 20] });
    const rects = [...svg.matchAll(/<rect ([^>]*)\/>/g)].map((m) => Object.fromEntries([...m[1]!.matchAll(/(\w+)="([^"]+)"/g)].map((a) => [a[1], Number(a[2])])));
    expect(rects).toHaveLength(3);
    const h = rects.map((r) => r.height!);
    expect(h[2]! / h[0]!).toBeCloseTo(2, 1);
    expect(h[0]! / h[1]!).toBeCloseTo(2, 1);
    expect(Math.min(...rects.map((r) => r.y!))).toBeLessThan(THUMB_HEIGHT * 0.1);
    for (const r of rects) expect(r.x! + r.width!).toBeLessThanOrEqual(THUMB_WIDTH + 0.1);
    expect(svg).toMatch(/aria-hidden="true"/);
  });

  it('draw a line across the full width, with a gap where a value is missing', () => {
    const svg = renderThumb({ type: 'lines', series: [[1, 2, null, 4]] });
    const d = svg.match(/<path d="([^"]+)" fill="none"/)![1]!;
    expect(d.match(/M/g)).toHaveLength(2);
    const xs = nums(d).filter((_, i) => i % 2 === 0);
    expect(Math.min(...xs)).toBe(0);
    expect(Math.max(...xs)).toBe(THUMB_WIDTH);
  });

  it('thin a long series to one point per unit of width', () => {
    const long = Array.from({ length: 600 }, (_, i) => i);
    const d = renderThumb({ type: 'lines', series: [long] }).match(/<path d="([^"]+)" fill="none"/)![1]!;
    expect(d.match(/[ML]/g)).toHaveLength(THUMB_WIDTH);
  });

  it('read the real data of each chart that has one', () => {
    for (const body of ['<EncountersChart series="all" />', '<VaccineChart />', '<AidChart />', '<FiscalYearsChart />']) {
      const def = mainChartOf(body)!;
      const spec = thumbSpec(def, def.tag.datasets.map(getDataset));
      expect(spec, body).not.toBeNull();
      const values = spec!.type === 'bars' ? spec!.values : spec!.series.flat().filter((v): v is number => v !== null);
      expect(values.length, body).toBeGreaterThan(1);
      expect(values.every((v) => v >= 0), body).toBe(true);
    }
  });
});
