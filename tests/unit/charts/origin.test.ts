import { describe, expect, it } from 'vitest';
import { layoutOrigin } from '../../../src/charts/origin/layout.ts';
import { renderOrigin } from '../../../src/charts/origin/render.ts';
import { originPanels } from '../../../src/charts/origin/data.ts';
import { originTable, originTakeaway } from '../../../src/charts/origin/summary.ts';
import { textWidth } from '../../../src/charts/core/text.ts';
import type { LayoutOptions } from '../../../src/charts/core/geometry.ts';
import { ORIGIN } from './fixtures.ts';
import { fontSizes, texts } from './helpers.ts';

const wide: LayoutOptions = { width: 640, variant: 'wide', lang: 'en', idPrefix: 't' };
const narrow: LayoutOptions = { width: 288, variant: 'narrow', lang: 'en', idPrefix: 't' };
const plain = (s: string) => s.replace(/\s/g, ' ');

describe('origin panels', () => {
  it('orders periods in time and groups by the first period, Other last', () => {
    const panels = originPanels(ORIGIN);
    // The months between the two periods have no breakdown: a panel says so, nothing is filled in.
    expect(panels.map((p) => p.period)).toEqual(['2020-10/2021-05', '2021-06/2021-09', '2021-10']);
    expect(panels.map((p) => [p.months, p.missing ?? false])).toEqual([[8, false], [4, true], [1, false]]);
    expect(panels[1]!.rows).toEqual([]);
    expect(panels[0]!.rows.map((r) => r.citizenship)).toEqual(['Guatemala', 'Honduras', 'Mexico', 'Other']);
    expect(panels[0]!.total).toBe(72400);
    expect(panels[2]!.rows[0]!.share).toBeCloseTo(5076 / 11111, 12);
    for (const p of panels.filter((x) => !x.missing)) expect(p.rows.reduce((a, r) => a + (r.share ?? 0), 0)).toBeCloseTo(1, 12);
  });
});

describe('origin layout', () => {
  const g = layoutOrigin(ORIGIN, wide);

  it('draws bar lengths proportional to shares on one scale for every panel', () => {
    const gtFirst = g.bars[0]!;
    const gtSecond = g.bars[4]!;
    expect(gtFirst.w / gtSecond.w).toBeCloseTo(30371 / 72400 / (5076 / 11111), 9);
    expect(g.bars[1]!.w / gtFirst.w).toBeCloseTo(21074 / 30371, 9);
    expect(gtSecond.x).toBeLessThan(g.width / 2);
    expect(g.gaps).toHaveLength(1);
    expect(g.gaps[0]!.x).toBeGreaterThan(g.width / 2);
    expect(g.gaps[0]!.lines.join(' ')).toBe('No breakdown by citizenship found, the trip’s month included');
    expect(g.bars[3]!.cls).toContain('org-bar-other');
  });

  it('labels each bar with its share (like with like), and each panel with its period', () => {
    expect(g.bars[0]!.value.text).toBe('41.9%');
    expect(g.subs.map((h) => h.text)).toEqual(['8 months added together']);
    expect(g.bars[0]!.value.x).toBeCloseTo(g.bars[0]!.x + g.bars[0]!.w + 6, 9);
    expect(g.headers.map((h) => plain(h.text))).toEqual(['Oct 2020 – May 2021', 'Jun – Sep 2021', 'Oct 2021']);
  });

  it('moves Up/Down through bars and Left/Right to the same group in the next period', () => {
    expect(g.nav[0]).toMatchObject({ down: 1, right: 4, left: -1, end: 3 });
    expect(g.nav[5]).toMatchObject({ up: 4, left: 1, home: 4 });
    expect(plain(g.points[0]!.announce)).toBe('Guatemala, October 2020 – May 2021: 30,371 unaccompanied children, 41.9%');
  });

  it('stacks the panels in one column on a phone', () => {
    const n = layoutOrigin(ORIGIN, narrow);
    expect(n.bars[4]!.x).toBe(n.bars[0]!.x);
    expect(n.bars[4]!.y).toBeGreaterThan(n.bars[3]!.y);
    expect(n.height / n.width).toBeCloseTo(n.designHeight / 288, 9);
  });
});

describe('origin edge cases', () => {
  it('handles one row, zeros and missing counts', () => {
    const one = layoutOrigin([{ period: '2021-10', citizenship: 'Guatemala', count: 5 }], narrow);
    expect(one.bars).toHaveLength(1);
    const zero = layoutOrigin([...ORIGIN.slice(0, 3), { period: '2020-10/2021-05', citizenship: 'Mexico', count: 0 }], narrow);
    expect(zero.bars.find((b) => b.label.text === 'Mexico')!.w).toBe(0);
    const missing = layoutOrigin([...ORIGIN, { period: '2021-11', citizenship: 'Guatemala', count: null }], narrow);
    expect(missing.bars.at(-4)!.value.text).toBe('no data');
  });
  it('shortens a very long group name to its column', () => {
    const long = 'Democratic Republic of the Congo and neighbouring countries';
    const g = layoutOrigin([{ period: '2021-10', citizenship: long, count: 5 }, { period: '2021-10', citizenship: 'Mexico', count: 3 }], narrow);
    const label = g.bars.find((b) => b.label.text.startsWith('Democratic'))!.label;
    expect(label.text.endsWith('…')).toBe(true);
    expect(textWidth(label.text, 13)).toBeLessThan(g.bars[0]!.x);
  });
});

describe('origin markup and words', () => {
  it('renders text of at least 12 px', () => {
    const svg = renderOrigin(layoutOrigin(ORIGIN, narrow), { labelledby: 'a', describedby: 'b' });
    expect(Math.min(...fontSizes(svg))).toBeGreaterThanOrEqual(12);
    expect(texts(svg)).toContain('Guatemala');
    expect(svg).toContain('role="img" aria-labelledby="a" aria-describedby="b"');
  });
  it('matches the stored snapshots', async () => {
    await expect(renderOrigin(layoutOrigin(ORIGIN, wide))).toMatchFileSnapshot('__snapshots__/origin-wide.svg');
    await expect(renderOrigin(layoutOrigin(ORIGIN, { ...narrow, lang: 'es' }))).toMatchFileSnapshot('__snapshots__/origin-narrow-es.svg');
  });
  it('builds the takeaway from the data', () => {
    expect(plain(originTakeaway(ORIGIN, 'en'))).toBe('Guatemala accounted for the largest group of unaccompanied children, 41.9% in October 2020 – May 2021, and led in every period shown, ahead of Honduras and Mexico.');
    const flipped = ORIGIN.map((r) => (r.period === '2021-10' && r.citizenship === 'Honduras' ? { ...r, count: 9999 } : r));
    expect(plain(originTakeaway(flipped, 'es'))).toBe('Guatemala aportó el grupo más grande de menores no acompañados, 41.9% en octubre de 2020–mayo de 2021.');
  });
  it('lists every group of every period in the table', () => {
    const t = originTable(ORIGIN, 'es');
    expect(t.rows).toHaveLength(8);
    expect(t.rows[2]).toEqual(['2020-10/2021-05', 'México', 17552, 17552 / 72400]);
  });
});
