/**
 * Dates in the timeline: a day (YYYY-MM-DD) or, where only the month is
 * known, a month (YYYY-MM). A month-level event is never given a day it does
 * not have: it prints as the month and sorts after every dated event of that
 * month, so it does not seem to come before them.
 */
import { isRealDate, isRealMonth } from './content/model.ts';
import { formatDate, formatMonth } from './format.ts';
import type { Lang } from './i18n.ts';

export type When = { precision: 'day'; iso: string } | { precision: 'month'; iso: string };

/** Reads a timeline date; undefined when it is neither a real day nor a real month. */
export function parseWhen(raw: string): When | undefined {
  if (isRealDate(raw)) return { precision: 'day', iso: raw };
  if (isRealMonth(raw)) return { precision: 'month', iso: raw };
  return undefined;
}

/** Sort key: days in calendar order; a month after all the days of that month. */
function sortKey(w: When): string {
  return w.precision === 'day' ? w.iso : `${w.iso}-99`;
}

/** Orders events by date; ties keep the order of the file. */
export function sortByWhen<T>(items: readonly T[], dateOf: (item: T) => string): T[] {
  return items
    .map((item, i) => {
      const raw = dateOf(item);
      const when = parseWhen(raw);
      if (!when) throw new Error(`timeline date "${raw}" is not YYYY-MM-DD or YYYY-MM`);
      return { item, key: sortKey(when), i };
    })
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i))
    .map((x) => x.item);
}

/** The date as a reader sees it ("July 8, 2021" or "July 2021") and as <time datetime> wants it. */
export function showWhen(w: When, lang: Lang): { text: string; datetime: string } {
  return { text: w.precision === 'day' ? formatDate(w.iso, lang) : formatMonth(w.iso, lang), datetime: w.iso };
}
