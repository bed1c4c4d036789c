/** Reads hhs-children-in-care-2021 into the rows the shelters chart draws. */
import type { Dataset } from '../../lib/content/model.ts';
import { num, requireColumns, str } from '../core/data.ts';
import { EVENTS } from '../core/events.ts';

export interface ShelterDay {
  /** YYYY-MM-DD */
  date: string;
  inCare: number | null;
  discharged: number | null;
}

export const SHELTERS_DATASET = 'hhs-children-in-care-2021';

export function sheltersFromDataset(ds: Dataset): ShelterDay[] {
  requireColumns(ds, 'SheltersChart', ['date', 'children_in_hhs_care', 'children_discharged']);
  return ds.rows
    .map((row) => ({ date: str(row, 'date'), inCare: num(row, 'children_in_hhs_care'), discharged: num(row, 'children_discharged') }))
    .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.date))
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** Index of the day with the most children in care (the first such day). */
export function peakIndex(days: ShelterDay[]): number {
  let best = -1;
  days.forEach((d, i) => {
    if (d.inCare !== null && (best < 0 || d.inCare > days[best]!.inCare!)) best = i;
  });
  return best;
}

/** Reported days within [start, end]. */
export function daysWithin(days: ShelterDay[], start: string, end: string): ShelterDay[] {
  return days.filter((d) => d.date >= start && d.date <= end && d.inCare !== null);
}

/**
 * The days the chart's table lists: the reported days from the peak to the
 * last day of the trip, the stretch the chart points out. Every day is on the
 * dataset's page, which the table links.
 */
export function tableDays(days: ShelterDay[]): ShelterDay[] {
  const peak = days[peakIndex(days)];
  return days.filter((d) => d.inCare !== null && (!peak || (d.date >= peak.date && d.date <= EVENTS.tripEnd)));
}
