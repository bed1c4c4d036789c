/**
 * Pieces shared by the content schemas (sources, datasets, figures, home):
 * text that YAML may have turned into a date or a number, kebab-case ids,
 * calendar dates, and how a value is quoted back to the editor.
 *
 * Every schema states its own words: each field's `error` says what is wrong
 * (it is printed after the thing it belongs to, "source "x" has no title"),
 * and `.meta({ fix })` says what to do. Rules that look at several fields add
 * issues with `params: { fix }`. The content check prints both; it never reads
 * zod's own messages.
 */
import { z } from 'zod';

export const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SNAKE = /^[a-z][a-z0-9_]*$/;
export const HTTPS = /^https:\/\/[^\s/]+\.[^\s]+$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MONTH = /^\d{4}-\d{2}$/;

export function isRealDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

export function isRealMonth(s: string): boolean {
  if (!ISO_MONTH.test(s)) return false;
  const m = Number(s.slice(5, 7));
  return m >= 1 && m <= 12;
}

/** YAML may turn an unquoted 2021-06-06 into a Date, or a title such as 2021 into a number; bring it back to text. */
export function asText(v: unknown): string | undefined {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  return undefined;
}

/** A value quoted back to the editor: "text", a number, or "nothing". */
export function describe(v: unknown): string {
  if (v === undefined || v === null) return 'nothing';
  if (v instanceof Date) return `"${asText(v)}"`;
  if (typeof v === 'string') return `"${v}"`;
  return JSON.stringify(v);
}

/** "first", "second" ... for field paths in words. */
export function ordinal(n: number): string {
  const words = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
  return words[n - 1] ?? `number ${n}`;
}

export const textInput = (v: unknown): unknown => asText(v) ?? v;

/** Issue text helper: `missing` when the field is absent, else `bad(value)`. */
export function said(missing: string, bad: (input: unknown) => string) {
  return (iss: { input?: unknown }) => (iss.input === undefined ? missing : bad(iss.input));
}

/** Non-empty text (trimmed). */
export function text(missing: string, fix: string, empty = missing) {
  return z
    .preprocess(textInput, z.string({ error: said(missing, () => empty) }).refine((s) => s.trim() !== '', { error: empty }))
    .meta({ fix });
}

/**
 * A date written the right way that does not exist (2026-13-01, 2026-11-31): the words of `bad` up to
 * "which", then what is wrong with it, and a fix that says to check the month and the day.
 */
const UNREAL_FIX = 'write a day that exists, year-month-day, for example 2026-11-30';
function unreal(bad: (input: unknown) => string) {
  return (iss: { input?: unknown }) => {
    const words = bad(iss.input);
    const cut = words.indexOf(', which');
    return `${cut >= 0 ? words.slice(0, cut) : words}, which is not a real calendar date (check the month and the day)`;
  };
}

/** A calendar date written YYYY-MM-DD (quoted or not). */
export function isoDate(missing: string, bad: (input: unknown) => string, fix: string) {
  return z
    .preprocess(
      textInput,
      z
        .string({ error: said(missing, bad) })
        .refine((s) => ISO_DATE.test(s), { error: (iss) => bad(iss.input) })
        .refine((s) => !ISO_DATE.test(s) || isRealDate(s), { error: unreal(bad), params: { fix: UNREAL_FIX } }),
    )
    .meta({ fix });
}

/** A date (YYYY-MM-DD) or a month (YYYY-MM). */
export function dayOrMonth(missing: string, bad: (input: unknown) => string, fix: string) {
  const shaped = (s: string) => ISO_DATE.test(s) || ISO_MONTH.test(s);
  return z
    .preprocess(
      textInput,
      z
        .string({ error: said(missing, bad) })
        .refine(shaped, { error: (iss) => bad(iss.input) })
        .refine((s) => !shaped(s) || isRealDate(s) || isRealMonth(s), { error: unreal(bad), params: { fix: 'write a day or a month that exists, for example 2021-06-30 or 2021-06' } }),
    )
    .meta({ fix });
}

const EXPECTED: Record<string, string> = { string: 'text', number: 'a plain number', boolean: 'true or false', array: 'a list', object: 'fields written one per line under it', date: 'a date' };

/**
 * Words for the rare issue a schema gives no words of its own (passed to
 * safeParse): built from the code and values, never from zod's text.
 */
export function plainError(iss: { code?: string; input?: unknown; expected?: string; minimum?: unknown; maximum?: unknown; origin?: string; values?: unknown[] }): string {
  switch (iss.code) {
    case 'invalid_type':
      return iss.input === undefined ? 'is missing' : `has ${describe(iss.input)} where ${EXPECTED[iss.expected ?? ''] ?? iss.expected} is needed`;
    case 'too_small':
      return iss.origin === 'array' ? `needs at least ${String(iss.minimum)} item${iss.minimum === 1 ? '' : 's'}` : iss.origin === 'string' ? 'is empty' : `is below ${String(iss.minimum)}`;
    case 'too_big':
      return iss.origin === 'array' ? `has more than ${String(iss.maximum)} items` : iss.origin === 'string' ? `is longer than ${String(iss.maximum)} characters` : `is above ${String(iss.maximum)}`;
    case 'invalid_value':
      return `has ${describe(iss.input)}, which is not one of: ${(iss.values ?? []).map(String).join(', ')}`;
    case 'invalid_format':
      return `has ${describe(iss.input)}, which is not written the expected way`;
    default:
      return `has ${describe(iss.input)}, which cannot be read here`;
  }
}
