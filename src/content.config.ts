import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema, pageSchema } from './lib/schema/article.ts';

/**
 * Articles live in content/articles/<lang>/<slug>.mdx; their id is
 * "<lang>/<slug>". The schema (with a comment for editors on every field) is
 * in src/lib/schema/article.ts.
 */
const articles = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/articles' }),
  schema: articleSchema,
});

/** Site pages such as About: content/pages/<lang>/<name>.mdx, id "<lang>/<name>". */
const pages = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/pages' }),
  schema: pageSchema,
});

export const collections = { articles, pages };
