import { describe, expect, it } from 'vitest';
import { scaleLinear } from 'd3-scale';
import { AXIS_MIN_WIDTH, axisTicks, layoutAid, type AidAxis, type AidBarRow } from '../../../src/charts/aid/layout.ts';
import { renderAid } from '../../../src/charts/aid/render.ts';
import { AID_DATASET, PLEDGES_DATASET, aidFromDatasets, aidStructure } from '../../../src/charts/aid/data.ts';
import { labels } from '../../../src/charts/aid/strings.ts';
import { getDataset } from '../../../src/lib/data.ts';
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
  /** The rows of each panel: its head, its bars and its axis. */
  const panels = () => {
    const out: { head: string; bars: AidBarRow[]; axis: AidAxis | undefined }[] = [];
    for (const r of g.rows) {
      if (r.kind === 'head' && r.cls !== 'aid-subhead') out.push({ head: plain(r.text), bars: [], axis: undefined });
      else if (r.kind === 'bar') out.at(-1)!.bars.push(r);
      else if (r.kind === 'axis') out.at(-1)!.axis = r;
    }
    return out;
  };

  it('puts the trip first, then before and after, then the proposal with the pledges, a rule at each break of scale', () => {
    expect(panels().map((p) => p.head)).toEqual(['Announced on the trip, Jun 6 – 8', 'Before and after: another scale', 'Proposals and pledges: another scale']);
    expect(g.rows.filter((r) => r.kind === 'head' && r.rule)).toHaveLength(2);
    expect(g.rows[0]).toMatchObject({ kind: 'head', rule: false });
    // The $4 billion proposal never shares a scale with the trip's announcements.
    expect(panels()[0]!.bars.map((r) => r.label)).toEqual(['women', 'target', 'labor']);
    expect(panels()[2]!.bars.map((r) => r.label)).toEqual(['Jan 2021 · Four-year plan', 'May 2021 · 12 partners', 'Feb 2023']);
    expect(g.rows.filter((r) => r.kind === 'head' && r.cls === 'aid-subhead').map((r) => (r as { text: string }).text)).toEqual(['Proposed', 'Company pledges, running total']);
  });

  it('draws each panel from zero on a round scale that shows its largest amount at most of the row', () => {
    for (const p of panels()) {
      const ticks = p.axis!.ticks;
      expect(ticks[0]).toEqual({ pct: 0, label: '$0' });
      expect(ticks.at(-1)!.pct).toBe(100);
      const largest = Math.max(...p.bars.map((r) => r.pct));
      expect(largest).toBeGreaterThanOrEqual(80);
      expect(largest).toBeLessThanOrEqual(100);
    }
    // True to scale within a panel: the trip's $40 million is 40/250 of the $250 million target, and a readable length.
    const [trip, around, big] = panels();
    expect(trip!.axis!.ticks.at(-1)!.label).toBe('$250M');
    expect(trip!.bars[0]!.pct).toBeCloseTo((40 / 250) * 100, 2);
    expect(trip!.bars[2]!.pct).toBeCloseTo((130 / 250) * 100, 2);
    expect(around!.bars.map((r) => r.pct)).toEqual([(310 / 350) * 100, (170 / 350) * 100].map((v) => Math.round(v * 1000) / 1000));
    expect(big!.bars.map((r) => r.pct)).toEqual([80, 15, 84]);
  });

  it('keeps parts of a total off the rows and lists them in the total’s tooltip', () => {
    expect(b).toHaveLength(8);
    expect(b.every((r) => r.depth === 0)).toBe(true);
    const tip = (label: RegExp) => g.points[b.find((r) => label.test(r.label))!.point]!;
    expect(tip(/Relief and food aid/).title).toBe('Humanitarian and food aid');
    expect(tip(/Relief and food aid/).lines).toEqual(['$310 million', 'April 26, 2021', 'Status: announced', 'For: Guatemala', 'Includes Humanitarian relief: $255 million', 'Includes Food security: $55 million']);
    expect(tip(/package-2024/).lines.at(-1)).toBe('Includes usaid-2024: $135 million');
  });

  it('shows status by pattern and outline, not only by colour', () => {
    expect(b.map((r) => r.cls)).toEqual(['aid-announced', 'aid-target', 'aid-announced', 'aid-announced', 'aid-announced', 'aid-proposal', 'aid-pledge', 'aid-pledge']);
    expect(b.filter((r) => r.hatch).map((r) => r.cls)).toEqual(['aid-proposal']);
  });

  it('labels rows with a short name, the month outside the trip panel, and a short amount', () => {
    expect(b[3]!.label).toBe('Apr 2021 · Relief and food aid');
    expect(b[5]!.value).toBe('$4B');
    expect(b[2]!.value).toBe('$130M');
    expect(b[6]!.label).toBe('May 2021 · 12 partners');
    const es = bars(layoutAid(AID, { lang: 'es', idPrefix: 'a' }));
    expect(es[3]!.label).toBe('abr 2021 · Socorro y alimentos');
    expect(es[5]!.value).toBe('US$4\u00a0mil\u00a0M');
  });

  it('steps through every bar with the keyboard; the tooltip and live region give the amount as prose does', () => {
    expect(g.points).toHaveLength(8);
    expect(g.nav[0]).toMatchObject({ down: 1, up: -1, end: 7 });
    expect(g.points[2]!.lines[0]).toBe('$130 million');
    expect(g.points[1]!.announce).toBe('target: $250 million, target');
  });
});

describe('aid axis ticks', () => {
  const ticksFor = (top: number, lang: 'en' | 'es') => axisTicks(scaleLinear().domain([0, top]), top, lang);
  it('runs from zero to the maximum in even steps whose labels clear each other on a 320 px screen', () => {
    for (const lang of ['en', 'es'] as const) {
      for (const top of [20, 250e6, 350e6, 400e6, 5e9, 6e9]) {
        const t = ticksFor(top, lang);
        expect(t[0]).toEqual({ pct: 0, label: lang === 'en' ? '$0' : 'US$0' });
        expect(t.at(-1)!.pct).toBe(100);
        // Even steps.
        const gaps = t.slice(1).map((x, k) => Math.round((x.pct - t[k]!.pct) * 100));
        expect(new Set(gaps).size).toBe(1);
        // Estimated boxes (7.2 px a character, 288 px row), anchored as drawn, never touch.
        const box = (k: number) => {
          const x = (t[k]!.pct / 100) * AXIS_MIN_WIDTH;
          const w = t[k]!.label.length * 7.2;
          return k === 0 ? [x, x + w] : k === t.length - 1 ? [x - w, x] : [x - w / 2, x + w / 2];
        };
        for (let k = 1; k < t.length; k++) expect(box(k)[0]!).toBeGreaterThan(box(k - 1)[1]!);
      }
    }
    // Room to spare: every step shows.
    expect(ticksFor(20, 'en').map((x) => x.label)).toEqual(['$0', '$5', '$10', '$15', '$20']);
    expect(ticksFor(400e6, 'en').map((x) => x.label)).toEqual(['$0', '$100M', '$200M', '$300M', '$400M']);
    // Little room: fewer, still even, steps; none at all: zero and the maximum.
    expect(ticksFor(400e6, 'es').map((x) => x.label.replace(/\u00a0/g, ' '))).toEqual(['US$0', 'US$200 M', 'US$400 M']);
    expect(ticksFor(250e6, 'es').map((x) => x.label.replace(/\u00a0/g, ' '))).toEqual(['US$0', 'US$250 M']);
    expect(ticksFor(0, 'en')).toEqual([{ pct: 0, label: '$0' }]);
  });
});

describe('aid on the published data', () => {
  const data = (lang: 'en' | 'es') => aidFromDatasets(getDataset(AID_DATASET), getDataset(PLEDGES_DATASET), lang);
  it('gives every row a short label in both languages, shorter than the full wording the tooltip keeps', () => {
    for (const lang of ['en', 'es'] as const) {
      const d = data(lang);
      const g = layoutAid(d, { lang, idPrefix: 'a' });
      for (const r of bars(g)) {
        const pt = g.points[r.point]!;
        const item = d.items.find((i) => i.id === pt.key);
        if (!item) continue;
        expect(r.label.length, r.label).toBeLessThanOrEqual(42);
        expect(labels(lang).short[item.id], `${lang} ${item.id}`).toBeTruthy();
        expect(r.label.endsWith(labels(lang).short[item.id]!)).toBe(true);
        expect(labels(lang).short[item.id]!.length).toBeLessThan(item.item.length);
        expect(pt.title).toBe(item.item);
      }
    }
  });
  it('shows every amount that is not part of a total, and nothing twice', () => {
    for (const lang of ['en', 'es'] as const) {
      const d = data(lang);
      const ids = new Set(d.items.map((i) => i.id));
      const expected = d.items.filter((i) => i.amount !== null && !(i.partOf && ids.has(i.partOf))).map((i) => i.id).sort();
      const g = layoutAid(d, { lang, idPrefix: 'a' });
      const keys = g.points.map((p) => p.key);
      expect(keys.filter((k) => !k.startsWith('pledge-')).sort()).toEqual(expected);
      expect(keys.filter((k) => k.startsWith('pledge-'))).toHaveLength(d.pledges.filter((p) => p.total !== null).length);
    }
  });
});

describe('aid edge cases', () => {
  it('handles one item, a zero and a missing amount', () => {
    const one = layoutAid({ items: [AID.items[0]!], pledges: [] }, { lang: 'es', idPrefix: 'a' });
    expect(bars(one)).toHaveLength(1);
    expect(bars(one)[0]!.pct).toBe(100);
    expect(bars(one)[0]!.value).toBe('US$4\u00a0mil\u00a0M');
    expect(one.points[0]!.lines[0]).toBe('4 mil millones de dólares');
    const odd = layoutAid({ items: [AID.items[0]!, { ...AID.items[6]!, amount: 0 }, { ...AID.items[7]!, amount: null }], pledges: [] }, { lang: 'en', idPrefix: 'a' });
    expect(bars(odd).map((r) => r.pct)).toEqual([0, 100]);
    // A panel of zeros still has an axis from zero.
    const zero = layoutAid({ items: [{ ...AID.items[6]!, amount: 0 }], pledges: [] }, { lang: 'en', idPrefix: 'a' });
    expect(zero.rows.find((r) => r.kind === 'axis')).toEqual({ kind: 'axis', ticks: [{ pct: 0, label: '$0' }] });
  });
});

describe('aid markup and words', () => {
  it('renders HTML rows with percentage SVG bars, escaped text and no inline styles', () => {
    const html = renderAid(layoutAid({ ...AID, items: [...AID.items, { id: 'x', date: '2021-06-07', item: 'A <b>bold</b> "claim"', amount: 1, status: 'announced', partOf: '', scope: '' }] }, { lang: 'en', idPrefix: 'a' }), { labelledby: 't', describedby: 'd' });
    expect(html.startsWith('<div class="aid-list" role="img" aria-labelledby="t" aria-describedby="d">')).toBe(true);
    expect(html).toContain('A &lt;b&gt;bold&lt;/b&gt; &quot;claim&quot;');
    expect(html).toContain('<rect x="0" y="0.5" width="80%" height="10" class="aid-proposal" fill="url(#a-proposal)"/>');
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
