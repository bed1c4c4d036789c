/**
 * The frontmatter of an article, as editors write it at the top of each
 * `content/articles/<lang>/<slug>.mdx` file. Astro's content collection and
 * the content check (`npm run check:content`) both validate with this schema,
 * so an editor sees the same rules everywhere.
 */
import { z } from 'zod';
import { t } from '../i18n.ts';

/** Browser tabs and search results show about 70 characters: "<title> · <site name>". */
export const TAB_TITLE_MAX = 70;
export function tabTitleRoom(lang: 'en' | 'es'): number {
  return TAB_TITLE_MAX - ` · ${t(lang, 'site.name')}`.length;
}

/*
 * Every message is "what is wrong: what to write". The content check prints the part before the colon as the
 * problem and the part after it as the fix, so a fix never repeats the problem.
 */
const isoDate = z
  .string({ error: 'is not a date written as YYYY-MM-DD: write it like 2021-06-06' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'is not a date written as YYYY-MM-DD: write it like 2021-06-06', abort: true })
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    message: 'is not a real calendar date: check the month and the day',
  });

/** Dates may be written with or without quotes; YAML turns bare dates into Date objects. */
const dateField = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  isoDate,
);

export const articleSchema = z
  .object({
    /** The headline. Plain text, 10 to 110 characters. Shown as the page's <h1> and in the browser tab. */
    title: z.string({ error: 'is required: the headline of the article' }).min(10, 'is too short: write at least 10 characters').max(110, 'is too long: keep it under 110 characters'),
    /** A shorter headline for the browser tab and search results. Required when the title is too long for them (the check says when). */
    short_title: z.string().min(10, 'is too short: write at least 10 characters').optional(),
    /** The dek: one or two sentences under the headline, 40 to 240 characters. Also used as the page description for search engines and social cards. */
    dek: z.string({ error: 'is required: one or two sentences under the headline' }).min(40, 'is too short: write at least 40 characters').max(240, 'is too long: keep it under 240 characters'),
    /** The language of the article: "en" or "es". Must match the folder it is in. */
    language: z.enum(['en', 'es'], { error: 'is not a language of the site: write en or es, the same as the folder (content/articles/en or content/articles/es)' }),
    /** Date first published, as YYYY-MM-DD. */
    published: dateField,
    /** Date of the last substantial update, as YYYY-MM-DD. Leave out if never updated. Must not be before `published`. */
    updated: dateField.optional(),
    /** Names of the authors, as a list: ["Ana Pérez", "Sam Lee"]. At least one. */
    authors: z.array(z.string({ error: 'is not a name: write the author’s name' }).min(2, 'is too short for a name: write the author’s name'), { error: 'is not a list of names: write it like [Desk staff]' }).min(1, 'is empty: add at least one name, like [Desk staff]'),
    /** Topic tags, lower-case words: ["aid", "vaccines"]. */
    tags: z.array(z.string({ error: 'is not a word: write lower-case words like border-data' }).regex(/^[a-z0-9-]+$/, 'has capitals, spaces or other signs: write lower-case letters, digits and hyphens, like border-data'), { error: 'is not a list: write it like [aid, vaccines]' }).default([]),
    /** "main" for the overview explainer that leads the home page, "focus" for a piece on one topic. */
    kind: z.enum(['main', 'focus'], { error: 'is neither main nor focus: write main (the overview explainer) or focus (a piece on one topic)' }),
    /** Position in the list of pieces: 1 comes first. Whole number. */
    order: z.number({ error: 'is not a whole number: write 1, 2, 3 …' }).int('is not a whole number: write 1, 2, 3 …').min(1, 'is less than 1: write 1 or more'),
    /**
     * Optional lead visual: what the piece shows first. Either a picture, `{ src, alt }` (`src` is a file in
     * public/, starting with "/"; `alt` says what it shows for readers who cannot see it; `credit` is optional),
     * shown under the dek, beside the piece on the front page and on its share card; or one of the piece's own
     * charts, `{ chart: SheltersChart }` (a chart tag the text places, one that has a thumbnail), which the front
     * page then draws beside the piece instead of its first chart.
     */
    hero: z
      .object({
        src: z.string().regex(/^\/[^\s]+\.(?:avif|webp|png|jpe?g|svg)$/i, 'is not the path of a picture in public/: write it from public/, starting with "/", like /images/guatemala.webp').optional(),
        alt: z.string().min(5, 'is too short: describe the picture in a few words').optional(),
        credit: z.string().optional(),
        chart: z.string().regex(/^[A-Z][A-Za-z0-9]*$/, 'is not the name of a chart tag: write it as the text places it, like EncountersChart').optional(),
      })
      .strict()
      .superRefine((h, ctx) => {
        if (h.chart !== undefined) {
          for (const k of ['src', 'alt', 'credit'] as const) {
            if (h[k] !== undefined) ctx.addIssue({ code: 'custom', path: [k], message: 'cannot go with a chart: keep either chart, or src and alt' });
          }
        } else if (h.src === undefined) {
          ctx.addIssue({ code: 'custom', path: ['src'], message: 'is required: write src (a picture in public/) with alt, or chart (a chart tag in the text)' });
        } else if (h.alt === undefined) {
          ctx.addIssue({ code: 'custom', path: ['alt'], message: 'is required: describe the picture for readers who cannot see it' });
        }
      })
      .optional(),
    /** Corrections, newest last: each a date (YYYY-MM-DD) and a sentence saying what was wrong and what is right. */
    corrections: z.array(z.object({ date: dateField, text: z.string({ error: 'is missing: say what was wrong and what is right' }).min(10, 'is too short: say what was wrong and what is right') }).strict(), { error: 'is not a list: write each correction as "- date: …" and "text: …" on the lines below' }).default([]),
    /** true keeps the article out of the published site (it still shows in `npm run dev`). */
    draft: z.boolean({ error: 'is not true or false: write true or false' }).default(false),
  })
  .strict()
  .superRefine((data, ctx) => {
    const room = tabTitleRoom(data.language);
    if (data.short_title && data.short_title.length > room) {
      ctx.addIssue({ code: 'custom', path: ['short_title'], message: `is too long for the browser tab (it has ${data.short_title.length} characters): keep it to ${room} or fewer` });
    } else if (!data.short_title && data.title.length > room) {
      ctx.addIssue({ code: 'custom', path: ['title'], message: `is too long for the browser tab and search results (${data.title.length} characters): add a short_title of at most ${room} characters` });
    }
    if (data.updated && data.updated < data.published) {
      ctx.addIssue({ code: 'custom', path: ['updated'], message: 'is before the published date: write the same day or a later one' });
    }
  });

export type ArticleData = z.infer<typeof articleSchema>;

/**
 * The frontmatter of a site page such as "About", written in
 * `content/pages/<lang>/<name>.mdx`.
 */
export const pageSchema = z
  .object({
    /** The page's heading and browser-tab title, 5 to 56 characters. */
    title: z.string({ error: 'is required: the heading of the page' }).min(5, 'is too short: write at least 5 characters').max(56, 'is too long for the browser tab: keep it to 56 characters or fewer'),
    /** One or two sentences for search engines and social cards, 40 to 240 characters. */
    description: z.string({ error: 'is required: one or two sentences saying what the page is' }).min(40, 'is too short: write at least 40 characters').max(240, 'is too long: keep it under 240 characters'),
    /** "en" or "es", matching the folder. */
    language: z.enum(['en', 'es'], { error: 'is not a language of the site: write en or es, the same as the folder (content/pages/en or content/pages/es)' }),
  })
  .strict();

export type PageData = z.infer<typeof pageSchema>;
