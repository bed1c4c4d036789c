/**
 * Articles from the content collection, per language, in reading order.
 * Drafts are listed in `astro dev` and left out of production builds.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from './i18n.ts';

export type Article = CollectionEntry<'articles'>;

/** Include drafts only while developing. */
export function isVisible(entry: Pick<Article, 'data'>, dev: boolean): boolean {
  return dev || !entry.data.draft;
}

/** "en/trip-at-a-glance" -> "trip-at-a-glance". */
export function slugOf(entry: Pick<Article, 'id'>): string {
  return entry.id.split('/').slice(1).join('/');
}

/** Site path of an article: "/slug/" in English, "/es/slug/" in Spanish. */
export function articlePath(lang: Lang, slug: string): string {
  return lang === 'en' ? `/${slug}/` : `/${lang}/${slug}/`;
}

export async function getArticles(lang: Lang): Promise<Article[]> {
  const dev = import.meta.env.DEV;
  const entries = await getCollection('articles', (e) => e.id.startsWith(`${lang}/`) && isVisible(e, dev));
  return entries.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
}

/** Words in an MDX body, not counting tags, imports or expressions. */
export function wordCount(body: string): number {
  const text = body
    .replace(/^---[\s\S]*?---/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/[#*_>`[\]()]/g, ' ');
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Minutes to read at 230 words a minute, at least 1. */
export function readingMinutes(body: string): number {
  return Math.max(1, Math.round(wordCount(body) / 230));
}

/** Static paths for the article pages of one language. */
export async function articleRoutes(lang: Lang) {
  const all = await getArticles(lang);
  return all.map((entry) => ({ params: { slug: slugOf(entry) }, props: { entry, all } }));
}
