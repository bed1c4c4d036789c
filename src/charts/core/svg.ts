/**
 * Small helpers for writing SVG markup as text; d3-shape draws the lines and areas. The same strings are used on
 * the server and in the island, so they must not touch the DOM.
 */
import { area, line } from 'd3-shape';

/** Escapes text for use in element content and in double-quoted attributes. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** A coordinate rounded to one decimal, so snapshots and markup stay stable. */
export function r(n: number): string {
  const v = Math.round(n * 10) / 10;
  return Object.is(v, -0) ? '0' : String(v);
}

type AttrValue = string | number | undefined | null | false;

/** name="value" pairs; numbers are rounded, empty values are left out. */
export function attrs(a: Record<string, AttrValue>): string {
  let out = '';
  for (const [k, v] of Object.entries(a)) {
    if (v === undefined || v === null || v === false) continue;
    out += ` ${k}="${typeof v === 'number' ? r(v) : esc(v)}"`;
  }
  return out;
}

export function el(name: string, a: Record<string, AttrValue>, inner?: string): string {
  return inner === undefined ? `<${name}${attrs(a)}/>` : `<${name}${attrs(a)}>${inner}</${name}>`;
}

/** One <text> element; several lines become <tspan>s. */
export function text(x: number, y: number, lines: string | string[], cls: string, opts: { anchor?: 'start' | 'middle' | 'end'; lineHeight?: number; size?: number } = {}): string {
  const list = typeof lines === 'string' ? [lines] : lines;
  const a = { x, y, class: cls, 'text-anchor': opts.anchor && opts.anchor !== 'start' ? opts.anchor : undefined, 'font-size': opts.size };
  if (list.length === 1) return el('text', a, esc(list[0] ?? ''));
  const lh = opts.lineHeight ?? 16;
  return el('text', a, list.map((l, i) => el('tspan', { x, dy: i === 0 ? undefined : lh }, esc(l))).join(''));
}

/** Row numbers as ranges: [0,1,2,5,6] -> "0-2,5-6" (the island expands them). */
export function rowRanges(rows: number[]): string {
  const out: string[] = [];
  let a = -1;
  let b = -1;
  for (const n of rows) {
    if (n === b + 1 && a >= 0) b = n;
    else {
      if (a >= 0) out.push(a === b ? String(a) : `${a}-${b}`);
      a = b = n;
    }
  }
  if (a >= 0) out.push(a === b ? String(a) : `${a}-${b}`);
  return out.join(',');
}

/** The words of a mark's tooltip, for a data-tip attribute: the title, then each line. */
export function tipText(p: { title: string; lines: string[] }): string {
  return [p.title, ...p.lines].join('\n');
}

/** The <svg> root: the box is fixed by width/height (design size) and the viewBox (actual layout size). */
export function svgRoot(o: { width: number; height: number; designWidth: number; designHeight: number; cls: string; fontSize?: number; labelledby?: string | undefined; describedby?: string | undefined; plot?: { y0: number; y1: number } | undefined }, inner: string): string {
  return `<svg${attrs({
    xmlns: 'http://www.w3.org/2000/svg',
    viewBox: `0 0 ${r(o.width)} ${r(o.height)}`,
    width: o.designWidth,
    height: o.designHeight,
    class: o.cls,
    'font-size': o.fontSize,
    role: 'img',
    'aria-labelledby': o.labelledby,
    'aria-describedby': o.describedby,
    // Top and bottom of the plot, for the island's focus guide on line charts.
    'data-plot': o.plot ? `${r(o.plot.y0)} ${r(o.plot.y1)}` : undefined,
  })}>${inner}</svg>`;
}

type Pt = [number, number] | null;
const defined = (p: Pt): p is [number, number] => p !== null;
// Whole units: a data line of hundreds of points stays light, and a unit is about a pixel.
const lineGen = line<Pt>().defined(defined).x((p) => p![0]).y((p) => p![1]).digits(0);

/** Path data for a line through points; null ends a segment (a gap in the data). */
export function linePath(pts: Pt[]): string {
  return lineGen(pts) ?? '';
}

/** Path data for the area between a line and a baseline at `y0`, one closed shape per segment. */
export function areaPath(pts: Pt[], y0: number): string {
  return area<Pt>().defined(defined).x((p) => p![0]).y1((p) => p![1]).y0(y0).digits(1)(pts) ?? '';
}
