/**
 * A dataset's metadata: content/data/<id>.yaml, beside its table
 * content/data/<id>.csv. It says what the table counts, in both languages,
 * what each column holds (its kind, range and whether it is a whole number),
 * the period the rows cover, the order they come in, and where it all comes
 * from.
 *
 *   title: CBP encounters at the southwest border, by month
 *   title_es: Encuentros de la CBP en la frontera suroeste, por mes
 *   ...
 *   key: [month]
 *   period: { start: 2019-10, end: 2021-12 }
 *   order: [month]
 *   columns:
 *     - name: month
 *       kind: month
 *       label: Month
 *       label_es: Mes
 *     - name: encounters
 *       kind: count
 *       label: CBP encounters
 *       label_es: Encuentros de la CBP
 */
import { z } from 'zod';
import { SNAKE, asText, dayOrMonth, describe, isoDate, said, text, textInput } from './common.ts';
import { revisionsSchema } from './revision.ts';

/**
 * What a column holds. The kind decides how a value is read and which values
 * are refused: a count is a whole number of zero or more; money is an amount
 * in the dataset's currency; a share lies between 0 and 1 (0.38 is 38%); a
 * percent between 0 and 100; a date is YYYY-MM-DD; a month YYYY-MM;
 * day-or-month either; a year or fiscal year four digits; a source the id of
 * an entry in the sources; number any other measure (a longitude, a stop
 * number); text words; boolean true or false.
 */
export const COLUMN_KINDS = ['count', 'money', 'share', 'percent', 'number', 'date', 'month', 'day-or-month', 'year', 'fiscal-year', 'source', 'text', 'boolean'] as const;
export type ColumnKind = (typeof COLUMN_KINDS)[number];

/** The older way to say what a column holds; still read, `kind` says more. */
export const COLUMN_TYPES = ['date', 'month', 'day-or-month', 'integer', 'number', 'text', 'source', 'boolean'] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

/** The kinds whose values lie in time, checked against the dataset's period. */
export const TIME_KINDS: readonly ColumnKind[] = ['date', 'month', 'day-or-month'];
export const NUMBER_KINDS: readonly ColumnKind[] = ['count', 'money', 'share', 'percent', 'number', 'year', 'fiscal-year'];

const KIND_FIX = `use one of: ${COLUMN_KINDS.join(', ')} (see "Column kinds" in docs/editing.md)`;

const finite = (what: string) => z.number({ error: (iss) => `has ${what} ${describe(iss.input)}, which is not a plain number` });

export const columnSchema = z
  .object(
    {
      /** The CSV header of the column: lower-case words joined by underscores. */
      name: z
        .preprocess(textInput, z.string({ error: said('has no name', (v) => `has name ${describe(v)}, which is not snake_case`) }).regex(SNAKE, { error: (iss) => `has name ${describe(iss.input)}, which is not snake_case` }))
        .meta({ fix: 'use lower-case words joined by underscores, matching the CSV header' }),
      /** What the column holds (see COLUMN_KINDS): count, money, share, percent, number, date, month, day-or-month, year, fiscal-year, source, text or boolean. */
      kind: z.enum(COLUMN_KINDS, { error: (iss) => `has kind ${describe(iss.input)}` }).meta({ fix: KIND_FIX }).optional(),
      /** Older form of `kind` (integer, number, date, month, day-or-month, text, source, boolean). Write `kind` in new datasets. */
      type: z.enum(COLUMN_TYPES, { error: (iss) => `has type ${describe(iss.input)}` }).meta({ fix: `use one of: ${COLUMN_TYPES.join(', ')}; or better, write "kind:" instead (${COLUMN_KINDS.join(', ')})` }).optional(),
      /** The heading readers see in the data table. */
      label: text('has no label', 'add "label: ..." with the heading readers see in the data table'),
      /** The heading on Spanish pages. */
      label_es: z.unknown().optional(),
      /** false when a cell may be empty (a missing value); every cell needs a value otherwise. */
      required: z.boolean({ error: (iss) => `has "required: ${String(iss.input)}"` }).meta({ fix: 'write required: true or required: false' }).optional(),
      /** For text: the only values allowed. */
      values: z.array(z.preprocess(textInput, z.string()), { error: 'has "values" that is not a list' }).meta({ fix: 'write values: [first, second, third]' }).optional(),
      /** The smallest value allowed (numbers; a count has 0 unless set). */
      min: finite('min').meta({ fix: 'write a plain number, for example min: 0, or delete the line' }).optional(),
      /** The largest value allowed (numbers; a share has 1 and a percent 100 unless set). */
      max: finite('max').meta({ fix: 'write a plain number, for example max: 100, or delete the line' }).optional(),
      /** true when every value is a whole number (counts, years and money in whole units are, unless set to false). */
      integer: z.boolean({ error: (iss) => `has "integer: ${String(iss.input)}"` }).meta({ fix: 'write integer: true or integer: false' }).optional(),
      /** In a time series: how many times its neighbours a value may be before the check warns (5 unless set). */
      outlier_ratio: z.number({ error: (iss) => `has outlier_ratio ${describe(iss.input)}, which is not a plain number` }).gt(1, { error: 'has an outlier_ratio of 1 or less, so every value would be flagged' }).meta({ fix: 'write a number above 1, for example outlier_ratio: 10' }).optional(),
      /** Rows (by key, as in the CSV) whose jump against their neighbours is real; say why in a YAML comment. */
      outliers_ok: z.array(z.preprocess(textInput, z.string()), { error: 'has "outliers_ok" that is not a list' }).meta({ fix: 'write outliers_ok: ["2021-04"], the keys of the rows whose jump is real' }).optional(),
    },
    { error: 'is not a column with a name, a kind and labels' },
  )
  .strict()
  .meta({ fix: 'write each column as "- name: ...", then kind, label and label_es on the lines under it', unknownFix: 'use only {allowed}' })
  .check(
    z.superRefine(
      (raw, ctx) => {
        const c = raw as Record<string, unknown>;
        if (c.kind === undefined && c.type === undefined) ctx.addIssue({ code: 'custom', path: [], message: 'has no kind', params: { fix: `add "kind: ..." under the name; ${KIND_FIX}` } });
        if (c.kind !== undefined && c.type !== undefined) ctx.addIssue({ code: 'custom', path: ['type'], message: 'has both "kind" and "type"', params: { fix: 'delete the "type" line: "kind" says what the column holds' } });
        const label = asText(c.label)?.trim();
        if (label && !asText(c.label_es)?.trim()) ctx.addIssue({ code: 'custom', path: [c.label_es === undefined ? 'label' : 'label_es'], message: 'has no Spanish label_es', params: { fix: 'add "label_es: ..." with the heading in Spanish (Spanish pages show it)' } });
        if (typeof c.min === 'number' && typeof c.max === 'number' && c.min > c.max) ctx.addIssue({ code: 'custom', path: ['max'], message: `has max ${c.max} below its min ${c.min}`, params: { fix: 'swap the two values' } });
        const kind = c.kind as string | undefined;
        for (const k of ['min', 'max', 'integer', 'outlier_ratio', 'outliers_ok'] as const) {
          if (c[k] !== undefined && kind !== undefined && !(NUMBER_KINDS as readonly string[]).includes(kind)) ctx.addIssue({ code: 'custom', path: [k], message: `has "${k}" but holds ${kind} values, not numbers`, params: { fix: `delete the "${k}" line` } });
        }
        if (c.values !== undefined && kind !== undefined && kind !== 'text') ctx.addIssue({ code: 'custom', path: ['values'], message: `has "values" but holds ${kind} values, not text`, params: { fix: 'delete the "values" line' } });
      },
      { when: () => true },
    ),
  );

const periodBound = (which: 'start' | 'end') =>
  dayOrMonth(`has a period without ${which === 'start' ? 'a start' : 'an end'}`, (v) => `has a period ${which} ${describe(v)}, which is not a date (YYYY-MM-DD) or a month (YYYY-MM)`, `write "${which}: 2021-03" (a month) or "${which}: 2021-03-23" (a day)`);

/** The first and last day (or month) the rows may fall on. A date outside it is a typo until the period is widened. */
export const periodSchema = z
  .object({ start: periodBound('start'), end: periodBound('end') }, { error: (iss) => `has "period" written as ${describe(iss.input)}` })
  .strict()
  .meta({ fix: 'write period: { start: 2021-03, end: 2021-12 }, the first and last month (or day) the rows cover', unknownFix: 'use only start and end under "period:"' })
  .check(
    z.superRefine(
      (raw, ctx) => {
        const p = raw as Record<string, unknown>;
        const s = asText(p.start);
        const e = asText(p.end);
        if (s && e && s.slice(0, Math.min(s.length, e.length)) > e.slice(0, Math.min(s.length, e.length))) ctx.addIssue({ code: 'custom', path: ['end'], message: `has a period that ends (${e}) before it starts (${s})`, params: { fix: 'swap start and end, or correct the year' } });
      },
      { when: () => true },
    ),
  );

const listOfText = (what: string, fix: string) => z.array(z.preprocess(textInput, z.string({ error: `has an item in "${what}" that is not text` })), { error: `has "${what}" that is not a list` }).meta({ fix });

const READER_TEXT = {
  title: 'the title readers see',
  description: 'one or two sentences on what a row counts',
  unit: 'what one value counts, for example children',
  vintage: 'the data vintage, for example "CBP release of June 9, 2021"',
} as const;

export const datasetSchema = z
  .object(
    {
      /** The title readers see above the table and on the data page. */
      title: text('has no "title"', `add "title: ..." (${READER_TEXT.title})`),
      /** The title in Spanish. */
      title_es: z.unknown().optional(),
      /** One or two sentences on what a row counts. */
      description: text('has no "description"', `add "description: ..." (${READER_TEXT.description})`),
      description_es: z.unknown().optional(),
      /** What one value counts ("children", "U.S. dollars"). */
      unit: text('has no "unit"', `add "unit: ..." (${READER_TEXT.unit})`),
      unit_es: z.unknown().optional(),
      /** For money: the currency code, for example USD. */
      currency: z.preprocess(textInput, z.string({ error: (iss) => `has currency ${describe(iss.input)}` }).regex(/^[A-Z]{3}$/, { error: (iss) => `has currency ${describe(iss.input)}` })).meta({ fix: 'write the three-letter currency code, for example currency: USD' }).optional(),
      /** The column(s) that identify a row; no two rows share a key. */
      key: z.array(z.preprocess(textInput, z.string()), { error: 'has no "key"' }).min(1, { error: 'has no "key"' }).meta({ fix: 'add "key: [column]" naming the column(s) that identify a row, for example key: [date]' }),
      /** One entry per CSV column, in the CSV's order: name, kind, label, label_es, and optionally required, values, min, max, integer, outlier_ratio, outliers_ok. */
      columns: z.array(z.unknown(), { error: 'has no "columns" list' }).min(1, { error: 'has no "columns" list' }).meta({ fix: 'list every CSV column with its name, kind and labels' }),
      /** Source ids (content/sources.yaml or content/sources/*.yaml) the whole table comes from; rows may name their own in a source column. */
      sources: z.array(z.preprocess(textInput, z.string()), { error: 'has no sources' }).min(1, { error: 'has no sources' }).meta({ fix: 'add "sources: [source-id]" with at least one id from content/sources.yaml' }),
      /** Which release of the data this is, in words. */
      vintage: text('has no "vintage"', `add "vintage: ..." (${READER_TEXT.vintage})`),
      vintage_es: z.unknown().optional(),
      /** The day the data was last checked against its source, YYYY-MM-DD. */
      checked: isoDate('has no "checked" date', (v) => `has "checked" ${describe(v)}, which is not a date written as YYYY-MM-DD`, 'add "checked: YYYY-MM-DD", the day the data was last checked against its source'),
      /** The desk's notes on the data, for readers; notes_es has the same items in Spanish. */
      notes: listOfText('notes', 'write "notes:" followed by one "- ..." line per note').optional(),
      notes_es: listOfText('notes_es', 'write "notes_es:" followed by one "- ..." line per item, as in "notes"').optional(),
      /** What readers must keep in mind; figures only through [[figure-id]]. caveats_es in Spanish. */
      caveats: listOfText('caveats', 'write "caveats:" followed by one "- ..." line per caveat').optional(),
      caveats_es: listOfText('caveats_es', 'write "caveats_es:" followed by one "- ..." line per item, as in "caveats"').optional(),
      /** The first and last day or month the rows cover: { start, end }. Required when a column holds dates or months. */
      period: periodSchema.optional(),
      /** The column(s) the rows ascend by, for example [date]; checked row by row. */
      order: z.array(z.preprocess(textInput, z.string()), { error: (iss) => `has "order" written as ${describe(iss.input)}` }).meta({ fix: 'write order: [date], the column(s) the rows go up by' }).optional(),
      /** Column(s) whose rows stay together in the file's own order (for example [country]); `order` then applies within each group. */
      order_within: z.array(z.preprocess(textInput, z.string()), { error: (iss) => `has "order_within" written as ${describe(iss.input)}` }).meta({ fix: 'write order_within: [country], the column(s) whose rows stay together' }).optional(),
      /** The revision history, newest last (written by `npm run data:update`). */
      revisions: revisionsSchema.meta({ fix: 'see "Revisions" in docs/editing.md for the form of an entry' }).optional(),
    },
    { error: 'must be a set of fields (title, description, columns ...)' },
  )
  .strict()
  .meta({ fix: 'start with "title: ..." and write one field per line', unknownFix: 'check the spelling; allowed fields are {allowed}' })
  .check(
    z.superRefine(
      (raw, ctx) => {
        const m = raw as Record<string, unknown>;
        for (const k of ['title', 'description', 'unit', 'vintage'] as const) {
          const en = asText(m[k])?.trim();
          const es = asText(m[`${k}_es`])?.trim();
          if (!en) continue;
          if (!es) ctx.addIssue({ code: 'custom', path: [m[`${k}_es`] === undefined ? k : `${k}_es`], message: `has "${k}" but no Spanish "${k}_es"`, params: { fix: `add "${k}_es: ..." under "${k}", with the same text in Spanish (Spanish pages show it)` } });
          else if (k !== 'unit' && es === en) ctx.addIssue({ code: 'custom', path: [`${k}_es`], message: `has "${k}_es" identical to "${k}"`, params: { fix: `write "${k}_es" in Spanish` } });
        }
        for (const k of ['notes', 'caveats'] as const) {
          const esKey = `${k}_es`;
          const en = Array.isArray(m[k]) ? m[k].length : 0;
          if (m[esKey] !== undefined && !Array.isArray(m[esKey])) continue;
          const es = Array.isArray(m[esKey]) ? (m[esKey] as unknown[]).length : 0;
          if (en > 0 && es === 0) ctx.addIssue({ code: 'custom', path: [k], message: `has ${en} ${k} but no Spanish "${esKey}"`, params: { fix: `add "${esKey}:" with the same ${en} items in Spanish, in the same order (Spanish pages show them)` } });
          else if (en !== es) ctx.addIssue({ code: 'custom', path: [esKey], message: `has ${en} ${k} but ${es} Spanish ${esKey}`, params: { fix: `give "${esKey}" one item for each item of "${k}", in the same order` } });
        }
        const names = Array.isArray(m.columns) ? m.columns.map((c) => asText((c as Record<string, unknown> | null)?.name) ?? '') : [];
        for (const field of ['key', 'order', 'order_within'] as const) {
          const list = Array.isArray(m[field]) ? (m[field] as unknown[]) : [];
          list.forEach((k, i) => {
            if (names.length && !names.includes(asText(k) ?? '')) ctx.addIssue({ code: 'custom', path: [field, i], message: `${field === 'order_within' ? 'order_within' : field} column "${asText(k)}" is not one of the columns`, params: { fix: 'use column names from the "columns" list' } });
          });
        }
        const hasTime = Array.isArray(m.columns) && m.columns.some((c) => { const k = (c as Record<string, unknown> | null)?.kind ?? (c as Record<string, unknown> | null)?.type; return k === 'date' || k === 'month' || k === 'day-or-month'; });
        const declared = Array.isArray(m.columns) && m.columns.every((c) => (c as Record<string, unknown> | null)?.kind !== undefined);
        if (hasTime && declared && m.period === undefined) ctx.addIssue({ code: 'custom', path: [], message: 'has dates but no "period"', params: { fix: 'add "period: { start: YYYY-MM, end: YYYY-MM }", the first and last month (or day) the rows cover' } });
        if (hasTime && declared && m.order === undefined) ctx.addIssue({ code: 'custom', path: [], message: 'has dates but no "order"', params: { fix: 'add "order: [date]" naming the column(s) the rows go up by' } });
      },
      { when: () => true },
    ),
  );

export type DatasetMeta = z.infer<typeof datasetSchema>;
export type ColumnMeta = z.infer<typeof columnSchema>;
