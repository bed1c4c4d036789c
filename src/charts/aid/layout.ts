/**
 * Aid chart layout, sized to about one phone screen. Three panels, each on its
 * own dollar scale with zero at the left and an axis under it: the trip's
 * announcements first, then what was announced before and after the trip,
 * then the proposal and the running total of company pledges. Rows carry short
 * labels and short amounts; the full wording, the amount as prose prints it and
 * the parts of a total are in the tooltip and the data table. The status is
 * drawn, not only written: hatched = proposal, solid = announced, dotted
 * outline = target, dashed outline = company pledge.
 *
 * This chart is a list of labelled bars, so it is laid out as HTML rows (the
 * text wraps like text at any width) with each bar an SVG whose length is a
 * percentage of the row: true to scale at every width, with nothing for the
 * island to re-lay out.
 */
import { coreLabels } from '../core/strings.ts';
import { labels as kindLabels } from './strings.ts';
import { EVENTS } from '../core/events.ts';
import { scaleLinear } from 'd3-scale';
import { formatCount, formatDate, formatDayRangeShort, formatMoney, formatMoneyShort, formatMonthShort } from '../../lib/format.ts';
import { navList, type Nav, type PointInfo } from '../core/geometry.ts';
import type { Lang } from '../../lib/i18n.ts';
import { aidStructure, type AidData, type AidRow, type SectionKind } from './data.ts';

export interface AidHead {
  kind: 'head';
  text: string;
  cls: string;
  /** Starts the lower part (drawn with a rule above it). */
  rule: boolean;
}

export interface AidBarRow {
  kind: 'bar';
  label: string;
  value: string;
  /** Bar length in percent of the row (0-100), on the scale of its part. */
  pct: number;
  cls: string;
  hatch: boolean;
  depth: number;
  /** Index into `points`. */
  point: number;
}

/** The scale under a panel: zero, a round step or two, the panel's round maximum. */
export interface AidAxis {
  kind: 'axis';
  ticks: { pct: number; label: string }[];
}

export interface AidGeometry {
  kind: 'aid';
  hatchId: string;
  rows: (AidHead | AidBarRow | AidAxis)[];
  points: PointInfo[];
  nav: Nav[];
  start: number;
}

export interface AidOptions {
  lang: Lang;
  /** Prefix for ids in the markup (the hatch pattern). */
  idPrefix: string;
}

interface Entry {
  row: AidRow;
  amount: number;
  cls: string;
  hatch: boolean;
  label: string;
  /** Short form, on the row. */
  value: string;
  /** As prose prints it, in the tooltip and the live region. */
  full: string;
  info: Omit<PointInfo, 'key' | 'announce'>;
  statusWord: string;
}

/** The narrowest row the axis is drawn in (a 320 px screen), and a generous width per character of a 12 px tick label. */
export const AXIS_MIN_WIDTH = 288;
const TICK_CHAR = 7.2;

/**
 * Ticks for a panel's axis, evenly spaced from zero to the panel's round
 * maximum: the most steps whose labels keep clear of each other on the
 * narrowest row, else zero and the maximum alone. End labels are anchored
 * inside the row, the others centred on their tick.
 */
export function axisTicks(scale: { ticks(count: number): number[] }, top: number, lang: Lang): AidAxis['ticks'] {
  const pctOf = (v: number) => (top > 0 ? Math.round((v / top) * 100000) / 1000 : 0);
  const ticks = (values: number[]) => values.map((v) => ({ pct: pctOf(v), label: formatMoneyShort(v, lang) }));
  if (!(top > 0)) return ticks([0]);
  const span = (t: { pct: number; label: string }, k: number, n: number) => {
    const x = (t.pct / 100) * AXIS_MIN_WIDTH;
    const w = t.label.length * TICK_CHAR;
    return k === 0 ? [x, x + w] : k === n - 1 ? [x - w, x] : [x - w / 2, x + w / 2];
  };
  const fits = (t: AidAxis['ticks']) => t.every((x, k) => k === 0 || span(t[k - 1]!, k - 1, t.length)[1]! + 8 <= span(x, k, t.length)[0]!);
  for (const count of [5, 4, 3, 2]) {
    const values = scale.ticks(count);
    if (values[0] !== 0 || values.at(-1) !== top) continue;
    const t = ticks(values);
    if (fits(t)) return t;
  }
  return ticks([0, top]);
}

export function layoutAid(data: AidData, o: AidOptions): AidGeometry {
  const s = { ...coreLabels(o.lang), aid: kindLabels(o.lang) };
  const lang = o.lang;
  const { sections } = aidStructure(data);
  const sectionTitle: Record<SectionKind, string> = {
    proposal: s.aid.sectionProposal,
    before: s.aid.sectionBefore,
    trip: s.aid.sectionTrip(formatDayRangeShort(EVENTS.tripStart, EVENTS.tripEnd, lang)),
    after: s.aid.sectionAfter,
    pledges: s.aid.sectionPledges,
  };

  const entry = (row: AidRow, withDate: boolean): Entry | null => {
    if (row.pledge) {
      const p = row.pledge;
      if (p.total === null) return null;
      const partners = p.partners === null ? '' : formatCount(p.partners, lang);
      return {
        row,
        amount: p.total,
        cls: 'aid-pledge',
        hatch: false,
        label: s.aid.pledgeLabel(formatMonthShort(p.date, lang), partners),
        value: formatMoneyShort(p.total, lang),
        full: formatMoney(p.total, lang),
        info: { title: s.aid.sectionPledges, lines: [formatMoney(p.total, lang), formatDate(p.date, lang), ...(partners ? [s.aid.tipPartners(partners)] : []), s.aid.tipRunningTotal] },
        statusWord: s.aid.status['pledge'] ?? 'pledge',
      };
    }
    const i = row.item;
    if (!i || i.amount === null) return null;
    const status = s.aid.status[i.status] ?? i.status;
    const name = s.aid.short[i.id] ?? i.item;
    const base = withDate && i.date ? s.aid.rowLabel(formatMonthShort(i.date, lang), name) : name;
    const parts = data.items.filter((p) => p.partOf === i.id && p.amount !== null).map((p) => s.aid.tipPart(p.item, formatMoney(p.amount!, lang)));
    return {
      row,
      amount: i.amount,
      cls: i.status === 'proposal' ? 'aid-proposal' : i.status === 'target' ? 'aid-target' : i.status === 'pledge' ? 'aid-pledge' : 'aid-announced',
      hatch: i.status === 'proposal',
      label: row.depth > 0 ? s.aid.ofWhich(name) : base,
      value: formatMoneyShort(i.amount, lang),
      full: formatMoney(i.amount, lang),
      info: { title: i.item, lines: [formatMoney(i.amount, lang), ...(i.date ? [formatDate(i.date, lang)] : []), s.aid.tipStatus(status), ...(i.scope ? [s.aid.tipScope(i.scope)] : []), ...parts] },
      statusWord: status,
    };
  };

  // Panels, each on its own scale: the trip's announcements first (so they show at a readable length), then what came
  // before and after the trip, then the proposal and the company pledges. A rule marks each break of scale. Parts of a
  // total are not rows of their own: the total's tooltip lists them, and the data table has every one.
  const sectionOf = (kind: SectionKind) => sections.find((x) => x.kind === kind);
  const entries = (kind: SectionKind) => {
    const sec = sectionOf(kind);
    // On-trip items share the dates in their header.
    return sec ? sec.rows.filter((r) => r.depth === 0).map((r) => entry(r, kind !== 'trip')).filter((e): e is Entry => e !== null) : [];
  };
  const head = (text: string, trip: boolean, rule: boolean): AidHead => ({ kind: 'head', text, cls: trip ? 'aid-head aid-head-trip' : 'aid-head', rule });
  const sub = (kind: SectionKind): AidHead => ({ kind: 'head', text: kind === 'pledges' ? s.aid.pledgesShort : sectionTitle[kind], cls: 'aid-subhead', rule: false });
  const blocks: { head: AidHead; entries: Entry[]; subs: { at: number; head: AidHead }[] }[] = [];
  const panel = (title: AidHead, kinds: SectionKind[], subheads: boolean) => {
    const present = kinds.filter((k) => sectionOf(k)?.rows.length);
    const list: Entry[] = [];
    const subs: { at: number; head: AidHead }[] = [];
    for (const k of present) {
      if (subheads && present.length > 1) subs.push({ at: list.length, head: sub(k) });
      list.push(...entries(k));
    }
    if (list.length) blocks.push({ head: title, entries: list, subs });
  };
  panel(head(sectionTitle.trip, true, false), ['trip'], false);
  // Each row here carries its month, so the panel needs no sub-heads.
  panel(head(s.aid.panelAround, false, blocks.length > 0), ['before', 'after'], false);
  panel(head(s.aid.panelBig, false, blocks.length > 0), ['proposal', 'pledges'], true);

  const rows: AidGeometry['rows'] = [];
  const points: PointInfo[] = [];
  for (const b of blocks) {
    rows.push(b.head);
    // Zero to a round maximum; the bars are exact on it and the axis below the panel shows it.
    const x = scaleLinear()
      .domain([0, Math.max(0, ...b.entries.map((e) => e.amount))])
      .nice(5);
    const top = x.domain()[1] ?? 0;
    const pctOf = (v: number) => (top > 0 && v > 0 ? Math.round((v / top) * 100000) / 1000 : 0);
    for (const [k, e] of b.entries.entries()) {
      const sh = b.subs.find((y) => y.at === k);
      if (sh) rows.push(sh.head);
      rows.push({ kind: 'bar', label: e.label, value: e.value, pct: pctOf(e.amount), cls: e.cls, hatch: e.hatch, depth: 0, point: points.length });
      points.push({ key: e.row.item?.id ?? `pledge-${e.row.pledge?.date ?? points.length}`, ...e.info, announce: s.aid.announce(e.label, e.full, e.statusWord) });
    }
    rows.push({ kind: 'axis', ticks: axisTicks(x, top, lang) });
  }
  return { kind: 'aid', hatchId: `${o.idPrefix}-proposal`, rows, points, nav: navList(points.length), start: 0 };
}
