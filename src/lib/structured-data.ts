/**
 * Structured data (schema.org JSON-LD) for search engines: NewsArticle and
 * BreadcrumbList on articles, WebSite on the front pages. Pure functions of
 * absolute URLs and frontmatter; the page head prints them as data blocks.
 */

export type JsonLd = Record<string, unknown>;

export interface Publisher {
  name: string;
  /** Absolute URL of the front page. */
  url: string;
  /** Absolute URL of a square PNG logo. */
  logo: string;
  logoSize: number;
}

/** Bylines that name a desk rather than a person are organizations in schema.org. */
const DESK = /\b(desk|staff|team|newsroom|equipo|redacci[oó]n|mesa)\b/i;

export function authorLd(name: string, aboutUrl: string): JsonLd {
  return DESK.test(name) ? { '@type': 'Organization', name, url: aboutUrl } : { '@type': 'Person', name };
}

export function publisherLd(p: Publisher): JsonLd {
  return {
    '@type': 'Organization',
    name: p.name,
    url: p.url,
    logo: { '@type': 'ImageObject', url: p.logo, width: p.logoSize, height: p.logoSize },
  };
}

export interface ArticleLdInput {
  url: string;
  headline: string;
  description: string;
  /** YYYY-MM-DD */
  published: string;
  /** YYYY-MM-DD, when the piece was updated */
  updated?: string | undefined;
  authors: string[];
  aboutUrl: string;
  lang: 'en' | 'es';
  image: { url: string; width: number; height: number; alt: string };
  publisher: Publisher;
  keywords?: string[] | undefined;
}

/** Google shows at most 110 characters of an article headline. */
export const HEADLINE_MAX = 110;

export function newsArticleLd(a: ArticleLdInput): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.headline.length > HEADLINE_MAX ? `${a.headline.slice(0, HEADLINE_MAX - 1).trimEnd()}…` : a.headline,
    description: a.description,
    datePublished: a.published,
    dateModified: a.updated ?? a.published,
    author: a.authors.map((n) => authorLd(n, a.aboutUrl)),
    publisher: publisherLd(a.publisher),
    image: [{ '@type': 'ImageObject', url: a.image.url, width: a.image.width, height: a.image.height, caption: a.image.alt }],
    inLanguage: a.lang === 'es' ? 'es-419' : 'en-US',
    isAccessibleForFree: true,
    mainEntityOfPage: { '@type': 'WebPage', '@id': a.url },
    url: a.url,
    ...(a.keywords?.length ? { keywords: a.keywords.join(', ') } : {}),
  };
}

/** Home > piece, as absolute URLs. */
export function breadcrumbLd(items: { name: string; url: string }[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((it, i) => ({ '@type': 'ListItem', position: i + 1, name: it.name, item: it.url })),
  };
}

export function webSiteLd(w: { name: string; url: string; description: string; lang: 'en' | 'es'; publisher: Publisher }): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: w.name,
    url: w.url,
    description: w.description,
    inLanguage: w.lang === 'es' ? 'es-419' : 'en-US',
    publisher: publisherLd(w.publisher),
  };
}

/**
 * JSON for a <script type="application/ld+json"> block: "<" is escaped so no
 * text in the data can close the script element early.
 */
export function jsonLdText(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
