/**
 * House style for numbers and dates, through Intl, in the page's language.
 * Prose, key figures, chart labels and tables all format through here so the
 * same value reads the same everywhere.
 *
 * One style per language:
 * - English (en-US): "22,557", "1.5 million", "$310 million", "38%".
 * - Spanish (es-419, Latin American Spanish, as Intl prints it): a comma groups
 *   thousands and a point marks decimals, as in Mexico and Central America:
 *   "22,557", "1.5 millones", "310 millones de dólares", "4 mil millones de
 *   dólares", "38%". Spanish puts "de" between millón/millones and a noun:
 *   "1 millón de dosis" (formatCountOf).
 * - Short forms for axis ticks and labels on marks, one abbreviation per
 *   language and the same in every short formatter: English "5K", "180K",
 *   "1.5M", "4B", "$310M"; Spanish "5 mil", "180 mil", "1.5 M", "4 mil M",
 *   "US$310 M". (Intl's own compact Spanish mixes "5 K" with "10 k" and writes
 *   "4000 M", so the units are chosen here and only the digits come from Intl.)
 * Charts call formatCountShort (ticks), formatCountShort3 (labels on marks),
 * formatMoneyShort (money ticks), formatCompact / formatCountOf (summaries) and
 * formatMoney / formatCount / formatShare (prose and tables).
 */
import { INTL_LOCALE, type Lang } from './i18n.ts';

export type FigureKind = 'money' | 'count' | 'percent' | 'share';
export type FigureStyle = 'compact' | 'full';

const cache = new Map<string, Intl.NumberFormat>();
function nf(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALE[lang], options);
    cache.set(key, f);
  }
  return f;
}

/** 22557 -> "22,557" (en and es-419). */
export function formatCount(value: number, lang: Lang): string {
  return nf(lang, { maximumFractionDigits: 0 }).format(value);
}

/** 1500000 -> "1.5 million" / "1.5 millones"; 1000000 -> "1 million" / "1 millón"; below 1,000,000 the full number. */
export function formatCompact(value: number, lang: Lang): string {
  if (Math.abs(value) < 1_000_000) return formatCount(value, lang);
  return nf(lang, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 }).format(value);
}

/** 310000000 -> "$310 million" / "310 millones de dólares"; 40000 -> "$40,000". */
export function formatMoney(value: number, lang: Lang, style: FigureStyle = 'compact'): string {
  const big = Math.abs(value) >= 1_000_000 && style === 'compact';
  if (lang === 'es') {
    if (big) {
      const n = formatCompact(value, lang);
      return `${n} de dólares`;
    }
    return `${formatCount(value, lang)} dólares`;
  }
  return `$${big ? formatCompact(value, lang) : formatCount(value, lang)}`;
}

/** The units of the short forms, largest first: English K, M, B; Spanish mil, M, mil M. */
const SHORT_UNITS: Record<Lang, [number, string][]> = {
  en: [
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'K'],
  ],
  es: [
    [1e9, '\u00a0mil\u00a0M'],
    [1e6, '\u00a0M'],
    [1e3, '\u00a0mil'],
  ],
};

/** A number in the short style of its language, digits through Intl with the given precision. */
function short(value: number, lang: Lang, digits: Intl.NumberFormatOptions): string {
  const f = nf(lang, digits);
  const abs = Math.abs(value);
  const units = SHORT_UNITS[lang];
  for (let i = 0; i < units.length; i++) {
    const [size, suffix] = units[i]!;
    if (abs < size) continue;
    // 999,960 rounds to "1000K": step up to "1M" instead.
    const shown = Number(f.format(abs / size).replace(/,/g, ''));
    if (shown >= 1000 && i > 0) {
      const [bigger, biggerSuffix] = units[i - 1]!;
      return `${value < 0 ? '-' : ''}${f.format(abs / bigger)}${biggerSuffix}`;
    }
    return `${value < 0 ? '-' : ''}${f.format(abs / size)}${suffix}`;
  }
  return f.format(value);
}

/** Short money for axis ticks: 4000000000 -> "$4B" / "US$4 mil M"; 310000000 -> "$310M" / "US$310 M". */
export function formatMoneyShort(value: number, lang: Lang): string {
  const n = short(Math.abs(value), lang, { maximumFractionDigits: 1 });
  return `${value < 0 ? '-' : ''}${lang === 'es' ? 'US$' : '$'}${n}`;
}

/** Short counts for axis ticks: 5000 -> "5K" / "5 mil"; 180000 -> "180K" / "180 mil"; 1500000 -> "1.5M" / "1.5 M". */
export function formatCountShort(value: number, lang: Lang): string {
  return short(value, lang, { maximumFractionDigits: 1 });
}

/**
 * A count with its noun, as a sentence prints it: 1000000 doses -> "1 million
 * doses" / "1 millón de dosis"; 500000 -> "500,000 doses" / "500,000 dosis".
 * Spanish needs "de" after millón, millones and mil millones.
 */
export function formatCountOf(value: number, noun: string, lang: Lang): string {
  const n = formatCompact(value, lang);
  return lang === 'es' && /(millón|millones)$/.test(n) ? `${n} de ${noun}` : `${n} ${noun}`;
}

/** 0.38 -> "38%" (en and es-419). */
export function formatShare(value: number, lang: Lang): string {
  return nf(lang, { style: 'percent', maximumFractionDigits: 1 }).format(value);
}

/** Shares set side by side (bars of one chart): always one decimal, so 38.0% lines up with 26.4%. */
export function formatShareFixed(value: number, lang: Lang): string {
  return nf(lang, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

/** A figure by its kind, as prose prints it. */
export function formatFigure(value: number, kind: FigureKind, lang: Lang, style?: FigureStyle): string {
  switch (kind) {
    case 'money':
      return formatMoney(value, lang, style ?? 'compact');
    case 'count':
      return style === 'compact' ? formatCompact(value, lang) : formatCount(value, lang);
    case 'percent':
      return formatShare(value / 100, lang);
    case 'share':
      return formatShare(value, lang);
  }
}

/** Parse an ISO date (YYYY-MM-DD) or month (YYYY-MM) as a UTC date. */
export function parseIsoDate(iso: string): Date {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m) throw new Error(`Not an ISO date: "${iso}"`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, m[3] ? Number(m[3]) : 1));
}

const asDate = (d: Date | string): Date => (typeof d === 'string' ? parseIsoDate(d) : d);

const dfCache = new Map<string, Intl.DateTimeFormat>();
/** Intl formatters are costly to create; charts format hundreds of dates, so keep one per setting. */
export function df(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = dfCache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(INTL_LOCALE[lang], { timeZone: 'UTC', ...options });
    dfCache.set(key, f);
  }
  return f;
}

/** 2021-06-06 -> "June 6, 2021" / "6 de junio de 2021". */
export function formatDate(date: Date | string, lang: Lang): string {
  return df(lang, { year: 'numeric', month: 'long', day: 'numeric' }).format(asDate(date));
}

/** 2021-06 -> "June 2021" / "junio de 2021". */
export function formatMonth(date: Date | string, lang: Lang): string {
  return df(lang, { year: 'numeric', month: 'long' }).format(asDate(date));
}

/** 2021-06-06 -> "Jun 6" / "6 jun" (chart labels). */
export function formatDayShort(date: Date | string, lang: Lang): string {
  return df(lang, { month: 'short', day: 'numeric' }).format(asDate(date));
}

/** ISO string for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/* Chart labels: short months, years, day ranges and periods, through the same cached formatters. */


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

/** Short count with up to three significant digits, for labels on marks: 1750000 -> "1.75M" / "1.75 M"; 500000 -> "500K" / "500 mil". */
export function formatCountShort3(value: number, lang: Lang): string {
  return short(value, lang, { maximumSignificantDigits: 3 });
}
