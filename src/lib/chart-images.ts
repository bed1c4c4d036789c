/**
 * Chart images for download: an SVG that stands alone (the chart's colours and
 * type written into it, the bundled fonts named) and its PNG, drawn by resvg
 * with the fonts in src/assets/fonts, so a build needs no network. The
 * composition (title, chart, source line) is charts/frame/export.ts; this
 * module reads the files it needs and turns SVG into PNG.
 */
import { renderAsync } from '@resvg/resvg-js';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';

/** WOFF 1.0 to the OpenType font it wraps (resvg reads TrueType/OpenType only). */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.readUInt32BE(0) !== 0x774f4646) throw new Error('Not a WOFF 1.0 font.');
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    const tag = woff.readUInt32BE(at);
    const offset = woff.readUInt32BE(at + 4);
    const compLength = woff.readUInt32BE(at + 8);
    const origLength = woff.readUInt32BE(at + 12);
    const checksum = woff.readUInt32BE(at + 16);
    const raw = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflateSync(raw) : raw;
    return { tag, checksum, data };
  });
  const pad = (n: number) => (n + 3) & ~3;
  const headerSize = 12 + 16 * numTables;
  const size = tables.reduce((n, t) => n + pad(t.data.length), headerSize);
  const out = Buffer.alloc(size);
  const maxPow2 = 2 ** Math.floor(Math.log2(numTables));
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(maxPow2 * 16, 6);
  out.writeUInt16BE(Math.log2(maxPow2), 8);
  out.writeUInt16BE(numTables * 16 - maxPow2 * 16, 10);
  let offset = headerSize;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    out.writeUInt32BE(t.tag, at);
    out.writeUInt32BE(t.checksum, at + 4);
    out.writeUInt32BE(offset, at + 8);
    out.writeUInt32BE(t.data.length, at + 12);
    t.data.copy(out, offset);
    offset += pad(t.data.length);
  });
  return out;
}

let fonts: string[] | null = null;
/** The bundled fonts as OpenType files (resvg 2.6 loads fonts from files), written once per font version to the temp directory. */
function fontFiles(root: string): string[] {
  if (fonts) return fonts;
  const dir = join(root, 'src/assets/fonts');
  const woffs = readdirSync(dir)
    .filter((f) => f.endsWith('.woff'))
    .sort()
    .map((f) => ({ name: f.replace(/\.woff$/, '.otf'), data: readFileSync(join(dir, f)) }));
  const hash = createHash('sha256');
  for (const w of woffs) hash.update(w.data);
  const out = join(tmpdir(), `chart-fonts-${hash.digest('hex').slice(0, 12)}`);
  mkdirSync(out, { recursive: true });
  fonts = woffs.map((w) => {
    const file = join(out, w.name);
    if (!existsSync(file)) writeFileSync(file, woffToSfnt(w.data));
    return file;
  });
  return fonts;
}

/** The light theme's chart colours (src/styles/global.css, :root), by custom property name. */
function themeColours(root: string): Map<string, string> {
  const css = readFileSync(join(root, 'src/styles/global.css'), 'utf8');
  const out = new Map<string, string>();
  for (const m of css.matchAll(/(--[\w-]+):\s*(#[0-9a-fA-F]{3,8})\s*;/g)) if (!out.has(m[1]!)) out.set(m[1]!, m[2]!);
  return out;
}

/**
 * The charts' SVG styles (the SVG part of charts/frame/charts.css and each
 * kind's chart.css) with the theme's colours written in, for a file that
 * stands alone.
 */
export function chartSvgStyles(root = process.cwd()): string {
  const colours = themeColours(root);
  const frame = readFileSync(join(root, 'src/charts/frame/charts.css'), 'utf8');
  const at = frame.indexOf('/* ---------- SVG: shared');
  const kinds = readdirSync(join(root, 'src/charts'))
    .map((d) => join(root, 'src/charts', d, 'chart.css'))
    .filter((f) => existsSync(f))
    .map((f) => readFileSync(f, 'utf8'));
  const css = [at >= 0 ? frame.slice(at) : frame, ...kinds].join('\n');
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/@media[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, '')
    .replace(/var\((--[\w-]+)(?:,\s*([^)]+))?\)/g, (whole, name: string, fallback?: string) => colours.get(name) ?? fallback ?? whole)
    .replace(/\s+/g, ' ')
    .trim();
}

export const THEME = { bg: '#fdfcfa', fg: '#1b1b1b', muted: '#595959', rule: '#d6d1c7' };

/** Bump when the drawing changes in a way the SVG does not show (zoom, fonts' handling). */
const PNG_VERSION = 1;
let fontsHash = '';

/**
 * SVG to PNG at twice its size (crisp on high-density screens), with the bundled fonts only. Cached in
 * .cache/charts (git ignores .cache) by a hash of the SVG and the fonts: a rebuild without changes draws nothing.
 */
export async function drawChartPng(svg: string, root = process.cwd()): Promise<{ png: Buffer; cached: boolean }> {
  const files = fontFiles(root);
  fontsHash ||= createHash('sha256').update(files.join('|')).digest('hex');
  const key = createHash('sha256').update(`${PNG_VERSION}|${fontsHash}|${svg}`).digest('hex').slice(0, 32);
  const file = join(root, '.cache/charts', `${key}.png`);
  if (existsSync(file)) return { png: readFileSync(file), cached: true };
  const img = await renderAsync(svg, {
    fitTo: { mode: 'zoom', value: 2 },
    font: { loadSystemFonts: false, fontFiles: files, defaultFontFamily: 'Source Sans 3', sansSerifFamily: 'Source Sans 3', serifFamily: 'Source Serif 4' },
    background: THEME.bg,
  });
  const png = img.asPng();
  mkdirSync(join(root, '.cache/charts'), { recursive: true });
  // Write then rename, so a build stopped halfway never leaves half a PNG in the cache.
  writeFileSync(`${file}.tmp`, png);
  renameSync(`${file}.tmp`, file);
  return { png, cached: false };
}
