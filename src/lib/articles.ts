/**
 * Articles and site pages from the content collections, per language, in
 * reading order. Drafts are listed in `astro dev` and left out of builds.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from './i18n.ts';
import { localePath } from './links.ts';
import { countWords } from './content/articles.ts';

export type Article = CollectionEntry<'articles'>;
export type SitePage = CollectionEntry<'pages'>;

/** Include drafts only while developing. */
export function isVisible(entry: Pick<Article, 'data'>, dev: boolean): boolean {
  return dev || !entry.data.draft;
}

/** "en/trip-at-a-glance" -> "trip-at-a-glance". */
export function slugOf(entry: Pick<Article | SitePage, 'id'>): string {
  return entry.id.split('/').slice(1).join('/');
}

/** Site path of an article: "/slug/" in English, "/es/slug/" in Spanish. */
export function articlePath(lang: Lang, slug: string): string {
  return localePath(lang, `/${slug}/`);
}

export async function getArticles(lang: Lang): Promise<Article[]> {
  const dev = import.meta.env.DEV;
  const entries = await getCollection('articles', (e) => e.id.startsWith(`${lang}/`) && isVisible(e, dev));
  return entries.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
}

/** Minutes to read at 230 words a minute, at least 1. */
export function readingMinutes(body: string): number {
  return Math.max(1, Math.round(countWords(body) / 230));
}

export async function getSitePages(lang: Lang): Promise<SitePage[]> {
  return getCollection('pages', (e) => e.id.startsWith(`${lang}/`));
}

/** Static paths of one language: its articles and its site pages (About and any other in content/pages). */
export async function contentRoutes(lang: Lang) {
  const all = await getArticles(lang);
  const pages = await getSitePages(lang);
  return [
    ...all.map((entry) => ({ params: { slug: slugOf(entry) }, props: { entry, all, page: undefined } })),
    ...pages.map((page) => ({ params: { slug: slugOf(page) }, props: { entry: undefined, all, page } })),
  ];
}
