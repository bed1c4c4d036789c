/** A language's RSS feed: every published article, newest first. */
import rss from '@astrojs/rss';
import { getArticles, slugOf, articlePath } from './articles.ts';
import { href } from './links.ts';
import { INTL_LOCALE, t, type Lang } from './i18n.ts';

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

/** The feed document for a language, for a build whose site origin is `site`. */
export async function feedResponse(lang: Lang, site: URL | undefined): Promise<Response> {
  return rss({
    title: t(lang, 'site.name'),
    description: t(lang, 'site.description'),
    site: new URL(import.meta.env.BASE_URL, site).href,
    items: await feedItems(lang),
    customData: `<language>${INTL_LOCALE[lang].toLowerCase()}</language>`,
  });
}
