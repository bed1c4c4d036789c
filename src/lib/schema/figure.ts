/**
 * A named figure: one number printed in text with <Num id="…"/>, in the
 * front page's key figures, on share cards and in [[figure-id]] tokens.
 * Written in content/figures.yaml or content/figures/<topic>.yaml.
 *
 * Either it carries its own value and source:
 *
 *   - id: aid-310m
 *     label: Aid announced in April 2021
 *     label_es: Ayuda anunciada en abril de 2021
 *     value: 310000000
 *     kind: money
 *     source: wh-urgent-relief-2021-04-26
 *
 * or it points at one cell of a dataset (the value, source and date come from the row):
 *
 *   - id: hhs-peak-2021
 *     ...
 *     dataset: hhs-children-in-care-2021
 *     row: { date: 2021-04-29 }
 *     column: children_in_hhs_care
 *     kind: count
 */
import { z } from 'zod';
import { KEBAB, asText, dayOrMonth, describe, text, textInput } from './common.ts';
import { kindRule } from '../content/values.ts';

export const FIGURE_KINDS = ['money', 'count', 'percent', 'share'] as const;

const optionalText = (empty: string, fix: string) => z.preprocess(textInput, z.string({ error: empty })).meta({ fix }).optional();

export const figureSchema = z
  .object(
    {
      /** Lower-case words joined by hyphens, unique across all figure files: what <Num id="…"/> names. */
      id: z
        .preprocess(textInput, z.string({ error: 'has no id' }).regex(KEBAB, { error: 'has an id that is not kebab-case' }))
        .meta({ fix: 'give it an id of lower-case words joined by hyphens, for example "aid-310m"' }),
      /** What the number is, in a few words; readers see it when they point at the number. */
      label: text('has no label', 'add "label: ..." saying in a few words what the number is'),
      /** The label in Spanish. */
      label_es: z.unknown().optional(),
      /** The number itself, digits only (310000000, 0.38). Leave it out when the figure points at a dataset. */
      value: z
        .custom<number>(() => true)
        .superRefine((value, ctx) => {
          const v: unknown = value;
          if (typeof v === 'number' && Number.isFinite(v)) return;
          // A number in quotes is text to YAML: say so, rather than "not a plain number".
          if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim())) ctx.addIssue({ code: 'custom', message: `has value ${describe(v)} in quotes, which makes it text, not a number`, params: { fix: `remove the quotes: write value: ${v.trim()}` } });
          else if (v === null) ctx.addIssue({ code: 'custom', message: 'has an empty value' });
          else ctx.addIssue({ code: 'custom', message: `has value ${describe(v)}, which is not a plain number` });
        })
        .meta({ fix: 'write the number with digits only, no commas, units or signs, for example value: 310000000; or point at a dataset row with dataset, row and column' })
        .optional(),
      /** How it prints: money ($310 million), count (16,264), percent (38 means 38%) or share (0.38 prints 38%). */
      kind: z.enum(FIGURE_KINDS, { error: (iss) => `has kind ${describe(iss.input)}` }).meta({ fix: `use one of: ${FIGURE_KINDS.join(', ')}` }),
      /** compact ("1.5 million", the default for large numbers) or full ("1,500,000"). */
      style: z.enum(['compact', 'full'], { error: (iss) => `has style ${describe(iss.input)}` }).meta({ fix: 'use compact ("1.5 million") or full ("1,500,000"), or leave it out' }).optional(),
      /** The source id (content/sources.yaml or content/sources/*.yaml) of a figure with its own value. */
      source: z.preprocess(textInput, z.string({ error: 'has no source' })).meta({ fix: 'add "source: <id>" with an id from content/sources.yaml' }).optional(),
      /** The day or month the number refers to, YYYY-MM-DD or YYYY-MM (from the row when the figure points at a dataset). */
      as_of: dayOrMonth('has no as_of', (v) => `has as_of ${describe(v)}, which is not a date`, 'write YYYY-MM-DD (or YYYY-MM)').optional(),
      /** A note for readers, with its Spanish twin note_es. */
      note: optionalText('has an empty note', 'write the note, or delete the line'),
      note_es: optionalText('has an empty note_es', 'write the Spanish note, or delete the line'),
      /** The dataset (file name in content/data, without .csv) the value is read from. */
      dataset: z.preprocess(textInput, z.string({ error: (iss) => `has dataset ${describe(iss.input)}` })).meta({ fix: 'use the name of a file in content/data (without .csv)' }).optional(),
      /** The row, named by its key: { date: 2021-04-29 }. */
      row: z.record(z.string(), z.unknown(), { error: 'has a "row" that is not written as { column: value }' }).meta({ fix: 'write row: { date: 2021-04-29 }, naming the row by its key' }).optional(),
      /** The column of the row holding the number. */
      column: z.preprocess(textInput, z.string({ error: (iss) => `names column ${describe(iss.input)}` })).meta({ fix: 'name the numeric column the value is in' }).optional(),
    },
    { error: 'is not a figure with fields' },
  )
  .strict()
  .meta({ fix: 'start the figure with "- id: ..." and give each field on its own line, indented under it' })
  .check(
    z.superRefine(
      (raw, ctx) => {
        const r = raw as Record<string, unknown>;
        const add = (path: string[], message: string, fix: string, severity?: 'warning') => ctx.addIssue({ code: 'custom', path, message, params: { fix, severity } });
        const label = asText(r.label)?.trim();
        const labelEs = asText(r.label_es)?.trim();
        if (label && !labelEs) add(['label_es' in r ? 'label_es' : 'label'], 'has no Spanish label_es', 'add "label_es: ..." under "label", saying the same in Spanish (readers of the Spanish pages see it when they point at the number)');
        else if (label && labelEs === label) add(['label_es'], 'has a label_es identical to its label', 'write label_es in Spanish');
        const note = asText(r.note)?.trim();
        const noteEs = asText(r.note_es)?.trim();
        if (note && noteEs === note) add(['note_es'], 'has a note_es identical to its note', 'write note_es in Spanish');
        if (note && !noteEs) add(['note_es' in r ? 'note_es' : 'note'], 'has a note but no Spanish note_es', 'add "note_es: ..." under "note", with the same note in Spanish');
        if (!note && noteEs) add(['note_es'], 'has a Spanish note_es but no English note', 'add "note: ..." with the same note in English, or delete note_es');
        if (r.dataset !== undefined) {
          if ('value' in r) add(['value'], 'has both "dataset" and "value"', 'keep only one: a figure either points at a dataset row or carries its own value');
        } else {
          if (r.value === undefined) add([], 'has no value', 'write "value: ..." with digits only, for example value: 310000000; or point at a dataset row with dataset, row and column');
          if (r.source === undefined) add(['source'], 'has no source', 'add "source: <id>" with an id from content/sources.yaml');
        }
        if (typeof r.value === 'number' && typeof r.kind === 'string') {
          const rule = kindRule(r.value, r.kind);
          if (rule?.error) add(['value'], `has value ${r.value}, which ${rule.error.message}`, rule.error.fix);
          if (rule?.warning) add(['value'], `has value ${r.value}, which ${rule.warning.message}`, rule.warning.fix, 'warning');
        }
      },
      { when: () => true },
    ),
  );

/** A list of figures: the whole of one figures file. */
export const figureFileSchema = z.array(z.unknown(), { error: 'must be a list of figures' }).meta({ fix: 'start each figure with "- id: ..."' });
