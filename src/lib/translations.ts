/**
 * Articles and pages in the two languages share a file name:
 * content/articles/en/x.mdx and content/articles/es/x.mdx are translations
 * of each other (and likewise in content/pages).
 */
import { getArticles, getSitePages, slugOf, articlePath, type Article, type SitePage } from './articles.ts';
import type { Lang } from './i18n.ts';
import { localePath } from './links.ts';

type Alternate = { lang: Lang; path: string } | undefined;
const otherLang = (lang: Lang): Lang => (lang === 'en' ? 'es' : 'en');

export async function alternateOf(entry: Article): Promise<Alternate> {
  const other = otherLang(entry.data.language);
  const slug = slugOf(entry);
  const match = (await getArticles(other)).find((a) => slugOf(a) === slug);
  return match ? { lang: other, path: articlePath(other, slug) } : undefined;
}

export async function alternatePageOf(page: SitePage): Promise<Alternate> {
  const other = otherLang(page.data.language);
  const slug = slugOf(page);
  const match = (await getSitePages(other)).find((p) => slugOf(p) === slug);
  return match ? { lang: other, path: articlePath(other, slug) } : undefined;
}

/** The other language's version of a fixed page (home, sources), when that language has any articles. */
export async function alternateOfFixed(lang: Lang, path: string): Promise<Alternate> {
  const other = otherLang(lang);
  return (await getArticles(other)).length > 0 ? { lang: other, path: localePath(other, path) } : undefined;
}
