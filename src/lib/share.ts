/**
 * What a page tells search engines and link previews about itself: the
 * JSON-LD for an article (NewsArticle + BreadcrumbList) and for a front page
 * (WebSite), with absolute URLs built from SITE and BASE.
 */
import type { Article } from './articles.ts';
import { articlePath, slugOf } from './articles.ts';
import { cardFor, CARD_HEIGHT, CARD_WIDTH } from './cards/index.ts';
import { LOGO_PATH, LOGO_SIZE } from './cards/logo.ts';
import { t, type Lang } from './i18n.ts';
import { href, localePath } from './links.ts';
import { breadcrumbLd, newsArticleLd, webSiteLd, type JsonLd, type Publisher } from './structured-data.ts';

const abs = (path: string, site: URL) => new URL(href(path), site).href;

function publisher(lang: Lang, site: URL): Publisher {
  return { name: t(lang, 'site.name'), url: abs(localePath(lang, '/'), site), logo: abs(LOGO_PATH, site), logoSize: LOGO_SIZE };
}

export async function articleJsonLd(entry: Article, lang: Lang, site: URL): Promise<JsonLd[]> {
  const slug = slugOf(entry);
  const url = abs(articlePath(lang, slug), site);
  const card = await cardFor(lang, articlePath(lang, slug));
  const d = entry.data;
  return [
    newsArticleLd({
      url,
      headline: d.title,
      description: d.dek,
      published: d.published,
      updated: d.updated,
      authors: d.authors,
      aboutUrl: abs(localePath(lang, '/about/'), site),
      lang,
      image: { url: abs(card.imagePath, site), width: CARD_WIDTH, height: CARD_HEIGHT, alt: card.alt },
      publisher: publisher(lang, site),
    }),
    breadcrumbLd([
      { name: t(lang, 'site.name'), url: abs(localePath(lang, '/'), site) },
      { name: d.short_title ?? d.title, url },
    ]),
  ];
}

export function homeJsonLd(lang: Lang, site: URL): JsonLd[] {
  return [webSiteLd({ name: t(lang, 'site.name'), url: abs(localePath(lang, '/'), site), description: t(lang, 'site.description'), lang, publisher: publisher(lang, site) })];
}
