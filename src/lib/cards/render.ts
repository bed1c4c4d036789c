/**
 * Share cards: a 1200×630 PNG per page and language, drawn with satori (layout
 * and text to SVG paths) and resvg (SVG to PNG), with fonts bundled in
 * src/assets/fonts, so a build needs no network. Cards are cached on disk by
 * a hash of everything that goes into them: a rebuild without changes reads
 * the PNG back and draws nothing.
 */
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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
}

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
let fonts: Font[] | null = null;
let fontsHash = '';

/** The bundled fonts, read once. `root` is the project root (process.cwd() in a build). */
function loadFonts(root: string): Font[] {
  if (fonts) return fonts;
  const hash = createHash('sha256');
  fonts = FONT_FILES.map(([name, weight, file]) => {
    const data = readFileSync(join(root, 'src/assets/fonts', `${file}-normal.woff`));
    hash.update(data);
    return { name, data, weight, style: 'normal' as const };
  });
  fontsHash = hash.digest('hex');
  return fonts;
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
        bottom,
      ]),
    ],
  );
}

/** Draw one card: PNG bytes. */
export async function renderCard(spec: CardSpec, root = process.cwd()): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await satori(cardTree(spec) as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: loadFonts(root) });
  return new Uint8Array(new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng());
}

/** Counts for this process: how many cards were drawn and how many came from the cache. */
export const cardStats = { rendered: 0, cached: 0, renderMs: 0, cpuMs: 0 };

/** The content hash of a card: its words, the fonts and the design version. */
export function cardHash(spec: CardSpec, root = process.cwd()): string {
  loadFonts(root);
  return createHash('sha256').update(`${DESIGN_VERSION}\n${fontsHash}\n${JSON.stringify(spec)}`).digest('hex').slice(0, 32);
}

/**
 * A card's PNG, from the cache when the same card was drawn before.
 * `cacheDir` defaults to .cache/cards in the project (git ignores it).
 */
export async function cardPng(spec: CardSpec, options: { root?: string; cacheDir?: string; label?: string } = {}): Promise<Uint8Array<ArrayBuffer>> {
  const root = options.root ?? process.cwd();
  const dir = options.cacheDir ?? join(root, '.cache/cards');
  const file = join(dir, `${cardHash(spec, root)}.png`);
  if (existsSync(file)) {
    cardStats.cached++;
    return new Uint8Array(readFileSync(file));
  }
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const png = await renderCard(spec, root);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  cardStats.rendered++;
  cardStats.renderMs += ms;
  cardStats.cpuMs += cpuMs;
  mkdirSync(dir, { recursive: true });
  // Write then rename, so a build stopped halfway never leaves half a PNG in the cache.
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, png);
  renameSync(tmp, file);
  // Wall time depends on what else the machine runs; CPU time is the card's own cost.
  if (options.label) console.log(`[cards] drew ${options.label} in ${Math.round(ms)} ms (CPU ${Math.round(cpuMs)} ms)`);
  return png;
}
