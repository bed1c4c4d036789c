/**
 * One source, as editors write it in content/sources.yaml or
 * content/sources/<topic>.yaml (a list; each entry starts with "- id:").
 *
 *   - id: wh-fact-sheet-2021-06-07
 *     publisher: The White House
 *     title: "FACT SHEET: U.S.-Guatemala Cooperation"
 *     url: https://...            # the original's address, only when established
 *     via:                        # the copy the desk read, when not the original
 *       name: Daily Planet DC
 *       url: https://...
 *     published: 2021-06-07
 *     accessed: 2026-11-29
 *     note: Plain-words provenance for readers
 *     note_es: La misma nota en español
 *
 * The rules across sources (one id, one address per source) are in
 * `sourceRules`, with their words.
 */
import { z } from 'zod';
import { HTTPS, KEBAB, describe, isoDate, said, text, textInput } from './common.ts';
import { handTypedFigures } from '../content/figures-in-text.ts';

export const SOURCE_LANGS = ['en', 'es'] as const;

const optionalText = (empty: string, fix: string) =>
  z.preprocess(textInput, z.string({ error: empty }).refine((s) => s.trim() !== '', { error: empty })).meta({ fix }).optional();

const https = (what: string, fix: string) =>
  z.preprocess(textInput, z.string({ error: said(`has no ${what}`, (v) => `has ${what} ${describe(v)}, which is not a secure https address`) }).regex(HTTPS, { error: (iss) => `has ${what} ${describe(iss.input)}, which is not a secure https address` })).meta({ fix });

export const sourceCopySchema = z
  .object(
    {
      /** Who hosts the copy, as readers know it ("National Post"). */
      name: text('has a "via" copy without a name', 'add "name: ..." under "via:", the site that carried the copy as readers know it, for example National Post'),
      /** The host's name in Spanish, when it differs ("la Embajada de EE. UU. en Guatemala"). */
      name_es: optionalText('has an empty "name_es" under "via"', 'write the Spanish name, or delete the line'),
      /** The https address of the copy the desk read. */
      url: z
        .preprocess(textInput, z.string({ error: said('has a "via" copy without an address', (v) => `has via url ${describe(v)}, which is not a secure https address`) }).regex(HTTPS, { error: (iss) => `has via url ${describe(iss.input)}, which is not a secure https address` }))
        .meta({ fix: 'use the https:// address of the copy you read', fixMissing: 'add "url: https://..." under "via:", the address of the copy you read' }),
      /** true when the host carries the publisher's wire service by agreement ("Reuters, via National Post"). */
      syndicated: z
        .boolean({ error: (iss) => `has "syndicated: ${String(iss.input)}" under "via"` })
        .meta({ fix: 'write syndicated: true (the site carries the wire service by agreement), or delete the line' })
        .optional(),
    },
    { error: (iss) => `has "via" written as ${describe(iss.input)}, not as a name and an address` },
  )
  .strict()
  .meta({ fix: 'write it on two indented lines under "via:": "name: Site that carried the copy" and "url: https://..."', unknownFix: 'use only {allowed} under "via:"', unknownWhere: ' under "via"' });

export const sourceSchema = z
  .object(
    {
      /** Lower-case words joined by hyphens, unique across all source files: what figures, datasets and <Cite id="…"/> name. */
      id: z
        .preprocess(textInput, z.string({ error: 'has no id' }).regex(KEBAB, { error: 'has an id that is not kebab-case' }))
        .meta({ fix: 'give it an id of lower-case words joined by hyphens, for example "wh-fact-sheet-2021-06-08"' }),
      /** Who published the original, never the site that reprinted it ("The White House"). */
      publisher: text('has no publisher', 'add "publisher: ..." (who published the original, for example The White House, not the site that reprinted it)'),
      /** The publisher's name for Spanish readers (agencies and governments; outlets keep their own name). */
      publisher_es: optionalText('has an empty publisher_es', 'write the Spanish text, or delete the line'),
      /** The source's own title, in its own language. */
      title: text('has no title', 'add "title: ..." (the title of the page or document)'),
      /** Only when `title` is the desk's description of an untitled item: that description in Spanish. */
      title_es: optionalText('has an empty title_es', 'write the Spanish text, or delete the line'),
      /** The ORIGINAL publisher's https address, only when it is established; omit it otherwise (never build it from a pattern). */
      url: https('url', 'use the https:// address of the original page (open it in a browser and copy the address), or delete the line if the original is not established').optional(),
      /** The copy the desk actually read, when it is not the original: its host's name and address. */
      via: sourceCopySchema.optional(),
      /** The day the source was published, YYYY-MM-DD, when known. */
      published: isoDate('has no published date', (v) => `has published date ${describe(v)}, which is not a date written as YYYY-MM-DD`, 'write it as year-month-day, for example 2021-06-08, or delete the line if the date is unknown').optional(),
      /** The day the desk last checked the source, YYYY-MM-DD. */
      accessed: isoDate('has no accessed date', (v) => `has accessed date ${describe(v)}, which is not a date written as YYYY-MM-DD`, 'add "accessed: YYYY-MM-DD", the day you last checked the source'),
      /** Provenance in plain words for readers (English). Needs its Spanish twin, note_es. */
      note: optionalText('has an empty note', 'write the note, or delete the line'),
      /** The same note in Spanish. */
      note_es: optionalText('has an empty note_es', 'write the Spanish note, or delete the line'),
      /** The language the source is written in: "en" (the default) or "es". */
      lang: z
        .enum(SOURCE_LANGS, { error: (iss) => `has lang ${describe(iss.input)}` })
        .meta({ fix: `use one of: ${SOURCE_LANGS.join(', ')} (the language the source is written in; leave it out for English)` })
        .optional(),
    },
    { error: 'is not a source with fields' },
  )
  .strict()
  .meta({ fix: 'start the source with "- id: ..." and give each field on its own line, indented under it' })
  .check(
    z.superRefine(
      (raw, ctx) => {
        const r = raw as Record<string, unknown>;
        const url = textInput(r.url);
        const via = r.via && typeof r.via === 'object' ? (r.via as Record<string, unknown>) : undefined;
        if (r.url === undefined && r.via === undefined) ctx.addIssue({ code: 'custom', path: ['id'], message: 'has neither url nor via', params: { fix: 'add "url: https://..." with the original publisher\'s address, or, when only a copy was read, "via:" with the copy\'s name and url' } });
        if (via && typeof url === 'string' && textInput(via.url) === url) ctx.addIssue({ code: 'custom', path: ['via', 'url'], message: 'has the same address as url and as via url', params: { fix: 'when the desk read the original itself, delete the "via:" lines' } });
        const note = typeof textInput(r.note) === 'string' ? String(textInput(r.note)).trim() : '';
        const noteEs = typeof textInput(r.note_es) === 'string' ? String(textInput(r.note_es)).trim() : '';
        if (note && r.note_es === undefined) ctx.addIssue({ code: 'custom', path: ['note'], message: 'has a note but no Spanish note (note_es)', params: { fix: 'add "note_es: ..." with the same provenance in Spanish, for readers of the Spanish edition' } });
        if (noteEs && r.note === undefined) ctx.addIssue({ code: 'custom', path: ['note_es'], message: 'has a Spanish note (note_es) but no English note', params: { fix: 'add "note: ..." with the same provenance in English' } });
        for (const [k, t] of [['note', note], ['note_es', noteEs]] as const) {
          for (const f of handTypedFigures(t)) ctx.addIssue({ code: 'custom', path: [k], message: `has the figure "${f.text}" typed into its ${k}`, params: { fix: 'say it in words ("a slightly different count"), or leave it to the figures and datasets that cite this source' } });
        }
      },
      { when: () => true },
    ),
  );

/** A list of sources: the whole of one sources file. */
export const sourceFileSchema = z.array(z.unknown(), { error: 'must be a list of sources' }).meta({ fix: 'start each source with "- id: ..."' });

export type SourceEntry = z.infer<typeof sourceSchema>;

/** Rules across all source files, with their words. */
export const sourceRules = {
  duplicateId: (id: string, first: string) => ({ message: `source id "${id}" is used twice: it is already the id of the source at ${first}`, fix: 'give each source its own id' }),
  sameAddress: (what: string, owner: string) => ({ message: `has ${what}`, fix: `use the id "${owner}" wherever this source is cited and delete this entry` }),
  missingFile: { message: 'is missing', fix: 'create content/sources.yaml with a list of sources (see docs/editing.md)' },
  /** How the sources are named when an id is not found. */
  where: 'the sources (content/sources.yaml or content/sources/*.yaml)',
  unknown: (id: string) => ({ message: `which is not in the sources (content/sources.yaml or content/sources/*.yaml)`, fix: `add a source with "id: ${id}" to content/sources.yaml (or a file in content/sources/), or correct the id` }),
};
