/** Reads uc-by-citizenship into the rows the origin chart draws. */
import type { Dataset } from '../../lib/content/model.ts';
import { num, requireColumns, str } from '../core/data.ts';

export interface OriginRow {
  /** "YYYY-MM" for a month or "YYYY-MM/YYYY-MM" for a span of months. */
  period: string;
  citizenship: string;
  count: number | null;
}

export const ORIGIN_DATASET = 'uc-by-citizenship';
/** Groups that are not a country go last. */
export const OTHER = 'Other';

export function originFromDataset(ds: Dataset): OriginRow[] {
  requireColumns(ds, 'OriginChart', ['period', 'citizenship', 'uc_encounters']);
  return ds.rows.map((row) => ({ period: str(row, 'period'), citizenship: str(row, 'citizenship'), count: num(row, 'uc_encounters') })).filter((r) => r.period && r.citizenship);
}

export interface Panel {
  period: string;
  /** Calendar months the period covers. */
  months: number;
  total: number;
  rows: { citizenship: string; count: number | null; share: number | null }[];
  /** Months between two periods for which the data has no breakdown. */
  missing?: boolean;
}

const monthIndex = (ym: string) => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;
const ymOf = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
/** First and last month of "YYYY-MM" or "YYYY-MM/YYYY-MM", as month indexes; null for other text. */
export function periodSpan(period: string): [number, number] | null {
  const m = /^(\d{4}-\d{2})(?:\/(\d{4}-\d{2}))?$/.exec(period);
  return m ? [monthIndex(m[1]!), monthIndex(m[2] ?? m[1]!)] : null;
}

/**
 * One panel per period in time order; groups in the order of the first
 * period (largest first), "Other" last; shares of the sum of the groups.
 */
export function originPanels(rows: OriginRow[]): Panel[] {
  const periods = [...new Set(rows.map((r) => r.period))].sort((a, b) => a.localeCompare(b));
  const first = periods[0];
  const groups = [...new Set(rows.map((r) => r.citizenship))];
  const countIn = (p: string | undefined, c: string) => rows.find((r) => r.period === p && r.citizenship === c)?.count ?? null;
  groups.sort((a, b) => {
    if ((a === OTHER) !== (b === OTHER)) return a === OTHER ? 1 : -1;
    return (countIn(first, b) ?? -1) - (countIn(first, a) ?? -1) || a.localeCompare(b);
  });
  const panels: Panel[] = [];
  periods.forEach((period, i) => {
    // A gap between this period and the previous one is shown as months without a breakdown, never filled in.
    const prev = i > 0 ? periodSpan(periods[i - 1]!) : null;
    const span = periodSpan(period);
    if (prev && span && span[0] > prev[1] + 1) {
      const a = ymOf(prev[1] + 1);
      const b = ymOf(span[0] - 1);
      panels.push({ period: a === b ? a : `${a}/${b}`, months: span[0] - prev[1] - 1, total: 0, rows: [], missing: true });
    }
    const total = groups.reduce((sum, c) => sum + (countIn(period, c) ?? 0), 0);
    panels.push({
      period,
      months: span ? span[1] - span[0] + 1 : 1,
      total,
      rows: groups.map((c) => {
        const count = countIn(period, c);
        return { citizenship: c, count, share: count === null || total <= 0 ? null : count / total };
      }),
    });
  });
  return panels;
}
