/**
 * The trip map's rows: the stops (content/data/trip-stops) and the days of
 * the trip from the 2021 timeline (content/data/timeline-2021). Each stop's
 * arrival day must be a dated event in the timeline, so the two files cannot
 * drift apart; the build stops with a message saying which row to fix.
 */
import type { Dataset, Row } from '../../lib/content/model.ts';
import type { Lang } from '../../lib/i18n.ts';
import type { Stop } from './layout.ts';

export const STOPS_DATASET = 'trip-stops';
/** A full day (2021-06-07); the timeline may also hold events known only by their month (2021-07). */
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (r: Row) => typeof r.date === 'string' && DAY.test(r.date);
export const TIMELINE_DATASET = 'timeline-2021';

export function stopsFromDataset(ds: Dataset, lang: Lang): Stop[] {
  return ds.rows
    .map((r) => ({
      stop: Number(r.stop),
      place: String(r.place),
      name: String((lang === 'es' ? r.name_es : r.name) ?? r.name),
      lon: Number(r.lon),
      lat: Number(r.lat),
      arrived: typeof r.arrived === 'string' && r.arrived ? r.arrived : undefined,
    }))
    .sort((a, b) => a.stop - b.stop);
}

/** Problems, in words an editor can act on; empty when every arrival day is in the timeline. */
export function checkStops(stops: Stop[], timeline: Dataset): string[] {
  const problems: string[] = [];
  if (stops.length < 2) problems.push(`content/data/${STOPS_DATASET}.csv needs at least two stops to draw a route`);
  stops.forEach((s, i) => {
    if (i === 0) return;
    if (!s.arrived) {
      problems.push(`content/data/${STOPS_DATASET}.csv: stop ${s.stop} (${s.place}) has no "arrived" date; fill it in as YYYY-MM-DD`);
      return;
    }
    const prev = stops[i - 1]!.arrived;
    if (prev && s.arrived < prev) problems.push(`content/data/${STOPS_DATASET}.csv: stop ${s.stop} (${s.place}) arrives on ${s.arrived}, before the stop above it; put the stops in the order travelled`);
    if (!timeline.rows.some((r) => isDay(r) && r.date === s.arrived)) {
      problems.push(`content/data/${STOPS_DATASET}.csv: stop ${s.stop} (${s.place}) arrives on ${s.arrived}, but content/data/${TIMELINE_DATASET}.csv has no event on that day; add the event with its source, or correct the date`);
    }
  });
  return problems;
}

/** Timeline rows from the first to the last day of the trip, in date order (rows of one day keep their order in the file). */
export function tripDays(stops: Stop[], timeline: Dataset): Row[] {
  const days = stops.map((s) => s.arrived).filter((d): d is string => Boolean(d));
  if (!days.length) return [];
  const first = days.reduce((a, b) => (a < b ? a : b));
  const last = days.reduce((a, b) => (a > b ? a : b));
  return timeline.rows
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => isDay(r) && String(r.date) >= first && String(r.date) <= last)
    .sort((a, b) => String(a.r.date).localeCompare(String(b.r.date)) || a.i - b.i)
    .map(({ r }) => r);
}
