/**
 * Articles in the two languages share a slug: content/articles/en/x.mdx and
 * content/articles/es/x.mdx are translations of each other.
 */
import { getArticles, slugOf, articlePath, type Article } from './articles.ts';
import type { Lang } from './i18n.ts';

export async function alternateOf(entry: Article): Promise<{ lang: Lang; path: string } | undefined> {
  const lang = entry.data.language;
  const other: Lang = lang === 'en' ? 'es' : 'en';
  const slug = slugOf(entry);
  const match = (await getArticles(other)).find((a) => slugOf(a) === slug);
  return match ? { lang: other, path: articlePath(other, slug) } : undefined;
}
