/**
 * Encounters chart layout: monthly Border Patrol encounters as a line, with
 * the trip month's level carried across as a reference line, the highest
 * month before 2021 and the 2021 peak labelled, and the three 2021 events
 * (inauguration, Harris assigned, the trip) marked with stacked labels.
 */
import type { PlacedLabel } from '../core/render-common.ts';
import { moreSpec } from '../frame/island/more-spec.ts';
import { scaleLinear } from 'd3-scale';
import { max } from 'd3-array';
import type { Lang } from '../../lib/i18n.ts';
import { coreLabels } from '../core/strings.ts';
import { labels as kindLabels } from './strings.ts';
import { EVENTS } from '../core/events.ts';
import { DAY, formatCount, formatCountShort, formatDayRangeShort, formatDayShort, formatMonth, formatMonthShort, formatYear, time } from '../../lib/format.ts';
import { FONT, crossesPolyline, navSeries, overlaps, scaleFor, stripHits, timeTicks, DESIGN_WIDTH, type ChartPoint, type Interactive, type LayoutOptions, type Rect, type Tick } from '../core/geometry.ts';
import { textWidth, truncate } from '../core/text.ts';
import { linePath as toLinePath, rowRanges } from '../core/svg.ts';
import type { EncounterMonth, EncounterSeries } from './data.ts';
import { highestBefore2021, peak2021, tableWindow, tripIndex, valueOf } from './stats.ts';

export interface EncountersOptions extends LayoutOptions {
  series: EncounterSeries;
}

export type Label = PlacedLabel;

export interface EventMark {
  kind: 'rule' | 'band';
  cls: string;
  x0: number;
  x1: number;
  /** Top of the rule (it runs down to the plot bottom). */
  top: number;
  label: Label;
  leader: [number, number][];
}

export interface PointMark {
  x: number;
  y: number;
  cls: string;
  label?: Label | undefined;
}

export interface EncountersGeometry extends Interactive {
  kind: 'encounters';
  /** Labels that must always show: the series, zero, the peaks, the trip level, the events and the ends of the time axis. */
  mustShow: string[];
  variant: LayoutOptions['variant'];
  font: (typeof FONT)['wide'];
  plot: { x0: number; x1: number; y0: number; y1: number };
  xTicks: Tick[];
  yTicks: Tick[];
  linePath: string;
  /** Table rows of the line's vertices, as ranges (the island reads each point's words from its row). */
  rows: string;
  /** data-more: how the island words the vertices without a table row, from the dataset's CSV (see frame/island/more.ts). */
  more: string;
  seriesLabel: Label;
  ref?: { y: number; x0: number; x1: number; label: Label } | undefined;
  events: EventMark[];
  marks: PointMark[];
}

const DESIGN_HEIGHT = { wide: 400, narrow: 330 } as const;

export function layoutEncounters(months: EncounterMonth[], o: EncountersOptions): EncountersGeometry {
  const s = { ...coreLabels(o.lang), enc: kindLabels(o.lang) };
  const font = FONT[o.variant];
  const k = scaleFor(o);
  const width = o.width;
  const height = DESIGN_HEIGHT[o.variant] * k;
  const lang: Lang = o.lang;
  const series = o.series;
  const val = (m: EncounterMonth) => m[series];
  const rowH = font.line;

  // Vertical scale first: the left margin depends on the widest tick label.
  const vmax = max(months, (m) => val(m) ?? undefined) ?? 0;
  const y = scaleLinear().domain([0, vmax > 0 ? vmax : 1]).nice(o.variant === 'wide' ? 5 : 4);
  const yTickValues = y.ticks(o.variant === 'wide' ? 5 : 4);
  const tickLabel = (v: number) => formatCountShort(v, lang);
  const left = Math.ceil(max(yTickValues, (v) => textWidth(tickLabel(v), font.tick)) ?? 20) + 8;
  const right = o.variant === 'wide' ? 12 : 8;
  const eventsRows = 3;
  const top = rowH * (eventsRows + 1) + 6;
  const bottom = font.tick + 12;
  const plot = { x0: left, x1: Math.max(left + 10, width - right), y0: top, y1: Math.max(top + 10, height - bottom) };
  y.range([plot.y1, plot.y0]);

  // The time axis spans the months the shown series has, so no view opens on an empty stretch.
  const shown = months.filter((m) => val(m) !== null);
  const span = shown.length ? shown : months;
  const t0 = span.length ? time(span[0]!.month) : time('2000-01');
  const t1 = span.length ? time(span[span.length - 1]!.month) : t0 + 365 * DAY;
  const x = scaleLinear().domain(t0 === t1 ? [t0 - 15 * DAY, t1 + 15 * DAY] : [t0, t1]).range([plot.x0, plot.x1]);
  const xAt = (m: EncounterMonth) => x(time(m.month));

  const yTicks: Tick[] = yTickValues.map((v) => ({ value: v, pos: y(v), label: tickLabel(v) }));
  const maxX = Math.max(1, (plot.x1 - plot.x0) / (o.variant === 'wide' ? 70 : 60));
  const tt = timeTicks(x.domain()[0]!, x.domain()[1]!, maxX);
  const xTicks: Tick[] = tt.values.map((t) => ({ value: t, pos: x(t), label: tt.unit === 'year' ? formatYear(new Date(t), lang) : formatMonthShort(new Date(t), lang) }));

  const defined = (m: EncounterMonth) => val(m) !== null;
  const linePts = months.map((m): [number, number] | null => (val(m) === null ? null : [xAt(m), y(val(m)!)]));
  const linePath = toLinePath(linePts);

  const labels: Rect[] = [];
  const boxOf = (l: Label, size: number): Rect => {
    const lines = l.lines ?? [l.text];
    const w = Math.max(...lines.map((t) => textWidth(t, size, l.cls.includes('enc-ref-label'))));
    const x0 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
    return { x: x0, y: l.y - size, w, h: size * 1.25 + (lines.length - 1) * font.line };
  };

  // Series name, top left.
  const seriesText = series === 'all' ? s.enc.seriesAll : s.enc.seriesChildren;
  const seriesLabel: Label = { x: 0, y: font.strong, text: truncate(seriesText, width, font.strong, true), anchor: 'start', cls: 'ch-label ch-strong' };

  // Labelled points and the reference line, placed in order of importance; a label
  // that cannot be placed without overlapping another (on a phone) is left out.
  const marks: PointMark[] = [];
  const iTrip = tripIndex(months, series);
  const iBefore = highestBefore2021(months, series);
  const iPeak = peak2021(months, series);
  const crossesLine = (b: Rect) => crossesPolyline(linePts, b);
  const tripX0 = x(time(EVENTS.tripStart));
  const tripX1 = Math.max(tripX0 + 2, x(time(EVENTS.tripEnd) + DAY));
  const band: Rect = { x: tripX0, y: plot.y0, w: tripX1 - tripX0, h: plot.y1 - plot.y0 };
  const fits = (l: Label, size: number) => {
    const b = boxOf(l, size);
    return b.x >= 0 && b.x + b.w <= width && b.y >= plot.y0 - 2 && b.y + b.h <= plot.y1 && !labels.some((o) => overlaps(o, b)) && !overlaps(band, b, 1) && !crossesLine(b);
  };
  /** Labels this chart must always show (checked by the label tests at every width, in both languages). */
  const mustShow: string[] = [seriesText, tickLabel(0)];
  const pointLabel = (i: number, sides: ('right' | 'right-above' | 'left' | 'left-above')[]): Label | undefined => {
    const m = months[i]!;
    const v = valueOf(m, series)!;
    const px = xAt(m);
    const py = y(v);
    const text = s.enc.pointLabel(formatMonthShort(m.month, lang), formatCount(v, lang));
    mustShow.push(text);
    const cands: Label[] = [];
    // Beside the point first, then a row or two further away on the same side: a label is moved, never dropped.
    for (const shift of [0, 1, 2, 3]) {
      for (const side of sides) {
        const right = side.startsWith('right');
        const ly = (side.endsWith('above') ? py - 7 : py + font.label * 0.35) + (side.endsWith('above') ? -1 : 1) * shift * font.line;
        cands.push({ x: right ? px + 7 : px - 7, y: ly, text, anchor: right ? 'start' : 'end', cls: 'ch-label ch-halo' });
      }
    }
    const cand = cands.find((c) => fits(c, font.label)) ?? cands[0]!;
    labels.push(boxOf(cand, font.label));
    return cand;
  };

  // Reference line at the trip month's level, labelled where the series stays below it.
  let ref: EncountersGeometry['ref'];
  const vTrip = valueOf(months[iTrip], series);
  if (iTrip >= 0 && vTrip !== null) {
    const ry = y(vTrip);
    const text = s.enc.levelLabel(formatMonthShort(months[iTrip]!.month, lang), formatCount(vTrip, lang));
    mustShow.push(text);
    // On two lines ("Jun 2021 level:" / "178,650") when one would not fit beside the data.
    const split = text.lastIndexOf(': ');
    const two = textWidth(text, font.label, true) > (plot.x1 - plot.x0) * 0.6 && split > 0 ? [text.slice(0, split + 1), text.slice(split + 2)] : undefined;
    const w = Math.min(Math.max(...(two ?? [text]).map((t) => textWidth(t, font.label, true))), plot.x1 - plot.x0);
    const lift = two ? font.line : 0;
    // Just above the dashed line where the data stays below the label; else a row or two higher.
    const clear = (lx: number, ly: number) =>
      months.every((m) => {
        const v = val(m);
        const mx = xAt(m);
        return v === null || mx < lx - 2 || mx > lx + w + 2 || y(v) > ly + 4;
      });
    let label: Label | undefined;
    for (const ly of [ry - 5 - lift, ry - 5 - font.line - lift, ry - 5 - 2 * font.line - lift, ry + font.label + 4]) {
      for (let lx = plot.x0 + 4; lx + w <= plot.x1 && !label; lx += 4) {
        const cand: Label = { x: lx, y: ly, text, lines: two, anchor: 'start', cls: 'ch-label ch-halo enc-ref-label' };
        if ((ly > ry || clear(lx, ly + lift)) && fits(cand, font.label)) label = cand;
      }
      if (label) break;
    }
    label ??= { x: plot.x1, y: ry - 5, text: truncate(text, plot.x1 - plot.x0, font.label, true), anchor: 'end', cls: 'ch-label ch-halo enc-ref-label' };
    labels.push(boxOf(label, font.label));
    ref = { y: ry, x0: plot.x0, x1: plot.x1, label };
  }
  // The trip level is placed first (it is the chart's point); the peaks find room around it.
  if (iBefore >= 0) marks.push({ x: xAt(months[iBefore]!), y: y(valueOf(months[iBefore], series)!), cls: 'enc-point', label: pointLabel(iBefore, ['right-above', 'right', 'left-above', 'left']) });
  if (iPeak >= 0 && iPeak !== iTrip) marks.push({ x: xAt(months[iPeak]!), y: y(valueOf(months[iPeak], series)!), cls: 'enc-point', label: pointLabel(iPeak, ['left', 'left-above', 'right', 'right-above']) });
  if (iTrip >= 0 && vTrip !== null) marks.push({ x: xAt(months[iTrip]!), y: y(vTrip), cls: 'enc-point enc-point-trip' });

  // Events: stacked labels in the band above the plot, joined to their rules by leaders.
  const evs = [
    { kind: 'rule' as const, cls: 'enc-event', x0: x(time(EVENTS.inauguration)), x1: x(time(EVENTS.inauguration)), text: s.enc.event(formatDayShort(EVENTS.inauguration, lang), s.enc.inauguration) },
    { kind: 'rule' as const, cls: 'enc-event', x0: x(time(EVENTS.assigned)), x1: x(time(EVENTS.assigned)), text: s.enc.event(formatDayShort(EVENTS.assigned, lang), s.enc.assigned) },
    { kind: 'band' as const, cls: 'enc-event enc-trip', x0: tripX0, x1: tripX1, text: s.enc.event(formatDayRangeShort(EVENTS.tripStart, EVENTS.tripEnd, lang), s.enc.trip) },
  ].filter((e) => e.x1 >= plot.x0 && e.x0 <= plot.x1);
  mustShow.push(...evs.map((e) => e.text));
  const widest = max(evs, (e) => textWidth(e.text, font.label, e.kind === 'band')) ?? 0;
  const minX = Math.min(...evs.map((e) => e.x0));
  const maxX1 = Math.max(...evs.map((e) => e.x1));
  // Labels go left of the events when they fit there, else right; the event farthest from the labels takes the top row so no leader crosses a rule.
  const onLeft = minX - 6 - widest >= 0 || minX > width - maxX1;
  const ordered = [...evs].sort((a, b) => (onLeft ? b.x0 - a.x0 : a.x0 - b.x0));
  const events: EventMark[] = ordered.map((e, row) => {
    const baseline = rowH * (row + 1) + font.label + 2;
    const mid = baseline - font.label * 0.35;
    const lx = onLeft ? minX - 6 : maxX1 + 6;
    const room = onLeft ? lx : width - lx;
    const label: Label = { x: lx, y: baseline, text: truncate(e.text, room, font.label, e.kind === 'band'), anchor: onLeft ? 'end' : 'start', cls: `ch-label ${e.kind === 'band' ? 'enc-trip-label' : 'enc-event-label'}` };
    const ex = onLeft ? e.x0 : e.x1;
    return { kind: e.kind, cls: e.cls, x0: e.x0, x1: e.x1, top: mid, label, leader: [[onLeft ? lx + 2 : lx - 2, mid], [ex, mid]] };
  });

  // Points a reader can step through: every month with a value.
  const present = months.filter(defined);
  const hits = stripHits(present.map((m) => ({ x: xAt(m) })), 0, height, plot.x0 - left, width);
  const unit = series === 'all' ? s.enc.unitAll : s.enc.unitChildren;
  const points: ChartPoint[] = present.map((m, i) => {
    const v = val(m)!;
    const all = m.all === null ? `${s.enc.seriesAll}: ${s.noData}` : s.enc.tipAll(formatCount(m.all, lang));
    const ch = m.children === null ? `${s.enc.seriesChildren}: ${s.noData}` : s.enc.tipChildren(formatCount(m.children, lang));
    const lines = series === 'all' ? [all, ch] : [ch, all];
    return {
      key: m.month,
      x: xAt(m),
      y: y(v),
      hit: hits[i]!,
      series: 0,
      title: formatMonth(m.month, lang),
      lines,
      announce: s.enc.announce(formatMonth(m.month, lang), formatCount(v, lang), unit),
    };
  });
  const tripKey = months[iTrip]?.month;
  const start = Math.max(0, points.findIndex((p) => p.key === tripKey));

  return {
    kind: 'encounters',
    mustShow: [...mustShow, ...(xTicks.length ? [xTicks[0]!.label, xTicks[xTicks.length - 1]!.label] : [])],
    variant: o.variant,
    font,
    width,
    height,
    designWidth: DESIGN_WIDTH[o.variant],
    designHeight: DESIGN_HEIGHT[o.variant],
    plot,
    xTicks,
    yTicks,
    linePath,
    // The table lists this series' months around the trip: the vertices before them have no row ("_n" skips n).
    rows: tableRows(months.filter(defined), series),
    more: moreSpec({ key: 'month', kind: 'month', first: months.find(defined)?.month ?? '', columns: [series === 'children' ? 'uc_encounters' : 'encounters'] }),
    seriesLabel,
    ref,
    events,
    marks,
    points,
    nav: navSeries(points, 12),
    guide: { y0: plot.y0, y1: plot.y1 },
    start,
  };
}

/** data-rows for the line: the vertices before the table's first month are skipped ("_n"), then vertex k is table row k. */
export function tableRows(defined: EncounterMonth[], _series: EncounterSeries): string {
  const w = tableWindow();
  const skip = defined.findIndex((m) => m.month >= w.from);
  if (skip < 0) return '';
  const n = defined.filter((m) => m.month >= w.from && m.month <= w.to).length;
  const ranges = rowRanges(Array.from({ length: n }, (_, i) => i));
  return skip > 0 ? `_${skip},${ranges}` : ranges;
}
