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

  // Blocks: the sections share scale 0; each breakdown has its own.
  const blocks: { head: AidHead; group: number; entries: Entry[] }[] = [
    ...sections.map((sec) => ({
      head: { kind: 'head' as const, text: sectionTitle[sec.kind], cls: sec.kind === 'trip' ? 'aid-head aid-head-trip' : 'aid-head', rule: false },
      group: 0,
      // On-trip items share the dates in their header.
      entries: sec.rows.map((r) => entry(r, sec.kind !== 'trip')).filter((e): e is Entry => e !== null),
    })),
    ...breakdowns.map((b, bi) => ({
      head: { kind: 'head' as const, text: s.aid.breakdown(formatMoney(b.parent.amount ?? 0, lang), formatDate(b.parent.date, lang)), cls: 'aid-head', rule: true },
      group: bi + 1,
      entries: b.rows.map((r) => entry(r, false)).filter((e): e is Entry => e !== null),
    })),
  ].filter((b) => b.entries.length > 0);

  const maxOf = new Map<number, number>();
  for (const b of blocks) for (const e of b.entries) maxOf.set(b.group, Math.max(maxOf.get(b.group) ?? 0, e.amount));

  const rows: AidGeometry['rows'] = [];
  const points: PointInfo[] = [];
  for (const b of blocks) {
    rows.push(b.head);
    const vmax = maxOf.get(b.group) ?? 0;
    for (const e of b.entries) {
      const pct = vmax > 0 && e.amount > 0 ? Math.round((e.amount / vmax) * 100000) / 1000 : 0;
      rows.push({ kind: 'bar', label: e.label, value: e.value, pct, cls: e.cls, hatch: e.hatch, depth: e.row.depth, point: points.length });
      points.push({ key: e.row.item?.id ?? `pledge-${e.row.pledge?.date ?? points.length}`, ...e.info, announce: s.aid.announce(e.label, e.value, e.statusWord) });
    }
  }
  return { kind: 'aid', hatchId: `${o.idPrefix}-proposal`, rows, points, nav: navList(points.length), start: 0 };
}
