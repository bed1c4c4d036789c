import { describe, expect, it } from 'vitest';
import { layoutAid, type AidBarRow } from '../../../src/charts/aid/layout.ts';
import { renderAid } from '../../../src/charts/aid/render.ts';
import { aidStructure } from '../../../src/charts/aid/data.ts';
import { aidLegend, aidTables, aidTakeaway } from '../../../src/charts/aid/summary.ts';
import { AID } from './fixtures.ts';

const bars = (g: ReturnType<typeof layoutAid>) => g.rows.filter((r): r is AidBarRow => r.kind === 'bar');
const plain = (s: string) => s.replace(/\s/g, ' ');

describe('aid structure', () => {
  it('groups amounts by status and by when they came relative to the trip', () => {
    const { sections, breakdowns } = aidStructure(AID);
    expect(sections.map((s) => [s.kind, s.rows.map((r) => r.item?.id ?? r.pledge?.date)])).toEqual([
      ['proposal', ['plan']],
      ['before', ['aid-310m']],
      ['trip', ['women', 'target', 'labor']],
      ['after', ['package-2024', 'usaid-2024']],
      ['pledges', ['2021-05-27', '2023-02-06']],
    ]);
    // Parts that add up to their total become a breakdown (largest first); other parts are listed under their total.
    expect(breakdowns.map((b) => b.parent.id)).toEqual(['aid-310m']);
    expect(breakdowns[0]!.rows.map((r) => [r.item!.id, r.depth])).toEqual([
      ['humanitarian', 0],
      ['state', 1],
      ['usaid', 1],
      ['food', 0],
    ]);
    expect(sections[3]!.rows.map((r) => r.depth)).toEqual([0, 1]);
  });
});

describe('aid layout', () => {
  const g = layoutAid(AID, { lang: 'en', idPrefix: 'a' });
  const b = bars(g);

  it('puts the trip first, then each group of amounts in a panel on its own scale', () => {
    const heads = g.rows.filter((r) => r.kind === 'head' && r.cls !== 'aid-subhead').map((r) => (r as { text: string }).text);
    expect(heads.map(plain)).toEqual([
      'Announced on the trip, Jun 6 – 8',
      'Before and after the trip, on a scale of their own',
      'The proposal and company pledges, on a scale of their own',
      'The $310 million of April 26, 2021, item by item, on a scale of its own',
    ]);
    // A rule marks every break of scale.
    expect(g.rows.filter((r) => r.kind === 'head' && r.rule)).toHaveLength(3);
    const pct = (label: RegExp) => b.find((r) => label.test(r.label))!.pct;
    // The trip's amounts on their own scale: the largest fills the row, so $40 million is a readable bar.
    expect(pct(/^target$/)).toBe(100);
    expect(pct(/^women$/)).toBeCloseTo((40 / 250) * 100, 2);
    expect(pct(/^labor$/)).toBeCloseTo((130 / 250) * 100, 2);
    expect(pct(/Humanitarian and food aid/)).toBe(100);
    expect(pct(/Four-year plan/)).toBeCloseTo((4 / 4.2) * 100, 2);
    expect(pct(/^Feb 2023/)).toBe(100);
  });

  it('draws the breakdown on its own scale', () => {
    const lower = b.slice(-4);
    expect(lower.map((r) => r.label)).toEqual(['Humanitarian relief', 'of which: state', 'of which: usaid', 'Food security']);
    expect(lower[0]!.pct).toBe(100);
    expect(lower[3]!.pct).toBeCloseTo((55 / 255) * 100, 2);
  });

  it('shows status by pattern and outline, not only by colour', () => {
    expect(b.map((r) => r.cls)).toEqual([
      'aid-announced',
      'aid-target',
      'aid-announced',
      'aid-announced',
      'aid-announced',
      'aid-announced',
      'aid-proposal',
      'aid-pledge',
      'aid-pledge',
      'aid-announced',
      'aid-announced',
      'aid-announced',
      'aid-announced',
    ]);
    expect(b.filter((r) => r.hatch).map((r) => r.cls)).toEqual(['aid-proposal']);
  });

  it('labels rows with month and value, and the trip section with its dates', () => {
    expect(b[0]!.label).toBe('women');
    expect(b[6]!.label).toBe('Jan 2021 · Four-year plan');
    expect(b[6]!.value).toBe('$4 billion');
    expect(plain((g.rows.find((r) => r.kind === 'head' && r.cls.includes('trip')) as { text: string }).text)).toBe('Announced on the trip, Jun 6 – 8');
    expect(b[7]!.label).toBe('May 2021 · 12 companies and organizations');
    expect(b[8]!.label).toBe('Feb 2023');
  });

  it('steps through every bar with the keyboard', () => {
    expect(g.points).toHaveLength(13);
    expect(g.nav[0]).toMatchObject({ down: 1, up: -1, end: 12 });
    // The tooltip prints the amount as the bar does.
    expect(g.points[3]!.lines).toEqual(['$310 million', 'April 26, 2021', 'Status: announced', 'For: Guatemala']);
    expect(g.points[1]!.announce).toBe('target: $250 million, target');
  });
});

describe('aid edge cases', () => {
  it('handles one item, a zero and a missing amount', () => {
    const one = layoutAid({ items: [AID.items[0]!], pledges: [] }, { lang: 'es', idPrefix: 'a' });
    expect(bars(one)).toHaveLength(1);
    expect(bars(one)[0]!.pct).toBe(100);
    expect(bars(one)[0]!.value).toBe('4 mil millones de dólares');
    const odd = layoutAid({ items: [AID.items[0]!, { ...AID.items[6]!, amount: 0 }, { ...AID.items[7]!, amount: null }], pledges: [] }, { lang: 'en', idPrefix: 'a' });
    expect(bars(odd).map((r) => r.pct)).toEqual([0, 100]);
  });
});

describe('aid markup and words', () => {
  it('renders HTML rows with percentage SVG bars, escaped text and no inline styles', () => {
    const html = renderAid(layoutAid({ ...AID, items: [...AID.items, { id: 'x', date: '2021-06-07', item: 'A <b>bold</b> "claim"', amount: 1, status: 'announced', partOf: '', scope: '' }] }, { lang: 'en', idPrefix: 'a' }), { labelledby: 't', describedby: 'd' });
    expect(html.startsWith('<div class="aid-list" role="img" aria-labelledby="t" aria-describedby="d">')).toBe(true);
    expect(html).toContain('A &lt;b&gt;bold&lt;/b&gt; &quot;claim&quot;');
    expect(html).toContain('<rect x="0" y="1" width="95.2%" height="12" class="aid-proposal" fill="url(#a-proposal)"/>');
    expect(html).toContain('<pattern id="a-proposal"');
    expect(html).not.toMatch(/style=/);
  });
  it('matches the stored snapshot', async () => {
    await expect(renderAid(layoutAid(AID, { lang: 'en', idPrefix: 'a' }))).toMatchFileSnapshot('__snapshots__/aid-en.html');
    await expect(renderAid(layoutAid(AID, { lang: 'es', idPrefix: 'a' }))).toMatchFileSnapshot('__snapshots__/aid-es.html');
  });
  it('builds the takeaway from the data', () => {
    expect(aidTakeaway(AID, 'en')).toBe(
      'The $4 billion four-year plan was a proposal Congress never passed; the U.S. government announced $310 million in April 2021 and 2 separate amounts on the trip, the largest $130 million, while company pledges reached $4.2 billion by February 2023.',
    );
    expect(aidTakeaway({ ...AID, pledges: [] }, 'en')).toBe('');
  });
  it('keys the statuses that appear and tables both datasets', () => {
    expect(aidLegend(AID, 'en').map((l) => /class="([^"]+)"/.exec(l.swatch('k'))?.[1])).toEqual(['aid-hatch-bg', 'aid-announced', 'aid-target', 'aid-pledge']);
    const [items, pledges] = aidTables(AID, 'en');
    expect(items!.rows).toHaveLength(AID.items.length);
    expect(items!.rows[2]).toEqual(['Humanitarian relief', '2021-04-26', 255_000_000, 'announced', 'Humanitarian and food aid', 'Guatemala']);
    expect(pledges!.datasetId).toBe('call-to-action-commitments');
    expect(pledges!.rows).toEqual([
      ['2021-05-27', 750_000_000, 12],
      ['2023-02-06', 4_200_000_000, null],
    ]);
  });
});
