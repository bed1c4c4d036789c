/**
 * Fiscal-years chart layout: two lines on one October-to-September axis,
 * the earlier fiscal year muted, the later one strong, each named at its end;
 * the trip month marked with a rule, the later year's peak labelled.
 * Pure: shared by the server and the island.
 */
import type { PlacedLabel } from '../core/render-common.ts';
import { scaleLinear } from 'd3-scale';
import { max } from 'd3-array';
import type { Lang } from '../../lib/i18n.ts';
import { formatCount, formatCountShort, formatMonth, formatMonthName, formatMonthShort } from '../../lib/format.ts';
import { DESIGN_WIDTH, FONT, crossesPolyline, navSeries, overlaps, scaleFor, stripHits, type ChartPoint, type Interactive, type LayoutOptions, type Rect, type Tick } from '../core/geometry.ts';
import { textWidth } from '../core/text.ts';
import { linePath, rowRanges } from '../core/svg.ts';
import { TRIP_MONTH } from '../core/events.ts';
import { labels as kindLabels } from './strings.ts';
import { fiscalIndex, type FiscalData } from './data.ts';

export type FiscalLabel = PlacedLabel;

export interface FiscalGeometry extends Interactive {
  kind: 'fiscal-years';
  variant: LayoutOptions['variant'];
  font: (typeof FONT)['wide'];
  plot: { x0: number; x1: number; y0: number; y1: number };
  xTicks: Tick[];
  yTicks: Tick[];
  /** Each year's line, with the table rows of its vertices as ranges. */
  lines: { d: string; cls: string; rows: string }[];
  trip?: { x: number; label: FiscalLabel } | undefined;
  dots: { x: number; y: number; cls: string }[];
  labels: FiscalLabel[];
  /** Labels that must always show: each year's name, the later year's peak, the trip, zero and the ends of the month axis. */
  mustShow: string[];
}

const DESIGN_HEIGHT = { wide: 360, narrow: 320 } as const;

export function layoutFiscal(data: FiscalData, o: LayoutOptions): FiscalGeometry {
  const s = kindLabels(o.lang);
  const lang: Lang = o.lang;
  const font = FONT[o.variant];
  const width = o.width;
  const height = DESIGN_HEIGHT[o.variant] * scaleFor(o);
  const rowH = font.line;

  const all = data.years.flatMap((y) => y.months.map((m) => m.value ?? 0));
  const vmax = max(all) ?? 0;
  const y = scaleLinear().domain([0, vmax > 0 ? vmax : 1]).nice(o.variant === 'wide' ? 5 : 4);
  const yValues = y.ticks(o.variant === 'wide' ? 5 : 4);
  const tickLabel = (v: number) => formatCountShort(v, lang);
  const left = Math.ceil(max(yValues, (v) => textWidth(tickLabel(v), font.tick)) ?? 20) + 8;
  const top = rowH * 2 + 6;
  const bottom = font.tick + 12;
  const plot = { x0: left, x1: Math.max(left + 10, width - 10), y0: top, y1: Math.max(top + 10, height - bottom) };
  y.range([plot.y1, plot.y0]);
  const x = scaleLinear().domain([0, 11]).range([plot.x0, plot.x1]);

  const yTicks: Tick[] = yValues.map((v) => ({ value: v, pos: y(v), label: tickLabel(v) }));
  // Month names under the axis: every month when there is room, else every second or third, always October and September.
  const later = data.years[data.years.length - 1];
  const monthOf = (i: number) => later?.months.find((m) => m.index === i)?.month ?? `2021-${String(((i + 9) % 12) + 1).padStart(2, '0')}`;
  const gap = (plot.x1 - plot.x0) / 11;
  const minGap = textWidth('Sep.', font.tick) + 10;
  const step = [1, 2, 3].find((k) => gap * k >= minGap) ?? 3;
  const idx = Array.from({ length: 12 }, (_, i) => i).filter((i) => i % step === 0);
  if (idx[idx.length - 1] !== 11) {
    if ((11 - idx[idx.length - 1]!) * gap < minGap) idx.pop();
    idx.push(11);
  }
  const xTicks: Tick[] = idx.map((i) => ({ value: i, pos: x(i), label: formatMonthName(monthOf(i), lang) }));

  const pts = data.years.map((yr) => yr.months.map((m): [number, number] | null => (m.value === null ? null : [x(m.index), y(m.value)])));
  const lines = data.years.map((yr, i) => ({ d: linePath(pts[i]!), cls: i === data.years.length - 1 ? 'fy-line fy-line-later' : 'fy-line fy-line-earlier', rows: rowRanges(yr.months.filter((m) => m.value !== null).map((m) => m.index)) }));
  const polys = pts.map((p) => p.filter((q): q is [number, number] => q !== null));

  const placed: Rect[] = [];
  const boxOf = (l: FiscalLabel): Rect => {
    const lines = l.lines ?? [l.text];
    const w = Math.max(...lines.map((t) => textWidth(t, font.label, /fy-label|ch-trip-label/.test(l.cls))));
    const x0 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
    return { x: x0, y: l.y - font.label, w, h: font.label * 1.25 + (lines.length - 1) * rowH };
  };
  const clear = (l: FiscalLabel) => {
    const b = boxOf(l);
    return b.x >= 0 && b.x + b.w <= width && b.y >= plot.y0 - 2 && b.y + b.h <= plot.y1 && !placed.some((p) => overlaps(p, b)) && !polys.some((p) => crossesPolyline(p, b));
  };
  const place = (cands: FiscalLabel[]): FiscalLabel => {
    const c = cands.find(clear) ?? cands[0]!;
    placed.push(boxOf(c));
    return c;
  };
  const mustShow: string[] = [tickLabel(0), ...(xTicks.length ? [xTicks[0]!.label, xTicks[xTicks.length - 1]!.label] : [])];
  const labels: FiscalLabel[] = [];
  const dots: FiscalGeometry['dots'] = [];

  // The trip month: a rule through the plot, named above it.
  let trip: FiscalGeometry['trip'];
  const tripYear = data.years.find((yr) => yr.months.some((m) => m.month === TRIP_MONTH));
  if (tripYear) {
    const tx = x(fiscalIndex(TRIP_MONTH));
    const text = s.trip(formatMonthShort(TRIP_MONTH, lang));
    mustShow.push(text);
    const w = textWidth(text, font.label, true);
    const anchor = tx + w / 2 <= width ? (tx - w / 2 >= 0 ? 'middle' : 'start') : 'end';
    const label: FiscalLabel = { x: tx, y: rowH + font.label - 2, text, anchor, cls: 'ch-label ch-trip-label' };
    placed.push(boxOf(label), { x: tx - 1, y: plot.y0, w: 2, h: plot.y1 - plot.y0 });
    trip = { x: tx, label };
    const v = tripYear.months.find((m) => m.month === TRIP_MONTH)?.value;
    if (v !== null && v !== undefined) dots.push({ x: tx, y: y(v), cls: 'fy-dot fy-dot-trip' });
  }

  // The later year's peak.
  const peak = later?.months.reduce<(typeof later.months)[number] | undefined>((b, m) => (m.value !== null && (!b || m.value > b.value!) ? m : b), undefined);
  if (peak && peak.value !== null) {
    const px = x(peak.index);
    const py = y(peak.value);
    const text = s.point(formatMonthShort(peak.month, lang), formatCount(peak.value, lang));
    mustShow.push(text);
    dots.push({ x: px, y: py, cls: 'fy-dot' });
    const cands: FiscalLabel[] = [];
    for (const dy of [0, 1, 2]) {
      const up = py - 8 - dy * rowH;
      cands.push({ x: px, y: up, text, anchor: 'middle', cls: 'ch-label ch-halo' }, { x: px - 8, y: up, text, anchor: 'end', cls: 'ch-label ch-halo' }, { x: px + 8, y: up, text, anchor: 'start', cls: 'ch-label ch-halo' });
    }
    labels.push(place(cands));
  }

  // Each year named at the end of its line, the higher end above its line, the lower below.
  const ends = data.years
    .map((yr, i) => ({ yr, i, last: [...yr.months].reverse().find((m) => m.value !== null) }))
    .filter((e) => e.last)
    .sort((a, b) => b.last!.value! - a.last!.value!);
  ends.forEach((e, rank) => {
    const text = s.year(String(e.yr.year));
    mustShow.push(text);
    const ex = x(e.last!.index);
    const ey = y(e.last!.value!);
    const first = e.yr.months.find((m) => m.value !== null)!;
    const sx = x(first.index);
    const sy = y(first.value!);
    const cls = e.i === data.years.length - 1 ? 'ch-label ch-halo fy-label-strong' : 'ch-label ch-halo fy-label';
    const cands: FiscalLabel[] = [];
    // At the end of the line first, then at its start (where the years are far apart), then further off the end.
    const near = (px: number, py: number, anchor: FiscalLabel['anchor'], dys: number[]) => {
      for (const dy of dys) {
        const above = py - 8 - dy * rowH;
        const below = py + font.label + 6 + dy * rowH;
        for (const ly of rank === 0 ? [above, below] : [below, above]) cands.push({ x: px, y: ly, text, anchor, cls });
      }
    };
    near(ex, ey, 'end', [0, 1]);
    near(sx, sy, 'start', [0, 1, 2]);
    near(ex, ey, 'end', [2, 3]);
    // On two lines ("Fiscal" / "2022") where one line has no clear room.
    const cut = text.lastIndexOf(' ');
    if (cut > 0) {
      const two = [text.slice(0, cut), text.slice(cut + 1)];
      const n = cands.length;
      for (let k = 0; k < n; k++) cands.push({ ...cands[k]!, lines: two, y: cands[k]!.y < (cands[k]!.anchor === 'end' ? ey : sy) ? cands[k]!.y - rowH : cands[k]!.y });
    }
    labels.push(place(cands));
  });

  // Points a reader can step through: each month of each year.
  const present = data.years.flatMap((yr, si) => yr.months.filter((m) => m.value !== null).map((m) => ({ yr, si, m })));
  const points: ChartPoint[] = [];
  data.years.forEach((yr, si) => {
    const own = present.filter((p) => p.si === si);
    const hits = stripHits(own.map((p) => ({ x: x(p.m.index) })), 0, height, 0, width);
    own.forEach((p, k) => {
      const other = data.years.filter((z) => z !== yr).map((z) => ({ z, v: z.months.find((m) => m.index === p.m.index)?.value ?? null }));
      points.push({
        key: p.m.month,
        x: x(p.m.index),
        y: y(p.m.value!),
        hit: hits[k]!,
        series: si,
        title: formatMonth(p.m.month, lang),
        lines: [s.tip(String(yr.year), formatCount(p.m.value!, lang)), ...other.filter((q) => q.v !== null).map((q) => s.tip(String(q.z.year), formatCount(q.v!, lang)))],
        announce: s.announce(formatMonth(p.m.month, lang), formatCount(p.m.value!, lang)),
      });
    });
  });
  const start = Math.max(0, points.findIndex((p) => p.key === TRIP_MONTH));

  return {
    kind: 'fiscal-years',
    variant: o.variant,
    font,
    width,
    height,
    designWidth: DESIGN_WIDTH[o.variant],
    designHeight: DESIGN_HEIGHT[o.variant],
    plot,
    xTicks,
    yTicks,
    lines,
    trip,
    dots,
    labels,
    mustShow,
    points,
    nav: navSeries(points, 3),
    guide: { y0: plot.y0, y1: plot.y1 },
    start,
  };
}
