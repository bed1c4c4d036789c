import { describe, expect, it } from 'vitest';
import { layoutEncounters, tableRows, type EncountersOptions } from '../../../src/charts/encounters/layout.ts';
import { renderEncounters } from '../../../src/charts/encounters/render.ts';
import { encountersNotes, encountersTable, encountersTakeaway } from '../../../src/charts/encounters/summary.ts';
import { encountersFromDataset } from '../../../src/charts/encounters/data.ts';
import { textWidth } from '../../../src/charts/core/text.ts';
import type { Dataset } from '../../../src/lib/content/model.ts';
import { MONTHS } from './fixtures.ts';
import { fontSizes, texts, viewBox } from './helpers.ts';

const wide: EncountersOptions = { width: 640, variant: 'wide', lang: 'en', idPrefix: 't', series: 'all' };
const narrow: EncountersOptions = { width: 288, variant: 'narrow', lang: 'en', idPrefix: 't', series: 'all' };

describe('encounters layout', () => {
  const g = layoutEncounters(MONTHS, wide);

  it('scales y from zero to a nice value above the highest month', () => {
    expect(g.yTicks.map((t) => t.value)).toEqual([0, 50000, 100000, 150000, 200000, 250000]);
    expect(g.yTicks[0]!.pos).toBe(g.plot.y1);
    expect(g.yTicks[5]!.pos).toBe(g.plot.y0);
    expect(g.yTicks[4]!.label).toBe('200K');
  });

  it('puts the first and last month at the ends of the plot, in order', () => {
    expect(g.points).toHaveLength(9);
    expect(g.points[0]!.x).toBe(g.plot.x0);
    expect(g.points[8]!.x).toBe(g.plot.x1);
    const xs = g.points.map((p) => p.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(g.xTicks.map((t) => t.label)).toEqual(['2005', '2010', '2015', '2020']);
  });

  it('draws the trip month level as a reference line at the right height', () => {
    const { y0, y1 } = g.plot;
    expect(g.ref!.y).toBeCloseTo(y1 - (178650 / 250000) * (y1 - y0), 6);
    expect(g.ref!.label.text).toBe('Jun 2021 level: 178,650');
    expect(g.linePath.startsWith('M')).toBe(true);
    expect(g.linePath.split('L')).toHaveLength(9);
  });

  it('labels the highest month before 2021 and the 2021 peak', () => {
    const labels = g.marks.map((m) => m.label?.text).filter(Boolean);
    expect(labels).toEqual(['Mar 2000: 209,310', 'Jul 2021: 200,660']);
    expect(g.marks.at(-1)!.cls).toContain('enc-point-trip');
  });

  it('marks the three 2021 events in date order with labels above the plot', () => {
    const byX = [...g.events].sort((a, b) => a.x0 - b.x0);
    expect(byX.map((e) => e.label.text)).toEqual(['Jan 20: Biden takes office', 'Mar 24: Harris put in charge', expect.stringMatching(/^Jun 6\s–\s8: the trip$/)]);
    expect(byX[2]!.kind).toBe('band');
    for (const e of g.events) expect(e.label.y).toBeLessThan(g.plot.y0);
    // The event farthest from its label takes the top row, so no leader crosses another rule.
    expect(g.events[0]!.kind).toBe('band');
  });

  it('starts keyboard exploration at the trip month and moves a year with Page keys', () => {
    expect(g.points[g.start]!.key).toBe('2021-06');
    expect(g.points[g.start]!.announce).toBe('June 2021: 178,650 encounters');
    expect(g.nav[0]!.pageDown).toBe(8);
    expect(g.points[0]!.lines).toEqual(['209,310 encounters', 'Unaccompanied children: no data']);
  });

  it('keeps the same aspect ratio at any width (no layout shift)', () => {
    const a = layoutEncounters(MONTHS, { ...wide, width: 736 });
    expect(a.height / a.width).toBeCloseTo(400 / 640, 9);
    expect([a.designWidth, a.designHeight]).toEqual([640, 400]);
    const b = layoutEncounters(MONTHS, { ...narrow, width: 343 });
    expect(b.height / b.width).toBeCloseTo(330 / 288, 9);
  });

  it('switches to unaccompanied children and skips months without data', () => {
    const c = layoutEncounters(MONTHS, { ...wide, series: 'children' });
    expect(c.points).toHaveLength(7);
    expect(c.points[0]!.key).toBe('2010-01');
    expect(c.seriesLabel.text).toBe('Unaccompanied children');
    expect(c.yTicks.at(-1)!.value).toBe(20000);
    expect(c.marks.map((m) => m.label?.text).filter(Boolean)).toEqual(['May 2019: 11,480', 'Mar 2021: 18,720']);
  });
});

describe('encounters edge cases', () => {
  it('handles a single month', () => {
    const g = layoutEncounters([{ month: '2021-06', fiscalYear: 2021, all: 178650, children: null }], wide);
    expect(g.points).toHaveLength(1);
    expect(g.points[0]!.x).toBeGreaterThan(g.plot.x0);
    expect(g.points[0]!.x).toBeLessThan(g.plot.x1);
    expect(g.ref).toBeDefined();
  });
  it('handles zeros', () => {
    const g = layoutEncounters(MONTHS.map((m) => ({ ...m, all: 0 })), wide);
    expect(g.yTicks[0]!.value).toBe(0);
    expect(g.points.every((p) => p.y === g.plot.y1)).toBe(true);
  });
  it('breaks the line at a missing month', () => {
    const g = layoutEncounters(MONTHS.map((m, i) => (i === 4 ? { ...m, all: null } : m)), wide);
    expect(g.points).toHaveLength(8);
    expect(g.linePath.match(/M/g)).toHaveLength(2);
  });
  it('keeps every label inside the chart on a phone, in Spanish too', () => {
    for (const lang of ['en', 'es'] as const) {
      const g = layoutEncounters(MONTHS, { ...narrow, lang });
      const labels = [g.seriesLabel, ...g.events.map((e) => e.label), ...g.marks.flatMap((m) => (m.label ? [m.label] : [])), ...(g.ref ? [g.ref.label] : [])];
      for (const l of labels) {
        const w = textWidth(l.text, g.font.label, true);
        const x0 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
        expect(x0, l.text).toBeGreaterThanOrEqual(-0.5);
        expect(x0 + w, l.text).toBeLessThanOrEqual(g.width + 0.5);
      }
    }
  });
});

describe('encounters markup', () => {
  it('renders a labelled, described SVG with hidden axes and text of at least 12 px', () => {
    const svg = renderEncounters(layoutEncounters(MONTHS, narrow), { labelledby: 'c-title', describedby: 'c-desc' });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 288 330" width="288" height="330" class="ch-svg" font-size="13" role="img" aria-labelledby="c-title" aria-describedby="c-desc" data-plot="[\d.]+ [\d.]+">/);
    expect(svg).toContain('<g aria-hidden="true" font-size="12">');
    expect(Math.min(...fontSizes(svg))).toBeGreaterThanOrEqual(12);
    expect(viewBox(svg)).toEqual([288, 330]);
    expect(texts(svg)).toContain('Mar 2000: 209,310');
    expect(svg).not.toMatch(/style=/);
  });
  it('matches the stored snapshots', async () => {
    await expect(renderEncounters(layoutEncounters(MONTHS, wide))).toMatchFileSnapshot('__snapshots__/encounters-wide.svg');
    await expect(renderEncounters(layoutEncounters(MONTHS, { ...narrow, lang: 'es', series: 'children' }))).toMatchFileSnapshot('__snapshots__/encounters-narrow-es-children.svg');
  });
});

describe('encounters words', () => {
  it('builds the takeaway from the data in both languages', () => {
    expect(encountersTakeaway(MONTHS, 'all', 'en')).toBe('In June 2021, the month of the trip, the Border Patrol recorded 178,650 encounters at the southwest border, the most since March 2000.');
    expect(encountersTakeaway(MONTHS, 'all', 'es')).toBe('En junio de 2021, el mes del viaje, la Patrulla Fronteriza registró 178,650 encuentros en la frontera suroeste, la cifra más alta desde marzo de 2000.');
    expect(encountersTakeaway(MONTHS, 'children', 'en')).toBe(
      'Border Patrol encounters with unaccompanied children peaked at 18,720 in March 2021, the most in any month of the series, which begins in January 2010; in June 2021, the month of the trip, there were 15,020.',
    );
  });
  it('notes where the children series starts and that encounters are not people', () => {
    const notes = encountersNotes(MONTHS, 'en');
    expect(notes).toContain('The unaccompanied-children series starts in January 2010.');
    expect(notes.some((n) => n.startsWith('An encounter is an event, not a person'))).toBe(true);
  });
  it('puts the same rows in the table', () => {
    // The months around the trip (fiscal 2020 to 2022); every month is on the dataset's page.
    const t = encountersTable(MONTHS, 'all', 'en');
    expect(t.rows).toEqual(MONTHS.filter((m) => m.month >= '2019-10' && m.month <= '2022-09').map((m) => [m.month, m.all]));
    expect(t.rows[0]).toEqual(['2020-12', 71000]);
    expect(t.more).toBe(`All ${MONTHS.length} months on the dataset’s page`);
    // The line's vertices before the table's first month have no row; then vertex k is row k.
    expect(tableRows(MONTHS, 'all')).toBe('_4,0-4');
    expect(tableRows(MONTHS.filter((m) => m.children !== null), 'children')).toBe('_2,0-4');
    expect(t.columns.map((c) => c.kind)).toEqual(['month', 'count']);
    // The children's table lists only the months that series has.
    const c = encountersTable(MONTHS, 'children', 'en');
    expect(c.rows).toEqual(MONTHS.filter((m) => m.children !== null && m.month >= '2019-10').map((m) => [m.month, m.children]));
    expect(c.columns[1]!.label).toBe('Of which unaccompanied children');
    expect(t.datasetId).toBe('usbp-sw-encounters-monthly');
  });
});

describe('encounters adapter', () => {
  const ds = (columns: string[], rows: Record<string, string | number | null>[]) => ({ id: 'usbp-sw-encounters-monthly', columns: columns.map((name) => ({ name, type: 'text', label: name, required: false })), rows }) as unknown as Dataset;
  it('reads the dataset rows in month order', () => {
    const out = encountersFromDataset(ds(['month', 'fiscal_year', 'encounters', 'uc_encounters'], [{ month: '2021-02', fiscal_year: 2021, encounters: 2, uc_encounters: null }, { month: '2021-01', fiscal_year: 2021, encounters: 1, uc_encounters: 5 }]));
    expect(out).toEqual([
      { month: '2021-01', fiscalYear: 2021, all: 1, children: 5 },
      { month: '2021-02', fiscalYear: 2021, all: 2, children: null },
    ]);
  });
  it('says which column is missing', () => {
    expect(() => encountersFromDataset(ds(['month', 'fiscal_year', 'usbp_encounters', 'uc_encounters'], []))).toThrow(
      'EncountersChart needs the column "encounters" in content/data/usbp-sw-encounters-monthly.csv (and its .yaml), which has: month, fiscal_year, usbp_encounters, uc_encounters.',
    );
  });
});
