/**
 * Chart-only date labels that src/lib/format.ts does not offer yet (short
 * month, year, short day ranges). Same Intl locales as the prose, so a date
 * reads the same in a label as in the text. Numbers go through format.ts.
 */
import { INTL_LOCALE, type Lang } from '../lib/i18n.ts';
import { df, parseIsoDate } from '../lib/format.ts';

export { formatCount, formatCompact, formatCountShort, formatMoney, formatMoneyShort, formatShare, formatDate, formatMonth, formatDayShort, parseIsoDate } from '../lib/format.ts';

const asDate = (d: Date | string): Date => (typeof d === 'string' ? parseIsoDate(d) : d);

/** 2021 */
export function formatYear(d: Date | string, lang: Lang): string {
  return df(lang, { year: 'numeric' }).format(asDate(d));
}

/** "Jun" / "jun" */
export function formatMonthName(d: Date | string, lang: Lang): string {
  return df(lang, { month: 'short' }).format(asDate(d));
}

/** "Jun 2021" / "jun 2021" */
export function formatMonthShort(d: Date | string, lang: Lang): string {
  return df(lang, { month: 'short', year: 'numeric' }).format(asDate(d));
}

/** "Jun 6 – 8" / "6 – 8 de jun"; one day when start and end are equal. */
export function formatDayRangeShort(start: string, end: string, lang: Lang): string {
  const f = df(lang, { month: 'short', day: 'numeric' });
  return start === end ? f.format(asDate(start)) : f.formatRange(asDate(start), asDate(end));
}

/** "June 6 – 8, 2021" / "6–8 de junio de 2021" */
export function formatDayRange(start: string, end: string, lang: Lang): string {
  const f = df(lang, { month: 'long', day: 'numeric', year: 'numeric' });
  return start === end ? f.format(asDate(start)) : f.formatRange(asDate(start), asDate(end));
}

/** "Oct 2020 – May 2021" for "2020-10/2021-05"; "Oct 2021" for "2021-10"; other text as it is. */
export function formatPeriod(period: string, lang: Lang, long = false): string {
  const range = /^(\d{4}-\d{2})\/(\d{4}-\d{2})$/.exec(period);
  const o: Intl.DateTimeFormatOptions = { month: long ? 'long' : 'short', year: 'numeric' };
  if (range) return df(lang, o).formatRange(asDate(range[1]!), asDate(range[2]!));
  if (/^\d{4}-\d{2}$/.test(period)) return df(lang, o).format(asDate(period));
  return period;
}

/** Milliseconds since the epoch of an ISO date or month (UTC). */
export function time(iso: string): number {
  return parseIsoDate(iso).getTime();
}

export const DAY = 86_400_000;

/** "July 8" / "8 de julio" */
export function formatMonthDay(d: Date | string, lang: Lang): string {
  return df(lang, { month: 'long', day: 'numeric' }).format(asDate(d));
}

const nfCache = new Map<string, Intl.NumberFormat>();
/** Short count with up to three significant digits, for labels on marks: 1750000 -> "1.75M" / "1.75 M". */
export function formatCountShort3(value: number, lang: Lang): string {
  let f = nfCache.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALE[lang], { notation: 'compact', compactDisplay: 'short', maximumSignificantDigits: 3 });
    nfCache.set(lang, f);
  }
  return f.format(value);
}
