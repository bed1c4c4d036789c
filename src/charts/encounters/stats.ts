/** The facts the encounters chart points out, computed from the rows (shared by the layout and the takeaway). */
import { TRIP_MONTH } from '../core/events.ts';
import type { EncounterMonth, EncounterSeries } from './data.ts';

export const valueOf = (m: EncounterMonth | undefined, s: EncounterSeries): number | null => (m ? m[s] : null);

function argmax(months: EncounterMonth[], s: EncounterSeries, keep: (m: EncounterMonth) => boolean): number {
  let best = -1;
  months.forEach((m, i) => {
    const v = m[s];
    if (v === null || !keep(m)) return;
    const b = best >= 0 ? months[best]![s] : null;
    if (b === null || v > b) best = i;
  });
  return best;
}

/** Index of the trip month, or of the last month before it that has a value; -1 if none. */
export function tripIndex(months: EncounterMonth[], s: EncounterSeries): number {
  let found = -1;
  months.forEach((m, i) => {
    if (m.month <= TRIP_MONTH && m[s] !== null) found = i;
  });
  return found;
}

/** The highest month before 2021. */
export function highestBefore2021(months: EncounterMonth[], s: EncounterSeries): number {
  return argmax(months, s, (m) => m.month < '2021-01');
}

/** The highest month of 2021. */
export function peak2021(months: EncounterMonth[], s: EncounterSeries): number {
  return argmax(months, s, (m) => m.month.startsWith('2021-'));
}

/** The highest month up to and including the trip month. */
export function peakToTrip(months: EncounterMonth[], s: EncounterSeries): number {
  return argmax(months, s, (m) => m.month <= TRIP_MONTH);
}

export type Since = { kind: 'month'; month: string } | { kind: 'record'; first: string } | { kind: 'start'; first: string };

/** How far back one has to go to find a higher month than months[i]. */
export function since(months: EncounterMonth[], s: EncounterSeries, i: number): Since {
  const v = valueOf(months[i], s) ?? 0;
  for (let j = i - 1; j >= 0; j--) {
    const w = months[j]![s];
    if (w !== null && w > v) return { kind: 'month', month: months[j]!.month };
  }
  const first = months.find((m) => m[s] !== null)?.month ?? months[0]?.month ?? '';
  const later = months.slice(i + 1).some((m) => m[s] !== null && m[s]! > v);
  return later ? { kind: 'start', first } : { kind: 'record', first };
}

/** First month with a value in the series. */
export function firstMonth(months: EncounterMonth[], s: EncounterSeries): string | undefined {
  return months.find((m) => m[s] !== null)?.month;
}

/**
 * The months the chart's table lists: from the start of the fiscal year before
 * the trip's to the end of the fiscal year after it (October 2019 to September
 * 2022). The whole series is on the dataset's page; the table stays small.
 */
export function tableWindow(): { from: string; to: string } {
  const [y, m] = TRIP_MONTH.split('-').map(Number) as [number, number];
  const fy = m >= 10 ? y + 1 : y;
  return { from: `${fy - 2}-10`, to: `${fy + 1}-09` };
}

/** The months of a series the table lists, in order. */
export function tableMonths(months: EncounterMonth[], s: EncounterSeries): EncounterMonth[] {
  const w = tableWindow();
  return months.filter((m) => m[s] !== null && m.month >= w.from && m.month <= w.to);
}
