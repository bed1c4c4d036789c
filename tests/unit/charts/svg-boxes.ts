/**
 * Reads a rendered chart SVG back into boxes: every text line (its estimated
 * box, from the same text measure the layouts use), every bar or band
 * rectangle, and the vertices of the data lines. For the label tests.
 */
import { textWidth } from '../../../src/charts/core/text.ts';
import type { Rect } from '../../../src/charts/core/geometry.ts';

export interface TextBox extends Rect {
  text: string;
  cls: string;
}

const attr = (a: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(a)?.[1];
const num = (a: string, name: string) => Number(attr(a, name) ?? 'NaN');
const unesc = (t: string) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const BOLD = /ch-strong|enc-ref-label|ch-trip-label|enc-trip-label/;

export function readSvg(svg: string): { texts: TextBox[]; words: string[]; rects: (Rect & { cls: string })[]; lines: [number, number][][] } {
  const texts: TextBox[] = [];
  /** The whole text of each <text>, its lines joined by a space. */
  const words: string[] = [];
  let element: string[] = [];
  const rects: (Rect & { cls: string })[] = [];
  const lines: [number, number][][] = [];
  const sizes: number[] = [];
  let inText: { x: number; y: number; anchor: string; cls: string; size: number; lh: number } | null = null;
  let line: { x: number; y: number; text: string } | null = null;
  const flush = () => {
    if (!inText || !line || !line.text.trim()) return;
    element.push(line.text);
    const w = textWidth(line.text, inText.size, BOLD.test(inText.cls));
    const x0 = inText.anchor === 'end' ? line.x - w : inText.anchor === 'middle' ? line.x - w / 2 : line.x;
    // Ascender to descender of a sans-serif line: about 0.92 em above the baseline and 0.25 em below (as Chromium measures DejaVu Sans).
    texts.push({ x: x0, y: line.y - inText.size * 0.92, w, h: inText.size * 1.17, text: line.text, cls: inText.cls });
  };
  for (const m of svg.matchAll(/<(\/?)([a-zA-Z]+)([^>]*?)(\/?)>|([^<]+)/g)) {
    const [, close, name, a = '', self, content] = m;
    if (content !== undefined) {
      if (line) line.text += unesc(content);
      continue;
    }
    const size = Number(attr(a, 'font-size') ?? sizes[sizes.length - 1] ?? 12);
    if (!close) {
      if (name === 'text') {
        element = [];
        inText = { x: num(a, 'x'), y: num(a, 'y'), anchor: attr(a, 'text-anchor') ?? 'start', cls: attr(a, 'class') ?? '', size, lh: size * 1.3 };
        line = { x: inText.x, y: inText.y, text: '' };
      } else if (name === 'tspan' && inText && line) {
        if (line.text) flush();
        const dy = Number(attr(a, 'dy') ?? 0);
        line = { x: Number(attr(a, 'x') ?? line.x), y: line.y + dy, text: '' };
      } else if (name === 'rect') {
        const cls = attr(a, 'class') ?? '';
        if (cls && !/bg|hatch/.test(cls)) rects.push({ x: num(a, 'x'), y: num(a, 'y'), w: Number(attr(a, 'width')), h: Number(attr(a, 'height')), cls });
      } else if (name === 'path' && /(enc|hhs|fy)-line/.test(attr(a, 'class') ?? '')) {
        for (const seg of (attr(a, 'd') ?? '').split('M').filter(Boolean)) lines.push(seg.replace(/Z$/, '').split('L').map((p) => p.split(',').map(Number) as [number, number]));
      }
      if (!self && name !== 'text' && name !== 'tspan') sizes.push(size);
      if (name === 'text' || name === 'tspan') {
        /* font size of a text is its own */
      }
    } else {
      if (name === 'text') {
        flush();
        if (element.length) words.push(element.join(' '));
        inText = null;
        line = null;
      } else if (name !== 'tspan') sizes.pop();
    }
  }
  return { texts, words, rects, lines };
}
