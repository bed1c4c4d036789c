import { describe, expect, it } from 'vitest';
import { layoutVaccine } from '../../../src/charts/vaccine/layout.ts';
import { renderVaccine } from '../../../src/charts/vaccine/render.ts';
import { vaccineLegend, vaccineTable, vaccineTakeaway } from '../../../src/charts/vaccine/summary.ts';
import { textWidth } from '../../../src/charts/core/text.ts';
import { overlaps, type LayoutOptions } from '../../../src/charts/core/geometry.ts';
import { VAX } from './fixtures.ts';
import { fontSizes } from './helpers.ts';

const wide: LayoutOptions = { width: 640, variant: 'wide', lang: 'en', idPrefix: 't' };
const narrow: LayoutOptions = { width: 288, variant: 'narrow', lang: 'en', idPrefix: 't' };

describe('vaccine layout', () => {
  const g = layoutVaccine(VAX, wide);
  const mx = g.panels[1]!;
  const gt = g.panels[0]!;

  it('gives each country a row on one dose scale', () => {
    expect(g.panels.map((p) => p.header.text)).toEqual(['Guatemala', 'Mexico']);
    expect(gt.grid.map((t) => t.value)).toEqual([0, 1000000, 2000000, 3000000]);
    expect(gt.grid.at(-1)!.label).toBe('3M');
    // Column heights are proportional to doses, in both rows.
    const h = (p: typeof gt, i: number) => p.columns[i]!.h;
    expect(h(mx, 0) / h(mx, 1)).toBeCloseTo(2.7 / 1.5, 9);
    expect(h(gt, 2) / h(gt, 1)).toBeCloseTo(3 / 1.5, 9);
    expect(h(gt, 2)).toBeCloseTo(h(mx, 0) * (3 / 2.7), 9);
  });

  it('places columns at their dates on a 2021 axis and nudges touching ones apart', () => {
    const span = g.plot.x1 - g.plot.x0;
    const center = (p: typeof gt, i: number) => p.columns[i]!.x + p.columns[i]!.w / 2;
    expect(center(gt, 0)).toBeCloseTo(g.plot.x0 + (153 / 365) * span, 6);
    expect(mx.columns[1]!.x).toBeCloseTo(mx.columns[0]!.x + mx.columns[0]!.w + 1, 9);
    expect(g.xTicks).toHaveLength(12);
    expect(g.xTicks[0]!.label).toBe('Jan');
  });

  it('draws announced, delivered and loaned doses differently', () => {
    expect(mx.columns.map((c) => [c.cls, c.loan])).toEqual([
      ['vax-announced-loan', true],
      ['vax-loan', true],
      ['vax-announced', false],
      ['vax-delivered', false],
    ]);
    expect(gt.columns[0]!.cls).toBe('vax-announced');
  });

  it('labels columns without overlapping labels', () => {
    for (const p of [...g.panels, ...layoutVaccine(VAX, narrow).panels]) {
      const boxes = p.labels.map((l) => ({ x: l.x - textWidth(l.text, 12) / 2, y: l.y - 12, w: textWidth(l.text, 12), h: 14 }));
      for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!, 0)).toBe(false);
    }
    expect(gt.labels.map((l) => l.text)).toContain('500K');
  });

  it('shades the trip across all rows and starts the keyboard at the trip', () => {
    // One band per country, each clear of the country's name.
    expect(g.trip!.bands.map((b) => b.y1)).toEqual(g.panels.map((p) => p.bottom));
    expect(g.trip!.bands.at(-1)!.y1).toBe(mx.bottom);
    expect(g.points[g.start]!.key).toBe('Guatemala|2021-07-08|delivered');
    expect(g.nav[0]!.down).toBe(5);
    expect(g.points[2]!.announce).toBe('Guatemala, July 20, 2021: 3 million doses delivered (donation)');
  });

  it('keeps the aspect ratio at any width', () => {
    const a = layoutVaccine(VAX, { ...narrow, width: 390 });
    expect(a.height / a.width).toBeCloseTo(a.designHeight / 288, 9);
  });
});

describe('vaccine edge cases', () => {
  it('handles one event, zero doses and missing doses', () => {
    const one = layoutVaccine({ countries: ['Honduras'], events: [{ country: 'Honduras', date: '2021-06-27', event: 'delivered', doses: 0, vaccine: 'Moderna', channel: 'covax' }] }, narrow);
    expect(one.panels[0]!.columns[0]!.h).toBe(1);
    expect(one.panels[0]!.header.text).toBe('Honduras · via COVAX');
    const missing = layoutVaccine({ ...VAX, events: VAX.events.map((e, i) => (i === 0 ? { ...e, doses: null } : e)) }, narrow);
    expect(missing.points).toHaveLength(6);
  });
});

describe('vaccine markup and words', () => {
  it('uses a hatch pattern for the loan and text of at least 12 px', () => {
    const svg = renderVaccine(layoutVaccine(VAX, narrow));
    expect(svg).toContain('<pattern id="t-loan"');
    expect(svg).toContain('fill="url(#t-loan)"');
    expect(Math.min(...fontSizes(svg))).toBeGreaterThanOrEqual(12);
  });
  it('matches the stored snapshots', async () => {
    await expect(renderVaccine(layoutVaccine(VAX, wide))).toMatchFileSnapshot('__snapshots__/vaccine-wide.svg');
    await expect(renderVaccine(layoutVaccine(VAX, { ...narrow, lang: 'es' }))).toMatchFileSnapshot('__snapshots__/vaccine-narrow-es.svg');
  });
  it('builds the takeaway from the data', () => {
    expect(vaccineTakeaway(VAX, 'en')).toBe(
      "Around the trip the U.S. announced 500,000 doses for Guatemala and 1 million more doses for Mexico; the first deliveries that followed were 1.5 million for Guatemala (July 8) and 1.35 million for Mexico (June 15), and Mexico's first 2.7 million doses, in March 2021, were a loan.",
    );
    expect(vaccineTakeaway({ ...VAX, events: VAX.events.filter((e) => e.event === 'delivered') }, 'en')).toBe('');
  });
  it('lists the loan in the legend only when there is one, and every event in the table', () => {
    expect(vaccineLegend(VAX, 'en').map((l) => /class="([^"]+)"/.exec(l.swatch('k'))?.[1])).toEqual(['vax-announced', 'vax-delivered', 'vax-hatch-bg', 'ch-trip-band']);
    expect(vaccineLegend({ ...VAX, events: VAX.events.filter((e) => e.channel !== 'loan') }, 'en').map((l) => /class="([^"]+)"/.exec(l.swatch('k'))?.[1])).toEqual(['vax-announced', 'vax-delivered', 'ch-trip-band']);
    const t = vaccineTable(VAX, 'es');
    expect(t.rows).toHaveLength(7);
    expect(t.rows[4]).toEqual(['México', '2021-03-20', 'entregadas', 1500000, 'AstraZeneca', 'préstamo']);
  });
});
