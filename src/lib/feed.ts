/** A language's RSS feed: every published article, newest first. */
import rss from '@astrojs/rss';
import { getArticles, slugOf, articlePath } from './articles.ts';
import { href, localePath } from './links.ts';
import { getModel, datasetTitle } from './data.ts';
import { INTL_LOCALE, t, tf, type Lang } from './i18n.ts';

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

/** A language's feed of dataset revisions: one item per revision, newest first, linked to the dataset page's history. */
export async function revisionFeedResponse(lang: Lang, site: URL | undefined): Promise<Response> {
  const items = [...getModel().datasets.values()]
    .flatMap((ds) =>
      ds.revisions.map((r) => ({
        title: tf(lang, 'data.feedItem', { title: datasetTitle(ds, lang) }),
        description: lang === 'es' ? r.summary_es : r.summary,
        pubDate: new Date(`${r.date}T00:00:00Z`),
        link: href(localePath(lang, `/data/${ds.id}/#revision-${r.date}`)),
        categories: [ds.id],
      })),
    )
    .sort((x, y) => y.pubDate.getTime() - x.pubDate.getTime());
  return rss({
    title: t(lang, 'data.feedTitle'),
    description: t(lang, 'data.feedDescription'),
    // The channel links to the data index; the items' links are site paths, resolved from the site's root.
    site: new URL(href(localePath(lang, '/data/')), site).href,
    items,
    // The links carry a fragment, after which nothing may be added.
    trailingSlash: false,
    customData: `<language>${INTL_LOCALE[lang].toLowerCase()}</language>`,
  });
}
