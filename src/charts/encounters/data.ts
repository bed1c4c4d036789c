/** Reads usbp-sw-encounters-monthly into the rows the encounters chart draws. */
import type { Dataset } from '../../lib/content/model.ts';
import { num, requireColumns, str } from '../core/data.ts';

export interface EncounterMonth {
  /** YYYY-MM */
  month: string;
  fiscalYear: number | null;
  all: number | null;
  children: number | null;
}

export type EncounterSeries = 'all' | 'children';

export const ENCOUNTERS_DATASET = 'usbp-sw-encounters-monthly';

export function encountersFromDataset(ds: Dataset): EncounterMonth[] {
  requireColumns(ds, 'EncountersChart', ['month', 'fiscal_year', 'encounters', 'uc_encounters']);
  return ds.rows
    .map((row) => ({ month: str(row, 'month'), fiscalYear: num(row, 'fiscal_year'), all: num(row, 'encounters'), children: num(row, 'uc_encounters') }))
    .filter((m) => /^\d{4}-\d{2}$/.test(m.month))
    .sort((a, b) => a.month.localeCompare(b.month));
}
