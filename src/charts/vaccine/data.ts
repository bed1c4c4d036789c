/** Reads vaccine-doses-2021 into the rows the vaccine chart draws. */
import type { Dataset } from '../../lib/content/model.ts';
import { num, requireColumns, str } from '../core/data.ts';

export interface VaxEvent {
  country: string;
  /** YYYY-MM-DD */
  date: string;
  event: 'announced' | 'delivered';
  doses: number | null;
  vaccine: string;
  channel: string;
}

export interface VaxData {
  /** Countries in the order the chart lists them. */
  countries: string[];
  events: VaxEvent[];
}

export const VACCINE_DATASET = 'vaccine-doses-2021';

export function vaccineFromDataset(ds: Dataset): VaxData {
  requireColumns(ds, 'VaccineChart', ['country', 'date', 'event', 'doses', 'vaccine', 'channel']);
  const events = ds.rows
    .map((row) => ({
      country: str(row, 'country'),
      date: str(row, 'date'),
      event: str(row, 'event') === 'announced' ? ('announced' as const) : ('delivered' as const),
      doses: num(row, 'doses'),
      vaccine: str(row, 'vaccine'),
      channel: str(row, 'channel'),
    }))
    .filter((e) => e.country && /^\d{4}-\d{2}-\d{2}$/.test(e.date))
    .sort((a, b) => a.date.localeCompare(b.date) || (a.event === b.event ? 0 : a.event === 'announced' ? -1 : 1));
  const listed = ds.columns.find((c) => c.name === 'country')?.values ?? [];
  const seen = [...new Set(events.map((e) => e.country))];
  const countries = [...listed.filter((c) => seen.includes(c)), ...seen.filter((c) => !listed.includes(c))];
  return { countries, events };
}
