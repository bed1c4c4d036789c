/**
 * A chart as one image that stands alone: the site's name, the title and
 * takeaway, the chart as the page draws it (the wide SVG design; a list
 * chart's HTML rows drawn again as SVG rows), and the source line, in the
 * page's language. Pure: the styles to write in come from the caller
 * (lib/chart-images.ts reads them), and so do the words.
 */
import { esc } from '../core/svg.ts';

export interface ExportInput {
  siteName: string;
  title: string;
  takeaway: string;
  /** The frame's drawn chart: SVG designs, or a list chart's HTML rows. */
  surface: { wide: string; narrow: string } | { body: string };
  /** "Source: Publisher; Publisher", in the page's language. */
  source: string;
  /** The chart's address, printed at the foot. */
  url: string;
  /** CSS for the chart's classes, with colours written in. */
  styles: string;
  theme: { bg: string; fg: string; muted: string; rule: string };
}

export interface ExportedSvg {
  svg: string;
  width: number;
  height: number;
}

const PAD = 24;
const SANS = "'Source Sans 3', sans-serif";
const SERIF = "'Source Serif 4', serif";

/** Greedy line breaking by an average glyph width (a little wide, so lines never run off the image). */
export function wrap(text: string, width: number, size: number, em = 0.54): string[] {
  const max = Math.max(8, Math.floor(width / (size * em)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && (line + ' ' + word).length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function textBlock(lines: string[], x: number, y: number, size: number, lh: number, attrs: string): { svg: string; height: number } {
  const svg = lines.map((l, i) => `<text x="${x}" y="${y + size + i * lh}" font-size="${size}" ${attrs}>${esc(l)}</text>`).join('');
  return { svg, height: lines.length ? (lines.length - 1) * lh + size * 1.3 : 0 };
}

/** The wide design, placed at (x, y): the root <svg> becomes a nested one, without its ARIA (the file has its own title). */
function placeSvg(svg: string, x: number, y: number): { svg: string; width: number; height: number } {
  const open = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '<svg>';
  const vb = /viewBox="([\d.\s-]+)"/.exec(open)?.[1]?.trim().split(/\s+/).map(Number) ?? [0, 0, 640, 360];
  const [, , w = 640, h = 360] = vb;
  const fontSize = /font-size="([\d.]+)"/.exec(open)?.[1] ?? '15';
  const inner = svg.slice(open.length).replace(/<\/svg>\s*$/, '');
  return {
    svg: `<svg x="${x}" y="${y}" width="${w}" height="${h}" viewBox="${vb.join(' ')}" class="ch-svg" font-size="${fontSize}" font-family="${SANS}">${inner}</svg>`,
    width: w,
    height: h,
  };
}

const decode = (s: string) =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** A list chart's rows (headings, then label, value and a bar whose length is a percentage) as SVG rows. */
function listRows(body: string, x: number, y: number, width: number, theme: ExportInput['theme']): { svg: string; height: number } {
  const defs = /<defs>[\s\S]*?<\/defs>/.exec(body)?.[0] ?? '';
  let out = defs;
  let at = y;
  const parts = body.matchAll(/<hr class="[^"]*"\s*\/?>|<p class="([^"]*)">([\s\S]*?)<\/p>|<div class="([^"]*-row[^"]*)"[^>]*>([\s\S]*?)<\/div>/g);
  for (const m of parts) {
    if (m[0].startsWith('<hr')) {
      at += 10;
      out += `<line x1="${x}" x2="${x + width}" y1="${at}" y2="${at}" stroke="${theme.rule}" stroke-width="1"/>`;
      at += 8;
      continue;
    }
    if (m[1] !== undefined) {
      const sub = m[1].includes('subhead');
      const size = sub ? 14 : 15;
      const fill = m[1].includes('trip') ? '#c2185b' : sub ? theme.muted : theme.fg;
      at += sub ? 4 : 10;
      const t = textBlock(wrap(decode(m[2] ?? ''), width, size), x, at, size, size * 1.3, `font-weight="600" fill="${fill}"`);
      out += t.svg;
      at += t.height + 2;
      continue;
    }
    const inner = m[4] ?? '';
    const part = (m[3] ?? '').includes('part') ? 16 : 0;
    const label = decode(/class="[^"]*-label">([\s\S]*?)<\/span>/.exec(inner)?.[1] ?? '');
    const value = decode(/class="[^"]*-value">([\s\S]*?)<\/span>/.exec(inner)?.[1] ?? '');
    const valueWidth = value.length * 15 * 0.56;
    const t = textBlock(wrap(label, width - part - valueWidth - 12, 15), x + part, at, 15, 19.5, `fill="${theme.fg}"`);
    out += t.svg + `<text x="${x + width}" y="${at + 15}" font-size="15" font-weight="600" text-anchor="end" fill="${theme.fg}">${esc(value)}</text>`;
    at += t.height + 2;
    const bar = /<svg[^>]*>([\s\S]*?)<\/svg>/.exec(inner)?.[1] ?? '';
    // Percent widths are of the row: written out in units of the image's width.
    const rects = bar.replace(/width="([\d.]+)%"/g, (_, p: string) => `width="${Math.round(Number(p) * width) / 100}"`);
    out += `<svg x="${x}" y="${at}" width="${width}" height="14" overflow="visible">${rects}</svg>`;
    at += 14 + 6;
  }
  return { svg: out, height: at - y };
}

export function exportChartSvg(o: ExportInput): ExportedSvg {
  const chartWidth = 'wide' in o.surface ? (Number(/viewBox="[\d.-]+ [\d.-]+ ([\d.]+)/.exec(o.surface.wide)?.[1]) || 640) : 640;
  const width = chartWidth + PAD * 2;
  const inner = width - PAD * 2;
  let y = PAD;
  let body = '';
  const site = textBlock([o.siteName], PAD, y - 4, 13, 17, `font-family="${SANS}" font-weight="600" fill="${o.theme.muted}"`);
  body += site.svg;
  y += site.height + 4;
  const title = textBlock(wrap(o.title, inner, 22, 0.56), PAD, y, 22, 28, `font-family="${SERIF}" font-weight="700" fill="${o.theme.fg}"`);
  body += title.svg;
  y += title.height + 6;
  if (o.takeaway) {
    const take = textBlock(wrap(o.takeaway, inner, 15), PAD, y, 15, 20, `font-family="${SANS}" fill="${o.theme.fg}"`);
    body += take.svg;
    y += take.height + 12;
  }
  if ('wide' in o.surface) {
    const chart = placeSvg(o.surface.wide, PAD, y);
    body += chart.svg;
    y += chart.height + 12;
  } else {
    const list = listRows(o.surface.body, PAD, y, inner, o.theme);
    body += `<g font-family="${SANS}">${list.svg}</g>`;
    y += list.height + 12;
  }
  body += `<line x1="${PAD}" x2="${width - PAD}" y1="${y}" y2="${y}" stroke="${o.theme.rule}" stroke-width="1"/>`;
  y += 6;
  const src = textBlock(wrap(o.source, inner, 13), PAD, y, 13, 17, `font-family="${SANS}" fill="${o.theme.muted}"`);
  body += src.svg;
  y += src.height + 2;
  const url = textBlock([o.url], PAD, y, 12, 16, `font-family="${SANS}" fill="${o.theme.muted}"`);
  body += url.svg;
  y += url.height + PAD - 6;
  const height = Math.ceil(y);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${SANS}">` +
    `<title>${esc(o.title)}</title><style>${o.styles.replace(/</g, '\\3c ')}</style>` +
    `<rect width="100%" height="100%" fill="${o.theme.bg}"/>${body}</svg>`;
  return { svg, width, height };
}
