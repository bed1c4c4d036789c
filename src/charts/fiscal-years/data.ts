/** Reads usbp-sw-encounters-monthly into two fiscal years of months, October to September. */
import type { Dataset } from '../../lib/content/model.ts';
import { num, requireColumns, str } from '../core/data.ts';

export const FISCAL_DATASET = 'usbp-sw-encounters-monthly';

export interface FiscalMonth {
  /** YYYY-MM */
  month: string;
  /** 0 = October ... 11 = September. */
  index: number;
  value: number | null;
}

export interface FiscalYear {
  year: number;
  months: FiscalMonth[];
}

export interface FiscalData {
  /** The earlier year first. */
  years: FiscalYear[];
}

/** 0 for October through 11 for September. */
export const fiscalIndex = (month: string) => (Number(month.slice(5, 7)) + 2) % 12;

export function fiscalFromDataset(ds: Dataset, years: readonly number[]): FiscalData {
  requireColumns(ds, 'FiscalYearsChart', ['month', 'fiscal_year', 'encounters']);
  return {
    years: years.map((year) => ({
      year,
      months: ds.rows
        .filter((r) => num(r, 'fiscal_year') === year && /^\d{4}-\d{2}$/.test(str(r, 'month')))
        .map((r) => ({ month: str(r, 'month'), index: fiscalIndex(str(r, 'month')), value: num(r, 'encounters') }))
        .sort((a, b) => a.index - b.index),
    })),
  };
}

/** Sum of a year's months, or null when a month has no value. */
export function yearTotal(y: FiscalYear): number | null {
  if (y.months.length !== 12 || y.months.some((m) => m.value === null)) return null;
  return y.months.reduce((s, m) => s + m.value!, 0);
}
