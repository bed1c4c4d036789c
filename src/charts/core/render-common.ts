/** Markup shared by the chart renderers: axes, gridlines, labels. Axes are hidden from assistive technology. */
import { el, esc, r, text } from './svg.ts';
import type { Tick } from './geometry.ts';

export interface SvgRefs {
  /** id of the chart title (the SVG's accessible name). */
  labelledby?: string | undefined;
  /** id of the takeaway (the SVG's description). */
  describedby?: string | undefined;
}

/** Horizontal gridlines with their labels at the left edge, outside the plot. */
export function yGrid(ticks: Tick[], x0: number, x1: number, size: number): string {
  const lines = ticks.map((t) => el('line', { x1: x0, x2: x1, y1: t.pos, y2: t.pos, class: t.value === 0 ? 'ch-baseline' : 'ch-grid' })).join('');
  const labels = ticks.map((t) => text(x0 - 6, t.pos + size * 0.35, t.label, 'ch-tick', { anchor: 'end' })).join('');
  return el('g', { 'aria-hidden': 'true', 'font-size': size }, lines + labels);
}

/** Time or category ticks under the plot. */
export function xAxis(ticks: Tick[], y: number, size: number, x0: number, x1: number): string {
  const marks = ticks.map((t) => el('line', { x1: t.pos, x2: t.pos, y1: y, y2: y + 5, class: 'ch-axis-line' })).join('');
  const labels = ticks
    .map((t) => {
      // Keep the first and last labels inside the chart.
      const anchor = t.pos - x0 < size * 1.2 ? 'start' : x1 - t.pos < size * 1.2 ? 'end' : 'middle';
      return text(t.pos, y + 7 + size, t.label, 'ch-tick', { anchor });
    })
    .join('');
  return el('g', { 'aria-hidden': 'true', 'font-size': size }, marks + labels);
}

/** A text label placed by a layout, drawn by `label()`. */
export interface PlacedLabel {
  x: number;
  y: number;
  text: string;
  /** When set, the label is drawn on these lines instead of `text`. */
  lines?: string[] | undefined;
  anchor: 'start' | 'middle' | 'end';
  cls: string;
}

export function label(l: PlacedLabel, size: number, lineHeight?: number): string {
  return text(l.x, l.y, l.lines ?? l.text, l.cls, { anchor: l.anchor, size, lineHeight: lineHeight ?? Math.round(size * 1.3) });
}

export { el, esc, r };
