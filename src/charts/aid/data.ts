/** Reads aid-announcements and call-to-action-commitments into the rows the aid chart draws, and groups them. */
import type { Dataset } from '../../lib/content/model.ts';
import { EVENTS } from '../core/events.ts';
import { num, requireColumns, str } from '../core/data.ts';
import { countryName } from '../core/strings.ts';

export interface AidItem {
  id: string;
  /** YYYY-MM-DD */
  date: string;
  item: string;
  amount: number | null;
  status: string;
  partOf: string;
  scope: string;
}

export interface Pledge {
  date: string;
  total: number | null;
  partners: number | null;
}

export interface AidData {
  items: AidItem[];
  pledges: Pledge[];
}

export const AID_DATASET = 'aid-announcements';
export const PLEDGES_DATASET = 'call-to-action-commitments';

/** Item labels come from `item`, or from `item_es` on Spanish pages when the dataset has it. */
export function aidFromDatasets(aid: Dataset, cta: Dataset, lang: 'en' | 'es' = 'en'): AidData {
  const label = (r: Dataset['rows'][number]) => {
    const es = r['item_es'];
    return lang === 'es' && typeof es === 'string' && es ? es : str(r, 'item');
  };
  requireColumns(aid, 'AidChart', ['id', 'date', 'item', 'amount_usd', 'status', 'part_of', 'country_scope']);
  requireColumns(cta, 'AidChart', ['date', 'cumulative_usd', 'partners']);
  return {
    items: aid.rows.map((r) => ({ id: str(r, 'id'), date: str(r, 'date'), item: label(r), amount: num(r, 'amount_usd'), status: str(r, 'status'), partOf: str(r, 'part_of'), scope: str(r, 'country_scope').split(/,\s*/).filter(Boolean).map((c) => countryName(c, lang)).join(', ') })),
    pledges: cta.rows.map((r) => ({ date: str(r, 'date'), total: num(r, 'cumulative_usd'), partners: num(r, 'partners') })).sort((a, b) => a.date.localeCompare(b.date)),
  };
}

export type SectionKind = 'proposal' | 'before' | 'trip' | 'after' | 'pledges';

export interface AidRow {
  /** The item, or null for a company-pledge row. */
  item: AidItem | null;
  pledge: Pledge | null;
  /** 0 for a total, 1 for a part shown under it. */
  depth: number;
}

export interface AidSection {
  kind: SectionKind;
  rows: AidRow[];
}

export interface AidBreakdown {
  parent: AidItem;
  rows: AidRow[];
}

/** Parts that add up to their parent (within 1%) form a breakdown; other parts are listed under it. */
function sumsToParent(parent: AidItem, parts: AidItem[]): boolean {
  if (!parts.length || parent.amount === null || parent.amount <= 0) return false;
  const sum = parts.reduce((a, p) => a + (p.amount ?? 0), 0);
  return Math.abs(sum - parent.amount) <= parent.amount * 0.01;
}

const byDate = (a: AidItem, b: AidItem) => a.date.localeCompare(b.date) || (b.amount ?? 0) - (a.amount ?? 0);

export function aidStructure(data: AidData): { sections: AidSection[]; breakdowns: AidBreakdown[] } {
  const ids = new Set(data.items.map((i) => i.id));
  const partsOf = (id: string) => data.items.filter((i) => i.partOf === id).sort(byDate);
  const top = data.items.filter((i) => !i.partOf || !ids.has(i.partOf)).sort(byDate);
  const breakdowns: AidBreakdown[] = [];
  const rowsFor = (i: AidItem): AidRow[] => {
    const parts = partsOf(i.id);
    if (sumsToParent(i, parts)) {
      const rows: AidRow[] = [];
      for (const p of parts) {
        rows.push({ item: p, pledge: null, depth: 0 });
        const sub = partsOf(p.id);
        for (const q of sub) rows.push({ item: q, pledge: null, depth: 1 });
      }
      breakdowns.push({ parent: i, rows });
      return [{ item: i, pledge: null, depth: 0 }];
    }
    return [{ item: i, pledge: null, depth: 0 }, ...parts.map((p) => ({ item: p, pledge: null, depth: 1 }))];
  };
  const section = (kind: SectionKind, keep: (i: AidItem) => boolean): AidSection => ({ kind, rows: top.filter(keep).flatMap(rowsFor) });
  const notProposal = (i: AidItem) => i.status !== 'proposal';
  const sections: AidSection[] = [
    section('proposal', (i) => i.status === 'proposal'),
    section('before', (i) => notProposal(i) && i.date < EVENTS.tripStart),
    section('trip', (i) => notProposal(i) && i.date >= EVENTS.tripStart && i.date <= EVENTS.tripEnd),
    section('after', (i) => notProposal(i) && i.date > EVENTS.tripEnd),
    { kind: 'pledges', rows: data.pledges.filter((p) => p.total !== null).map((p) => ({ item: null, pledge: p, depth: 0 })) },
  ];
  return { sections: sections.filter((s) => s.rows.length > 0), breakdowns };
}
