/**
 * Which share card each page gets: the list the card endpoints build
 * (src/pages/cards/, src/pages/es/cards/) and the lookup the page head uses
 * for og:image. The front page shows its first key figure; a piece shows the
 * figure content/cards.yaml names for it, or its dek.
 */
import { getArticles, getSitePages, slugOf, articlePath } from '../articles.ts';
import { findFigure, getCardFigures, getHome } from '../data.ts';
import { formatFigure } from '../format.ts';
import { t, type Lang } from '../i18n.ts';
import { localePath } from '../links.ts';
import { heroCardPicture, heroOf } from '../hero.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardPng, drawCards, type CardSpec } from './render.ts';

export { CARD_WIDTH, CARD_HEIGHT };

export interface CardEntry {
  lang: Lang;
  /** File name of the image, without .png: "index" (front page), "sources", or the piece's file name. */
  key: string;
  /** Site path of the page the card stands for (without the base). */
  pagePath: string;
  /** Site path of the PNG (without the base). */
  imagePath: string;
  spec: CardSpec;
  /** Text alternative for og:image:alt and twitter:image:alt. */
  alt: string;
}

function figureOf(id: string, caption: string, lang: Lang): CardSpec['figure'] {
  const f = findFigure(id);
  if (!f) throw new Error(`The share card uses the figure "${id}", which is not in content/figures.yaml.`);
  return { text: formatFigure(f.value, f.kind, lang, f.style), caption };
}

function entry(lang: Lang, key: string, pagePath: string, spec: CardSpec): CardEntry {
  const alt = spec.figure ? `${spec.headline} (${spec.siteName}): ${spec.figure.text} ${spec.figure.caption}` : `${spec.headline} (${spec.siteName})`;
  return { lang, key, pagePath, imagePath: localePath(lang, `/cards/${key}.png`), spec, alt };
}

const memo = new Map<Lang, Promise<CardEntry[]>>();

/** Every card of a language: front page, sources page, articles and site pages. */
export function cardEntries(lang: Lang): Promise<CardEntry[]> {
  let p = memo.get(lang);
  if (!p || import.meta.env?.DEV) {
    p = buildEntries(lang);
    memo.set(lang, p);
  }
  return p;
}

async function buildEntries(lang: Lang): Promise<CardEntry[]> {
  const siteName = t(lang, 'site.name');
  const home = getHome(lang);
  const kicker = home?.kicker;
  const figures = getCardFigures();
  const out: CardEntry[] = [];
  const first = home?.keyFigures[0];
  out.push(
    entry(lang, 'index', localePath(lang, '/'), {
      lang,
      siteName,
      kicker,
      headline: home?.headline ?? siteName,
      figure: first ? figureOf(first.id, first.caption, lang) : undefined,
      dek: home?.dek ?? t(lang, 'site.description'),
    }),
  );
  out.push(entry(lang, 'sources', localePath(lang, '/sources/'), { lang, siteName, headline: t(lang, 'sources.title'), dek: t(lang, 'sources.description') }));
  for (const a of await getArticles(lang)) {
    const slug = slugOf(a);
    const cf = figures.get(slug);
    const caption = cf ? (lang === 'es' ? cf.caption_es : cf.caption) : undefined;
    out.push(
      entry(lang, slug, articlePath(lang, slug), {
        lang,
        siteName,
        kicker,
        headline: a.data.title,
        figure: cf && caption ? figureOf(cf.figure, caption, lang) : undefined,
        dek: a.data.dek,
        picture: heroCardPicture(await heroOf(a.data)),
      }),
    );
  }
  for (const p of await getSitePages(lang)) {
    const slug = slugOf(p);
    out.push(entry(lang, slug, articlePath(lang, slug), { lang, siteName, headline: p.data.title, dek: p.data.description }));
  }
  return out;
}

/** The card for a page (site path without the base); pages without their own card (404) get the front page's. */
export async function cardFor(lang: Lang, pagePath: string): Promise<CardEntry> {
  const all = await cardEntries(lang);
  return all.find((c) => c.pagePath === pagePath) ?? all[0]!;
}

/** Static paths for a language's card endpoint. */
export async function cardPaths(lang: Lang) {
  return (await cardEntries(lang)).map((c) => ({ params: { card: c.key }, props: { card: c } }));
}

const drawn = new Map<Lang, Promise<number>>();

/**
 * The PNG of a card, for the card endpoints. The first request of a language
 * draws all that language's missing cards at once (a pipeline over two
 * cores); every request then reads its card from the cache.
 */
export async function cardImage(card: CardEntry): Promise<Uint8Array<ArrayBuffer>> {
  let batch = drawn.get(card.lang);
  if (!batch || import.meta.env?.DEV) {
    batch = cardEntries(card.lang).then((all) => drawCards(all.map((c) => c.spec), { label: card.lang }));
    drawn.set(card.lang, batch);
  }
  await batch;
  return cardPng(card.spec);
}
