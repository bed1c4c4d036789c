/**
 * A dataset's revision history: the `revisions:` list at the end of
 * content/data/<id>.yaml. `npm run data:update -- <id> <file> --write` adds an
 * entry each time a new official file is brought in; editors may also write
 * one by hand. Newest last.
 *
 *   revisions:
 *     - date: 2026-12-01              # the day the new file was brought in
 *       source: ohss-khsm-usbp-encounters   # a source id: the file that was read
 *       summary: "One month added (October 2024); May 2021 revised."
 *       summary_es: "Se añadió un mes (octubre de 2024); se revisó mayo de 2021."
 *       changes:
 *         - { change: added, key: "2024-10" }
 *         - { change: changed, key: "2021-05", column: encounters, old: 172010, new: 172660 }
 *         - { change: removed, key: "1999-10" }
 */
import { z } from 'zod';

const cell = z.union([z.number(), z.string(), z.boolean(), z.null()]);

export const revisionChangeSchema = z
  .object({
    /** What happened to the row: added, removed, or one value changed. */
    change: z.enum(['added', 'removed', 'changed'], { error: 'must be "added", "removed" or "changed"' }),
    /** The row's key, as in the CSV; several key columns are joined with ", ". */
    key: z.string({ error: 'is required: the key of the row, as in the CSV' }).min(1),
    /** For a changed value: the column, and the values before and after. */
    column: z.string().optional(),
    old: cell.optional(),
    new: cell.optional(),
  })
  .strict()
  .refine((c) => c.change !== 'changed' || (c.column !== undefined && c.old !== undefined && c.new !== undefined), {
    message: 'a changed value needs "column", "old" and "new"',
  });

export const revisionSchema = z
  .object({
    /** The day the new file was brought in, as YYYY-MM-DD. */
    date: z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written as YYYY-MM-DD')),
    /** The source id (content/sources.yaml) of the file that was read. */
    source: z.string({ error: 'is required: the id of the source the new file came from' }),
    /** What changed, in words, for readers (English and Spanish). */
    summary: z.string({ error: 'is required: what changed, in words' }).min(1),
    summary_es: z.string({ error: 'is required: what changed, in Spanish' }).min(1),
    /** Row by row: added, removed, and values changed from old to new. */
    changes: z.array(revisionChangeSchema).default([]),
  })
  .strict();

export const revisionsSchema = z.array(revisionSchema);
export type Revision = z.infer<typeof revisionSchema>;
export type RevisionChange = z.infer<typeof revisionChangeSchema>;
