/**
 * What every chart layout returns, and the rules all charts share: the two
 * design widths, the breakpoint, type sizes, keyboard neighbours and ticks.
 * Pure: no DOM, safe on the server and in the island.
 */
import type { Lang } from '../../lib/i18n.ts';

export type Variant = 'wide' | 'narrow';

/** Server-rendered widths: a 640-unit desktop design and a 288-unit phone design (320 px viewport). */
export const DESIGN_WIDTH: Record<Variant, number> = { wide: 640, narrow: 288 };

/** Container width (px) below which the narrow design is used. Must match charts.css. */
export const BREAKPOINT = 520;

/**
 * Type sizes in SVG units. At 1:1 (after the island re-lays out) they are px.
 * Without JavaScript the wide design can be shrunk to 520/640 of its size, so
 * its smallest text is 15 (15 x 0.8125 = 12.2 px); the narrow design only grows.
 */
export const FONT: Record<Variant, { tick: number; label: number; strong: number; line: number }> = {
  wide: { tick: 15, label: 15, strong: 16, line: 20 },
  narrow: { tick: 12, label: 13, strong: 13, line: 16 },
};

export function variantFor(width: number): Variant {
  return width < BREAKPOINT ? 'narrow' : 'wide';
}

export interface LayoutOptions {
  /** Width in SVG units (the container's px width in the island). */
  width: number;
  variant: Variant;
  lang: Lang;
  /** Prefix for ids inside the SVG (patterns); unique per chart and variant. */
  idPrefix: string;
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** What a reader is told about a data point (tooltip and live region). */
export interface PointInfo {
  key: string;
  title: string;
  lines: string[];
  /** Sentence for the live region. */
  announce: string;
}

/** A data point a reader can reach by pointer or keyboard, placed in the SVG. */
export interface ChartPoint extends PointInfo {
  /** Anchor for the tooltip and focus marker. */
  x: number;
  y: number;
  /** For bars: the mark to outline when focused. */
  box?: Rect | undefined;
  /** The area where the pointer selects this point. */
  hit: Rect;
  series: number;
}

/** Index of the point each key leads to (-1: stay). */
export interface Nav {
  left: number;
  right: number;
  up: number;
  down: number;
  home: number;
  end: number;
  pageUp: number;
  pageDown: number;
}

export interface Interactive {
  width: number;
  height: number;
  designWidth: number;
  designHeight: number;
  points: ChartPoint[];
  nav: Nav[];
  /** Vertical guide drawn through a focused point (line charts). */
  guide?: { y0: number; y1: number } | undefined;
  /** Point focused first when the chart gets keyboard focus. */
  start: number;
}

/**
 * Height rule: the layout is designed at the variant's design width, then
 * every vertical measure scales with the actual width, so the SVG keeps the
 * same aspect ratio at any width (no layout shift when the island re-lays out).
 */
export function scaleFor(o: LayoutOptions): number {
  return o.width / DESIGN_WIDTH[o.variant];
}

/** Neighbours for points grouped in series (sorted by series, then x): Left/Right along a series, Up/Down to the nearest x in the next series. */
export function navSeries(points: ChartPoint[], page = 1): Nav[] {
  const bySeries = new Map<number, number[]>();
  points.forEach((p, i) => {
    const list = bySeries.get(p.series) ?? [];
    list.push(i);
    bySeries.set(p.series, list);
  });
  const order = [...bySeries.keys()].sort((a, b) => a - b);
  const nearest = (list: number[] | undefined, x: number): number => {
    if (!list?.length) return -1;
    let best = list[0]!;
    for (const i of list) if (Math.abs(points[i]!.x - x) < Math.abs(points[best]!.x - x)) best = i;
    return best;
  };
  return points.map((p) => {
    const list = bySeries.get(p.series)!;
    const at = list.indexOf(points.indexOf(p));
    const s = order.indexOf(p.series);
    const pick = (j: number) => list[Math.max(0, Math.min(list.length - 1, j))]!;
    return {
      left: at > 0 ? list[at - 1]! : -1,
      right: at < list.length - 1 ? list[at + 1]! : -1,
      up: s > 0 ? nearest(bySeries.get(order[s - 1]!), p.x) : -1,
      down: s < order.length - 1 ? nearest(bySeries.get(order[s + 1]!), p.x) : -1,
      home: list[0]!,
      end: list[list.length - 1]!,
      pageUp: pick(at - page),
      pageDown: pick(at + page),
    };
  });
}

/** Neighbours for a single list of bars read top to bottom: Up/Down and Left/Right both step through it. */
export function navList(n: number): Nav[] {
  return Array.from({ length: n }, (_, i) => ({
    left: i > 0 ? i - 1 : -1,
    right: i < n - 1 ? i + 1 : -1,
    up: i > 0 ? i - 1 : -1,
    down: i < n - 1 ? i + 1 : -1,
    home: 0,
    end: n - 1,
    pageUp: Math.max(0, i - 5),
    pageDown: Math.min(n - 1, i + 5),
  }));
}

/** Hit areas for points along x: each point owns the strip halfway to its neighbours. */
export function stripHits<T extends { x: number }>(items: T[], y: number, h: number, x0: number, x1: number): Rect[] {
  return items.map((p, i) => {
    const a = i > 0 ? (items[i - 1]!.x + p.x) / 2 : x0;
    const b = i < items.length - 1 ? (p.x + items[i + 1]!.x) / 2 : x1;
    return { x: a, y, w: Math.max(0, b - a), h };
  });
}

export interface Tick {
  value: number;
  pos: number;
  label: string;
}

/** UTC time ticks at whole years (every 1, 2, 5, 10 or 20) or whole months (every 1, 2, 3 or 6), at most `max` of them. */
export function timeTicks(t0: number, t1: number, max: number): { unit: 'year' | 'month'; step: number; values: number[] } {
  const d0 = new Date(t0);
  const d1 = new Date(t1);
  const months = (d1.getUTCFullYear() - d0.getUTCFullYear()) * 12 + d1.getUTCMonth() - d0.getUTCMonth();
  const limit = Math.max(1, Math.floor(max));
  if (months > 24) {
    const step = [1, 2, 5, 10, 20, 50].find((s) => Math.floor((d1.getUTCFullYear() - d0.getUTCFullYear()) / s) + 1 <= limit) ?? 50;
    const values: number[] = [];
    for (let y = Math.ceil(d0.getUTCFullYear() / step) * step; y <= d1.getUTCFullYear(); y += step) {
      const t = Date.UTC(y, 0, 1);
      if (t >= t0 && t <= t1) values.push(t);
    }
    return { unit: 'year', step, values };
  }
  const step = [1, 2, 3, 6, 12].find((s) => Math.floor(months / s) + 1 <= limit) ?? 12;
  const values: number[] = [];
  for (let y = d0.getUTCFullYear(), m = d0.getUTCMonth(); Date.UTC(y, m, 1) <= t1; m++) {
    const t = Date.UTC(y, m, 1);
    if (t >= t0 && (((m % 12) + 12) % 12) % step === 0) values.push(t);
  }
  return { unit: 'month', step, values };
}

/** A labelled box, for simple collision checks between labels. */
export function overlaps(a: Rect, b: Rect, pad = 2): boolean {
  return a.x < b.x + b.w + pad && b.x < a.x + a.w + pad && a.y < b.y + b.h + pad && b.y < a.y + a.h + pad;
}

/** Does a polyline (null breaks it) pass through a box? Used to keep labels off the data. */
export function crossesPolyline(pts: ([number, number] | null)[], b: Rect, pad = 2): boolean {
  let prev: [number, number] | null = null;
  for (const cur of pts) {
    if (!cur) {
      prev = null;
      continue;
    }
    const a = prev ?? cur;
    if (Math.max(a[0], cur[0]) >= b.x - pad && Math.min(a[0], cur[0]) <= b.x + b.w + pad && Math.max(a[1], cur[1]) >= b.y - pad && Math.min(a[1], cur[1]) <= b.y + b.h + pad) return true;
    prev = cur;
  }
  return false;
}

/** The box a text label covers (estimated). */
export function labelBox(l: { x: number; y: number; text: string; anchor: 'start' | 'middle' | 'end' }, size: number, w: number): Rect {
  const x0 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
  return { x: x0, y: l.y - size, w, h: size * 1.25 };
}
