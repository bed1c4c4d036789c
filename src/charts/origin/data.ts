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
  total: number;
  rows: { citizenship: string; count: number | null; share: number | null }[];
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
  return periods.map((period) => {
    const total = groups.reduce((sum, c) => sum + (countIn(period, c) ?? 0), 0);
    return {
      period,
      total,
      rows: groups.map((c) => {
        const count = countIn(period, c);
        return { citizenship: c, count, share: count === null || total <= 0 ? null : count / total };
      }),
    };
  });
}
