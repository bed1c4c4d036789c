/** The items of a language's RSS feed: every published article, newest first. */
import { getArticles, slugOf, articlePath } from './articles.ts';
import { href } from './links.ts';
import type { Lang } from './i18n.ts';

export async function feedItems(lang: Lang) {
  const articles = await getArticles(lang);
  return articles
    .map((a) => ({
      title: a.data.title,
      description: a.data.dek,
      pubDate: new Date(`${a.data.updated ?? a.data.published}T00:00:00Z`),
      link: href(articlePath(lang, slugOf(a))),
      author: a.data.authors.join(', '),
      categories: a.data.tags,
    }))
    .sort((x, y) => y.pubDate.getTime() - x.pubDate.getTime());
}
