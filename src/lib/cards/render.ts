/**
 * Share cards: a 1200×630 PNG per page and language, drawn with satori (layout
 * and text to SVG paths) and resvg (SVG to PNG), with fonts bundled in
 * src/assets/fonts, so a build needs no network. Cards are cached on disk by
 * a hash of everything that goes into them: a rebuild without changes reads
 * the PNG back and draws nothing.
 */
import satori from 'satori';
import { renderAsync } from '@resvg/resvg-js';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Bump when the design changes, so cached cards are drawn again. */
const DESIGN_VERSION = 1;

export interface CardSpec {
  lang: 'en' | 'es';
  siteName: string;
  /** Small line above the headline (the site's tagline, or the kind of page). */
  kicker?: string | undefined;
  headline: string;
  /** The piece's key figure, already formatted for the language, with its caption. */
  figure?: { text: string; caption: string } | undefined;
  /** Shown when there is no figure. */
  dek?: string | undefined;
  /** The piece's hero picture (frontmatter `hero`), as a data URI, drawn at the bottom right. */
  picture?: { uri: string; width: number; height: number } | undefined;
}

/** The box the hero picture fits in, keeping its proportions. */
const PICTURE_BOX = { width: 400, height: 240 };

/** Colours from the light theme tokens in src/styles/global.css. */
const C = { bg: '#fdfcfa', fg: '#1b1b1b', muted: '#595959', accent: '#0a58a8', rule: '#d6d1c7', figure: '#b44f00' };

const FONT_FILES = [
  ['Source Serif 4', 700, 'source-serif-4-latin-700'],
  ['Source Serif 4', 700, 'source-serif-4-latin-ext-700'],
  ['Source Sans 3', 400, 'source-sans-3-latin-400'],
  ['Source Sans 3', 400, 'source-sans-3-latin-ext-400'],
  ['Source Sans 3', 600, 'source-sans-3-latin-600'],
  ['Source Sans 3', 600, 'source-sans-3-latin-ext-600'],
] as const;

type Font = { name: string; data: Buffer; weight: 400 | 600 | 700; style: 'normal' };
let fonts: { all: Font[]; latin: Font[] } | null = null;
let fontsHash = '';

/** The bundled fonts, read once. `root` is the project root (process.cwd() in a build). */
function loadFonts(root: string): { all: Font[]; latin: Font[] } {
  if (fonts) return fonts;
  const hash = createHash('sha256');
  const all = FONT_FILES.map(([name, weight, file]) => {
    const data = readFileSync(join(root, 'src/assets/fonts', `${file}-normal.woff`));
    hash.update(data);
    return { name, data, weight, style: 'normal' as const, ext: file.includes('latin-ext') };
  });
  fontsHash = hash.digest('hex');
  fonts = { all: all.map(({ ext: _, ...f }) => f), latin: all.filter((f) => !f.ext).map(({ ext: _, ...f }) => f) };
  return fonts;
}

/** Characters of the fonts' "latin" subset (English and Spanish, curly quotes, dashes): the smaller set is faster to lay out. */
const LATIN_ONLY = /^[\u0000-\u00FF\u0131\u0152\u0153\u02BB\u02BC\u02C6\u02DA\u02DC\u2000-\u206F\u20AC\u2122\u2212]*$/;
export function needsLatinExt(spec: CardSpec): boolean {
  return !LATIN_ONLY.test([spec.siteName, spec.kicker, spec.headline, spec.figure?.text, spec.figure?.caption, spec.dek].join(''));
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({ type, props: { style, children } });

/** Type sizes step down with length, so long headlines still fit and short ones read at thumbnail size. */
export function headlineSize(text: string): number {
  const n = text.length;
  return n <= 45 ? 72 : n <= 70 ? 62 : n <= 95 ? 54 : 46;
}
export function figureSize(text: string): number {
  const n = text.length;
  return n <= 10 ? 120 : n <= 16 ? 100 : n <= 24 ? 80 : 64;
}

function pictureNode(p: NonNullable<CardSpec['picture']>): Node {
  const scale = Math.min(PICTURE_BOX.width / p.width, PICTURE_BOX.height / p.height);
  const width = Math.round(p.width * scale);
  const height = Math.round(p.height * scale);
  return { type: 'img', props: { src: p.uri, width, height, style: { width, height, flexShrink: 0, borderRadius: 6 } } } as Node;
}

/** The card's layout as the element tree satori reads. */
export function cardTree(spec: CardSpec): Node {
  const bottom = spec.figure
    ? el('div', { display: 'flex', flexDirection: 'column' }, [
        el('div', { fontFamily: 'Source Serif 4', fontWeight: 700, fontSize: figureSize(spec.figure.text), color: C.figure, lineHeight: 1 }, spec.figure.text),
        el('div', { fontSize: 32, color: C.fg, marginTop: 14, lineHeight: 1.25, maxHeight: 82, overflow: 'hidden' }, spec.figure.caption),
      ])
    : el('div', { fontSize: 34, color: C.muted, lineHeight: 1.3, maxHeight: 132, overflow: 'hidden' }, spec.dek ?? '');
  return el(
    'div',
    { width: CARD_WIDTH, height: CARD_HEIGHT, display: 'flex', flexDirection: 'column', backgroundColor: C.bg, fontFamily: 'Source Sans 3', fontWeight: 400, borderTop: `14px solid ${C.accent}` },
    [
      el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '44px 64px 48px 64px' }, [
        el('div', { display: 'flex', alignItems: 'baseline', fontSize: 30, fontWeight: 600, color: C.accent }, [
          el('div', {}, spec.siteName),
          ...(spec.kicker ? [el('div', { color: C.muted, fontWeight: 400, marginLeft: 16, paddingLeft: 16, borderLeft: `2px solid ${C.rule}` }, spec.kicker)] : []),
        ]),
        el('div', { fontFamily: 'Source Serif 4', fontWeight: 700, fontSize: headlineSize(spec.headline), color: C.fg, lineHeight: 1.12, marginTop: 26, maxHeight: 3 * 1.12 * headlineSize(spec.headline) + 4, overflow: 'hidden' }, spec.headline),
        el('div', { display: 'flex', flexGrow: 1 }),
        spec.picture ? el('div', { display: 'flex', alignItems: 'flex-end', justifyContent: 'space-between' }, [el('div', { display: 'flex', flexShrink: 1, marginRight: 40 }, [bottom]), pictureNode(spec.picture)]) : bottom,
      ]),
    ],
  );
}

/** Lay out one card as SVG (satori, on this thread). */
export async function cardSvg(spec: CardSpec, root = process.cwd()): Promise<string> {
  const f = loadFonts(root);
  return satori(cardTree(spec) as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: needsLatinExt(spec) ? f.all : f.latin });
}

/** SVG to PNG with resvg, off the main thread (libuv's pool), so the next card's layout can run meanwhile. */
export async function svgToPng(svg: string): Promise<Uint8Array<ArrayBuffer>> {
  const img = await renderAsync(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } });
  return new Uint8Array(img.asPng());
}

/** Draw one card: PNG bytes. */
export async function renderCard(spec: CardSpec, root = process.cwd()): Promise<Uint8Array<ArrayBuffer>> {
  return svgToPng(await cardSvg(spec, root));
}

/** Counts for this process: how many cards were drawn and how many came from the cache. */
export const cardStats = { rendered: 0, cached: 0, renderMs: 0, cpuMs: 0 };

/** The content hash of a card: its words, the fonts and the design version. */
export function cardHash(spec: CardSpec, root = process.cwd()): string {
  loadFonts(root);
  return createHash('sha256').update(`${DESIGN_VERSION}\n${fontsHash}\n${JSON.stringify(spec)}`).digest('hex').slice(0, 32);
}

function cacheFile(spec: CardSpec, root: string, cacheDir?: string): string {
  return join(cacheDir ?? join(root, '.cache/cards'), `${cardHash(spec, root)}.png`);
}

function writeCache(file: string, png: Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  // Write then rename, so a build stopped halfway never leaves half a PNG in the cache.
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, png);
  renameSync(tmp, file);
}

/**
 * A card's PNG, from the cache when the same card was drawn before.
 * `cacheDir` defaults to .cache/cards in the project (git ignores it).
 */
export async function cardPng(spec: CardSpec, options: { root?: string; cacheDir?: string } = {}): Promise<Uint8Array<ArrayBuffer>> {
  const root = options.root ?? process.cwd();
  const file = cacheFile(spec, root, options.cacheDir);
  if (existsSync(file)) {
    cardStats.cached++;
    return new Uint8Array(readFileSync(file));
  }
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const png = await renderCard(spec, root);
  const cpu = process.cpuUsage(cpu0);
  cardStats.rendered++;
  cardStats.renderMs += performance.now() - t0;
  cardStats.cpuMs += (cpu.user + cpu.system) / 1000;
  writeCache(file, png);
  return png;
}

/**
 * Draw every card not yet in the cache, as a pipeline: satori lays out the
 * next card on this thread while resvg turns the previous one into a PNG on
 * another core. Logs one line per batch that drew anything:
 * "[cards] drew N cards in T ms: X ms per card (CPU Y ms per card)".
 */
export async function drawCards(specs: CardSpec[], options: { root?: string; cacheDir?: string; label?: string } = {}): Promise<number> {
  const root = options.root ?? process.cwd();
  const todo = [...new Map(specs.map((s) => [cacheFile(s, root, options.cacheDir), s])).entries()].filter(([file]) => !existsSync(file));
  if (todo.length === 0) return 0;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const inFlight: Promise<void>[] = [];
  for (const [file, spec] of todo) {
    const svg = await cardSvg(spec, root);
    inFlight.push(svgToPng(svg).then((png) => writeCache(file, png)));
    // At most two rasters at once: one per core, and memory stays flat.
    if (inFlight.length >= 2) await inFlight.shift();
  }
  await Promise.all(inFlight);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  cardStats.rendered += todo.length;
  cardStats.renderMs += ms;
  cardStats.cpuMs += cpuMs;
  const per = (x: number) => Math.round((x / todo.length) * 10) / 10;
  console.log(`[cards] drew ${todo.length} cards${options.label ? ` (${options.label})` : ''} in ${Math.round(ms)} ms: ${per(ms)} ms per card (CPU ${per(cpuMs)} ms per card)`);
  return todo.length;
}
