/**
 * content/home.yaml: the front page's words, one section per language ("en",
 * "es"). Figures come only through key_figures, which name figures from
 * content/figures.yaml; the rest of the page is words.
 *
 *   en:
 *     kicker: Explainer
 *     headline: Harris in Guatemala and Mexico ...
 *     dek: In June 2021 the vice president ...
 *     need_to_know:
 *       - In March 2021 President Biden ...
 *     key_figures:
 *       - id: aid-310m
 *         caption: in extra humanitarian and food aid ...
 */
import { z } from 'zod';
import { said, text, textInput } from './common.ts';
import { handTypedFigures } from '../content/figures-in-text.ts';

const noFigures = (what: string, fix: string) =>
  z.superRefine((v: unknown, ctx) => {
    if (typeof v !== 'string') return;
    for (const f of handTypedFigures(v)) ctx.addIssue({ code: 'custom', message: `has the figure "${f.text}" typed into ${what}`, params: { fix } });
  });

export const keyFigureSchema = z
  .object(
    {
      /** A figure id from content/figures.yaml (or content/figures/*.yaml): the number printed large. */
      id: z.preprocess(textInput, z.string({ error: 'has no figure id' })).meta({ fix: 'add "id: ..." with the id of a figure from content/figures.yaml' }),
      /** What the number is, in words, printed under it. No numbers of its own. */
      caption: text('has no caption', 'add "caption: ..." saying what the number is').check(noFigures('its caption', 'keep numbers out of captions: the key figure prints the number itself')),
    },
    { error: 'is not written as an id and a caption' },
  )
  .strict()
  .meta({ fix: 'write "- id: ..." and, under it, "caption: ..."', unknownFix: 'use only id and caption' });

export const homeSectionSchema = z
  .object(
    {
      /** The small word above the headline ("Explainer"). */
      kicker: text('has no "kicker"', 'add "kicker: ..." (the small word above the headline, for example Explainer)'),
      /** The front page's headline. */
      headline: text('has no "headline"', 'add "headline: ..." (the front page\'s headline)'),
      /** One or two sentences under the headline. */
      dek: text('has no "dek"', 'add "dek: ..." (one or two sentences under the headline)'),
      /** Three to six short sentences: what a reader needs to know. Figures are left to key_figures. */
      need_to_know: z
        .array(text('is empty', 'write a sentence or delete the item').check(noFigures('it', 'leave figures to key_figures, which read them from content/figures.yaml')), { error: 'has no "need_to_know" list' })
        .min(1, { error: 'has no "need_to_know" list' })
        .meta({ fix: 'add a list of three to six short sentences' }),
      /** The numbers printed large, each a figure id with a caption. */
      key_figures: z.array(keyFigureSchema, { error: '"key_figures" is not a list' }).meta({ fix: 'write a list of { id, caption } entries' }).optional(),
    },
    { error: said('is missing', () => 'is not a section with kicker, headline, dek and need_to_know') },
  )
  .strict()
  .meta({ fix: 'write kicker, headline, dek, need_to_know and key_figures, each indented under the language', unknownFix: 'use only {allowed}' });

export const homeSchema = z
  .object(
    {
      /** The English front page. */
      en: homeSectionSchema.meta({ fix: 'write kicker, headline, dek, need_to_know and key_figures on indented lines under "en:"', fixMissing: 'add an "en:" section with kicker, headline, dek, need_to_know and key_figures' }),
      /** The Spanish front page. */
      es: homeSectionSchema.optional(),
    },
    { error: 'must have an "en" section and an "es" section' },
  )
  .strict()
  .meta({ fix: 'start the file with "en:" and, further down, "es:"', unknownFix: 'use only en and es at the top of the file' });

export type HomeData = z.infer<typeof homeSchema>;
