/**
 * Aid chart layout. Upper part: every proposed, announced or targeted amount
 * and the running total of company pledges as horizontal bars on ONE dollar
 * scale, grouped by when they came relative to the trip. The status is drawn,
 * not only written: hatched = proposal, solid = announced, dotted outline =
 * target, dashed outline = company pledge. Lower part: any amount whose parts
 * add up to it (the $310 million) item by item, on its own larger scale.
 *
 * This chart is a list of labelled bars, so it is laid out as HTML rows (the
 * text wraps like text at any width) with each bar an SVG whose length is a
 * percentage of the row: true to scale at every width, with nothing for the
 * island to re-lay out. The layout gives each row its share of the scale.
 */
import { coreLabels } from '../core/strings.ts';
import { labels as kindLabels } from './strings.ts';
import { EVENTS } from '../core/events.ts';
import { formatCount, formatDate, formatDayRangeShort, formatMoney, formatMonthShort } from '../../lib/format.ts';
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

export interface AidGeometry {
  kind: 'aid';
  hatchId: string;
  rows: (AidHead | AidBarRow)[];
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
  value: string;
  info: Omit<PointInfo, 'key' | 'announce'>;
  statusWord: string;
}

export function layoutAid(data: AidData, o: AidOptions): AidGeometry {
  const s = { ...coreLabels(o.lang), aid: kindLabels(o.lang) };
  const lang = o.lang;
  const { sections, breakdowns } = aidStructure(data);
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
        value: formatMoney(p.total, lang),
        info: { title: s.aid.sectionPledges, lines: [formatMoney(p.total, lang), formatDate(p.date, lang), ...(partners ? [s.aid.tipPartners(partners)] : []), s.aid.tipRunningTotal] },
        statusWord: s.aid.status['pledge'] ?? 'pledge',
      };
    }
    const i = row.item;
    if (!i || i.amount === null) return null;
    const status = s.aid.status[i.status] ?? i.status;
    const base = withDate && i.date ? s.aid.rowLabel(formatMonthShort(i.date, lang), i.item) : i.item;
    return {
      row,
      amount: i.amount,
      cls: i.status === 'proposal' ? 'aid-proposal' : i.status === 'target' ? 'aid-target' : i.status === 'pledge' ? 'aid-pledge' : 'aid-announced',
      hatch: i.status === 'proposal',
      label: row.depth > 0 ? s.aid.ofWhich(i.item) : base,
      value: formatMoney(i.amount, lang),
      info: { title: i.item, lines: [formatMoney(i.amount, lang), ...(i.date ? [formatDate(i.date, lang)] : []), s.aid.tipStatus(status), ...(i.scope ? [s.aid.tipScope(i.scope)] : [])] },
      statusWord: status,
    };
  };

  // Panels, each on its own scale: the trip's announcements first (so they show at a readable length), then what came
  // before and after the trip, then the proposal and the company pledges, then any breakdown. A rule marks each break.
  const sectionOf = (kind: SectionKind) => sections.find((x) => x.kind === kind);
  const entries = (kinds: SectionKind[]) =>
    kinds.flatMap((kind) => {
      const sec = sectionOf(kind);
      // On-trip items share the dates in their header.
      return sec ? sec.rows.map((r) => entry(r, kind !== 'trip')).filter((e): e is Entry => e !== null) : [];
    });
  const head = (text: string, trip: boolean, rule: boolean): AidHead => ({ kind: 'head', text, cls: trip ? 'aid-head aid-head-trip' : 'aid-head', rule });
  const sub = (kind: SectionKind): AidHead => ({ kind: 'head', text: sectionTitle[kind], cls: 'aid-subhead', rule: false });
  const blocks: { head: AidHead; group: number; entries: Entry[]; subs?: { at: number; head: AidHead }[] }[] = [];
  const panel = (title: AidHead, group: number, kinds: SectionKind[]) => {
    const present = kinds.filter((k) => sectionOf(k)?.rows.length);
    const list: Entry[] = [];
    const subs: { at: number; head: AidHead }[] = [];
    for (const k of present) {
      if (present.length > 1) subs.push({ at: list.length, head: sub(k) });
      list.push(...entries([k]));
    }
    if (list.length) blocks.push({ head: title, group, entries: list, subs });
  };
  panel(head(sectionTitle.trip, true, false), 0, ['trip']);
  panel(head(s.aid.panelAround, false, blocks.length > 0), 1, ['before', 'after']);
  panel(head(s.aid.panelBig, false, blocks.length > 0), 2, ['proposal', 'pledges']);
  breakdowns.forEach((b, bi) => {
    const list = b.rows.map((r) => entry(r, false)).filter((e): e is Entry => e !== null);
    if (list.length) blocks.push({ head: head(s.aid.breakdown(formatMoney(b.parent.amount ?? 0, lang), formatDate(b.parent.date, lang)), false, true), group: 3 + bi, entries: list });
  });

  const maxOf = new Map<number, number>();
  for (const b of blocks) for (const e of b.entries) maxOf.set(b.group, Math.max(maxOf.get(b.group) ?? 0, e.amount));

  const rows: AidGeometry['rows'] = [];
  const points: PointInfo[] = [];
  for (const b of blocks) {
    rows.push(b.head);
    const vmax = maxOf.get(b.group) ?? 0;
    for (const [k, e] of b.entries.entries()) {
      const sh = b.subs?.find((x) => x.at === k);
      if (sh) rows.push(sh.head);
      const pct = vmax > 0 && e.amount > 0 ? Math.round((e.amount / vmax) * 100000) / 1000 : 0;
      rows.push({ kind: 'bar', label: e.label, value: e.value, pct, cls: e.cls, hatch: e.hatch, depth: e.row.depth, point: points.length });
      points.push({ key: e.row.item?.id ?? `pledge-${e.row.pledge?.date ?? points.length}`, ...e.info, announce: s.aid.announce(e.label, e.value, e.statusWord) });
    }
  }
  return { kind: 'aid', hatchId: `${o.idPrefix}-proposal`, rows, points, nav: navList(points.length), start: 0 };
}
