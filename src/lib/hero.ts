/**
 * A piece's lead visual, from the `hero` field of its frontmatter: a picture
 * in public/ (shown under the dek, on the front page beside the piece and on
 * its share card), or one of the charts its text places (drawn as the piece's
 * thumbnail on the front page instead of its first chart). The content check
 * has already made sure the picture exists and the chart is placed.
 * Usage (views): const hero = await heroOf(entry.data);
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { imageMetadata } from 'astro/assets/utils';

export type HeroField = { src?: string | undefined; alt?: string | undefined; credit?: string | undefined; chart?: string | undefined } | undefined;

export type Hero =
  | { kind: 'image'; src: string; alt: string; credit?: string | undefined; width: number; height: number; format: string; file: string }
  | { kind: 'chart'; tag: string };

const memo = new Map<string, Promise<{ width: number; height: number; format: string }>>();

/** Width, height and format of a file in public/, read once per build. */
function pictureSize(file: string): Promise<{ width: number; height: number; format: string }> {
  let p = memo.get(file);
  if (!p) {
    p = imageMetadata(new Uint8Array(readFileSync(file)), file).then((m) => ({ width: m.width, height: m.height, format: String(m.format) }));
    memo.set(file, p);
  }
  return p;
}

export async function heroOf(data: { hero?: HeroField }, root = process.cwd()): Promise<Hero | undefined> {
  const h = data.hero;
  if (!h) return undefined;
  if (h.chart) return { kind: 'chart', tag: h.chart };
  if (!h.src || !h.alt) return undefined;
  const file = join(root, 'public', decodeURI(h.src));
  const size = await pictureSize(file);
  return { kind: 'image', src: h.src, alt: h.alt, credit: h.credit, file, ...size };
}

/** Formats the share-card renderer (satori) can draw. */
const CARD_FORMATS: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', svg: 'image/svg+xml' };

/** The hero picture as a data URI for the share card, or undefined when the card cannot draw its format. */
export function heroCardPicture(hero: Hero | undefined): { uri: string; width: number; height: number } | undefined {
  if (!hero || hero.kind !== 'image') return undefined;
  const type = CARD_FORMATS[hero.format];
  if (!type) return undefined;
  return { uri: `data:${type};base64,${readFileSync(hero.file).toString('base64')}`, width: hero.width, height: hero.height };
}
