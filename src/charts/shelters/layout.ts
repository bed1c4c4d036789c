/**
 * Shelters chart layout: children in HHS care by day in 2021 as a line over
 * an area, with the peak labelled and the trip days shaded and labelled with
 * the level during the trip.
 */
import type { PlacedLabel } from '../core/render-common.ts';
import { moreSpec } from '../frame/island/more-spec.ts';
import { scaleLinear } from 'd3-scale';
import { extent, max } from 'd3-array';
import { coreLabels } from '../core/strings.ts';
import { labels as kindLabels } from './strings.ts';
import { EVENTS } from '../core/events.ts';
import { DAY, formatCount, formatCountShort, formatDate, formatDayRangeShort, formatDayShort, formatMonthName, time } from '../../lib/format.ts';
import { DESIGN_WIDTH, FONT, crossesPolyline, labelBox, navSeries, overlaps, scaleFor, stripHits, timeTicks, type ChartPoint, type Interactive, type LayoutOptions, type Rect, type Tick } from '../core/geometry.ts';
import { textWidth, truncate } from '../core/text.ts';
import { linePath as toLinePath, rowRanges } from '../core/svg.ts';
import { daysWithin, peakIndex, tableDays, type ShelterDay } from './data.ts';

export type Label = PlacedLabel;

export interface SheltersGeometry extends Interactive {
  kind: 'shelters';
  /** Labels that must always show: the series, zero, the trip, the peak, the level during the trip and the ends of the time axis. */
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
  trip?: { x0: number; x1: number; label: Label } | undefined;
  marks: { x: number; y: number; cls: string; label?: Label | undefined }[];
}

const DESIGN_HEIGHT = { wide: 360, narrow: 300 } as const;

export function layoutShelters(days: ShelterDay[], o: LayoutOptions): SheltersGeometry {
  const s = { ...coreLabels(o.lang), hhs: kindLabels(o.lang) };
  const lang = o.lang;
  const font = FONT[o.variant];
  const width = o.width;
  const height = DESIGN_HEIGHT[o.variant] * scaleFor(o);
  const rowH = font.line;

  const present = days.filter((d) => d.inCare !== null);
  const vmax = max(present, (d) => d.inCare!) ?? 0;
  const y = scaleLinear().domain([0, vmax > 0 ? vmax * 1.08 : 1]).nice(o.variant === 'wide' ? 5 : 4);
  const yTickValues = y.ticks(o.variant === 'wide' ? 5 : 4);
  const tickLabel = (v: number) => formatCountShort(v, lang);
  const left = Math.ceil(max(yTickValues, (v) => textWidth(tickLabel(v), font.tick)) ?? 20) + 8;
  // Three rows above the plot: the series, the trip, and room for the peak's label clear of the trip band.
  const top = rowH * 3 + 12;
  const bottom = font.tick + 12;
  const plot = { x0: left, x1: Math.max(left + 10, width - 10), y0: top, y1: Math.max(top + 10, height - bottom) };
  y.range([plot.y1, plot.y0]);

  const [d0, d1] = extent(days, (d) => time(d.date));
  const t0 = d0 ?? time(EVENTS.tripStart);
  const t1 = d1 ?? t0;
  const x = scaleLinear().domain(t0 === t1 ? [t0 - 7 * DAY, t1 + 7 * DAY] : [t0, t1]).range([plot.x0, plot.x1]);
  const xAt = (d: ShelterDay) => x(time(d.date));

  const yTicks: Tick[] = yTickValues.map((v) => ({ value: v, pos: y(v), label: tickLabel(v) }));
  const tt = timeTicks(x.domain()[0]!, x.domain()[1]!, (plot.x1 - plot.x0) / (o.variant === 'wide' ? 56 : 50));
  const xTicks: Tick[] = tt.values.map((t) => ({ value: t, pos: x(t), label: formatMonthName(new Date(t), lang) }));

  const pts = days.map((d): [number, number] | null => (d.inCare === null ? null : [xAt(d), y(d.inCare)]));
  const linePath = toLinePath(pts);

  const placed: Rect[] = [];
  const boxOf = (c: Label, size: number, bold: boolean): Rect => {
    const lines = c.lines ?? [c.text];
    const b = labelBox(c, size, Math.max(...lines.map((l) => textWidth(l, size, bold))));
    return { ...b, h: b.h + (lines.length - 1) * rowH };
  };
  // Labels avoid each other, the trip band and the line; a label that finds no clear spot keeps its first one (the label tests catch it), so none is dropped.
  const soft: Rect[] = [];
  const tryPlace = (cands: Label[], size: number, bold = false): Label | undefined => {
    const clear = (c: Label) => {
      const b = boxOf(c, size, bold);
      return b.x >= 0 && b.x + b.w <= width && b.y >= 0 && b.y + b.h <= plot.y1 && ![...placed, ...soft].some((p) => overlaps(p, b)) && !crossesPolyline(pts, b);
    };
    const c = cands.find(clear) ?? cands[0];
    if (c) placed.push(boxOf(c, size, bold));
    return c;
  };

  // The value axis's labels sit left of the plot; other labels keep clear of them.
  for (const t of yTicks) placed.push(labelBox({ x: plot.x0 - 6, y: t.pos + font.tick * 0.35, text: t.label, anchor: 'end' }, font.tick, textWidth(t.label, font.tick)));
  const mustShow: string[] = [s.hhs.seriesLabel, tickLabel(0)];
  const seriesLabel: Label = { x: 0, y: font.strong, text: truncate(s.hhs.seriesLabel, width, font.strong, true), anchor: 'start', cls: 'ch-label ch-strong' };
  placed.push(labelBox(seriesLabel, font.strong, textWidth(seriesLabel.text, font.strong, true)));

  // Trip band, labelled in the second row above the plot.
  let trip: SheltersGeometry['trip'];
  const tx0 = x(time(EVENTS.tripStart));
  const tx1 = Math.max(tx0 + 2, x(time(EVENTS.tripEnd) + DAY));
  if (tx1 >= plot.x0 && tx0 <= plot.x1) {
    const text = s.tripDays(formatDayRangeShort(EVENTS.tripStart, EVENTS.tripEnd, lang));
    mustShow.push(text);
    const w = textWidth(text, font.label, true);
    const anchor = tx0 + w <= width ? 'start' : 'end';
    const label: Label = { x: anchor === 'start' ? tx0 : tx1, y: rowH + font.label + 2, text: truncate(text, width, font.label, true), anchor, cls: 'ch-label ch-trip-label' };
    placed.push(labelBox(label, font.label, w));
    soft.push({ x: tx0, y: plot.y0, w: tx1 - tx0, h: plot.y1 - plot.y0 });
    trip = { x0: tx0, x1: tx1, label };
  }

  const marks: SheltersGeometry['marks'] = [];
  const iPeak = peakIndex(days);
  if (iPeak >= 0) {
    const d = days[iPeak]!;
    const px = xAt(d);
    const py = y(d.inCare!);
    const text = s.hhs.peak(formatDayShort(d.date, lang), formatCount(d.inCare!, lang));
    mustShow.push(text);
    const label = tryPlace(
      [
        { x: px + 8, y: py - 6, text, anchor: 'start', cls: 'ch-label ch-halo' },
        { x: px, y: py - 9, text, anchor: 'middle', cls: 'ch-label ch-halo' },
        { x: px - 8, y: py - 6, text, anchor: 'end', cls: 'ch-label ch-halo' },
        { x: px + 8, y: py + font.label * 0.35, text, anchor: 'start', cls: 'ch-label ch-halo' },
        // Above the plot, where the trip band does not reach.
        { x: px, y: plot.y0 - 7, text, anchor: 'middle', cls: 'ch-label ch-halo' },
        { x: px - 8, y: plot.y0 - 7, text, anchor: 'start', cls: 'ch-label ch-halo' },
        { x: Math.max(0, px - 40), y: plot.y0 - 7, text, anchor: 'start', cls: 'ch-label ch-halo' },
        { x: 0, y: plot.y0 - 7, text, anchor: 'start', cls: 'ch-label ch-halo' },
      ],
      font.label,
    );
    marks.push({ x: px, y: py, cls: 'hhs-point', label });
  }

  const during = daysWithin(days, EVENTS.tripStart, EVENTS.tripEnd);
  if (during.length && trip) {
    const vals = during.map((d) => d.inCare!);
    const lo = Math.min(...vals);
    const hi = Math.max(...vals);
    const level = lo === hi ? formatCount(lo, lang) : `${formatCount(lo, lang)}–${formatCount(hi, lang)}`;
    const text = s.hhs.during(level);
    mustShow.push(text);
    const split = text.split(': ');
    const two = split.length === 2 ? [`${split[0]}:`, split[1]!] : [text];
    const yHi = y(hi);
    const yLo = y(lo);
    const cls = 'ch-label ch-halo ch-trip-label';
    const at = (lx: number, ly: number, anchor: Label['anchor'], lines?: string[]): Label => ({ x: lx, y: ly, text, lines, anchor, cls });
    const label = tryPlace(
      [
        at(trip.x1 + 8, yHi - 10, 'start'),
        at(trip.x1 + 8, yHi - 10 - font.label, 'start'),
        at(trip.x1 + 8, yLo + font.label + 10, 'start'),
        at(trip.x0 - 8, yLo + font.label + 10, 'end'),
        at(trip.x1 + 8, yHi - 10 - rowH, 'start', two),
        at(trip.x1 + 8, yHi - 10 - 2 * rowH, 'start', two),
        at(trip.x1 + 8, yLo + font.label + 10, 'start', two),
        at(trip.x0 - 8, yLo + font.label + 10, 'end', two),
      ],
      font.label,
      true,
    );
    const last = during[during.length - 1]!;
    marks.push({ x: xAt(last), y: y(last.inCare!), cls: 'hhs-point hhs-point-trip', label });
  }

  const hits = stripHits(present.map((d) => ({ x: xAt(d) })), 0, height, 0, width);
  const points: ChartPoint[] = present.map((d, i) => ({
    key: d.date,
    x: xAt(d),
    y: y(d.inCare!),
    hit: hits[i]!,
    series: 0,
    title: formatDate(d.date, lang),
    lines: [s.hhs.inCare(formatCount(d.inCare!, lang)), ...(d.discharged === null ? [] : [s.hhs.discharged(formatCount(d.discharged, lang))])],
    announce: s.hhs.announce(formatDate(d.date, lang), formatCount(d.inCare!, lang)),
  }));
  const start = Math.max(0, points.findIndex((p) => p.key >= EVENTS.tripStart));

  return {
    kind: 'shelters',
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
    // The table lists the days from the peak to the trip: the vertices before them have no row ("_n" skips n).
    rows: tableRows(days),
    more: moreSpec({ key: 'date', kind: 'date', first: days.find((d) => d.inCare !== null)?.date ?? '', columns: ['children_in_hhs_care', 'children_discharged'] }),
    seriesLabel,
    trip,
    marks,
    points,
    nav: navSeries(points, 7),
    guide: { y0: plot.y0, y1: plot.y1 },
    start,
  };
}

/** data-rows for the line: vertex k (a reported day) is table row k - skip. */
export function tableRows(days: ShelterDay[]): string {
  const table = tableDays(days);
  const skip = days.filter((d) => d.inCare !== null).findIndex((d) => d.date === table[0]?.date);
  if (skip < 0) return '';
  const ranges = rowRanges(table.map((_, i) => i));
  return skip > 0 ? `_${skip},${ranges}` : ranges;
}
