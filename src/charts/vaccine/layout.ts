/**
 * Vaccine chart layout: one row per country on a shared time axis (2021)
 * and a shared dose scale. Each announcement or delivery is a column at its
 * date: dashed outline = announced, solid = delivered, hatched = loan. The
 * trip days are shaded across all rows.
 */
import { scaleLinear } from 'd3-scale';
import { max } from 'd3-array';
import { coreLabels, countryName } from '../core/strings.ts';
import { labels as kindLabels } from './strings.ts';
import { EVENTS } from '../core/events.ts';
import { DAY, formatCount, formatCountShort, formatCountShort3, formatDate, formatMonthName, time } from '../../lib/format.ts';
import { DESIGN_WIDTH, FONT, navSeries, overlaps, scaleFor, timeTicks, type ChartPoint, type Interactive, type LayoutOptions, type Rect, type Tick } from '../core/geometry.ts';
import { textWidth, truncate } from '../core/text.ts';
import type { VaxData, VaxEvent } from './data.ts';

export interface VaxColumn {
  x: number;
  y: number;
  w: number;
  h: number;
  cls: string;
  /** Fill with the loan hatch. */
  loan: boolean;
}

export interface VaxPanel {
  country: string;
  header: { x: number; y: number; text: string };
  top: number;
  bottom: number;
  grid: Tick[];
  columns: VaxColumn[];
  labels: { x: number; y: number; text: string }[];
}

export interface VaccineGeometry extends Interactive {
  kind: 'vaccine';
  variant: LayoutOptions['variant'];
  font: (typeof FONT)['wide'];
  hatchId: string;
  plot: { x0: number; x1: number };
  xTicks: Tick[];
  axisY: number;
  panels: VaxPanel[];
  trip?: { x0: number; x1: number; y0: number; y1: number; label: { x: number; y: number; text: string; anchor: 'start' | 'end' } } | undefined;
}

const METRICS = {
  wide: { top: 26, header: 24, plot: 84, gap: 14, axis: 28 },
  narrow: { top: 22, header: 20, plot: 64, gap: 10, axis: 22 },
} as const;

export function vaccineDesignHeight(data: VaxData, variant: LayoutOptions['variant']): number {
  const m = METRICS[variant];
  const n = Math.max(1, data.countries.length);
  return m.top + n * (m.header + m.plot) + (n - 1) * m.gap + m.axis;
}

export function layoutVaccine(data: VaxData, o: LayoutOptions): VaccineGeometry {
  const s = { ...coreLabels(o.lang), vax: kindLabels(o.lang) };
  const lang = o.lang;
  const font = FONT[o.variant];
  const m = METRICS[o.variant];
  const k = scaleFor(o);
  const width = o.width;
  const designHeight = vaccineDesignHeight(data, o.variant);
  const height = designHeight * k;

  const dmax = max(data.events, (e) => e.doses ?? 0) ?? 0;
  const y = scaleLinear().domain([0, dmax > 0 ? dmax : 1]).nice(3);
  const ticks = y.ticks(3);
  const tickLabel = (v: number) => formatCountShort(v, lang);
  const left = Math.ceil(max(ticks, (v) => textWidth(tickLabel(v), font.tick)) ?? 20) + 8;
  const plot = { x0: left, x1: width - 8 };

  const years = data.events.map((e) => Number(e.date.slice(0, 4)));
  const y0 = years.length ? Math.min(...years) : Number(EVENTS.tripStart.slice(0, 4));
  const y1 = years.length ? Math.max(...years) : y0;
  const t0 = Date.UTC(y0, 0, 1);
  const t1 = Date.UTC(y1 + 1, 0, 1);
  const x = scaleLinear().domain([t0, t1]).range([plot.x0, plot.x1]);
  const pxPerDay = (plot.x1 - plot.x0) / ((t1 - t0) / DAY);
  const colW = Math.max(5, Math.min(12, pxPerDay * 6));

  const tt = timeTicks(t0, t1 - DAY, (plot.x1 - plot.x0) / (o.variant === 'wide' ? 46 : 50));
  const xTicks: Tick[] = tt.values.map((t) => ({ value: t, pos: x(t), label: formatMonthName(new Date(t), lang) }));
  const axisY = height - m.axis * k;

  const panels: VaxPanel[] = [];
  const points: ChartPoint[] = [];
  const hatchId = `${o.idPrefix}-loan`;
  data.countries.forEach((country, ci) => {
    const ptop = (m.top + ci * (m.header + m.plot + m.gap)) * k;
    const top = ptop + m.header * k;
    const bottom = top + m.plot * k;
    y.range([bottom, top + font.tick + 4]);
    const evs = data.events.filter((e) => e.country === country && e.doses !== null);
    const delivered = evs.filter((e) => e.event === 'delivered');
    const covax = delivered.length > 0 && delivered.every((e) => e.channel === 'covax');
    const name = countryName(country, lang);
    const header = { x: 0, y: ptop + font.strong + 2, text: truncate(covax ? `${name} · ${s.vax.viaCovax}` : name, width, font.strong, true) };
    const placed: Rect[] = [{ x: 0, y: header.y - font.strong, w: textWidth(header.text, font.strong, true), h: font.strong * 1.25 }];

    // Columns, nudged right when two would touch.
    const columns: (VaxColumn & { e: VaxEvent })[] = [];
    for (const e of evs) {
      let cx = x(time(e.date)) - colW / 2;
      const prev = columns[columns.length - 1];
      if (prev && cx < prev.x + prev.w + 1) cx = prev.x + prev.w + 1;
      const top = y(e.doses!);
      const cls = e.event === 'announced' ? (e.channel === 'loan' ? 'vax-announced-loan' : 'vax-announced') : e.channel === 'loan' ? 'vax-loan' : 'vax-delivered';
      columns.push({ x: cx, y: top, w: colW, h: Math.max(1, bottom - top), cls, loan: e.channel === 'loan', e });
    }
    columns.forEach((c) => placed.push({ x: c.x, y: c.y, w: c.w, h: c.h }));

    // Value labels above columns: announcements first, then the largest; skipped where they would collide.
    const labels: VaxPanel['labels'] = [];
    // The first delivery after an announcement is the comparison readers look for.
    const rank = (c: (typeof columns)[number]) => {
      if (c.e.event === 'announced') return 0;
      const i = columns.indexOf(c);
      return columns.slice(0, i).some((p) => p.e.event === 'announced') && !columns.slice(0, i).some((p) => p.e.event === 'delivered' && columns.slice(0, columns.indexOf(p)).some((q) => q.e.event === 'announced')) ? 1 : 2;
    };
    const order = [...columns].sort((a, b) => rank(a) - rank(b) || b.e.doses! - a.e.doses!);
    for (const c of order) {
      const text = formatCountShort3(c.e.doses!, lang);
      const w = textWidth(text, font.tick);
      const own = placed.filter((p) => !(p.x === c.x && p.y === c.y));
      const cx = c.x + c.w / 2;
      for (const lx of [cx, c.x + c.w - w / 2, c.x + w / 2, cx - w / 2 - c.w / 2 - 2, cx + w / 2 + c.w / 2 + 2]) {
        const x0 = Math.max(0, Math.min(width - w, lx - w / 2));
        const side = x0 + w < c.x || x0 > c.x + c.w;
        const ly = side ? c.y + font.tick * 0.9 : c.y - 4;
        const box = { x: x0, y: ly - font.tick, w, h: font.tick * 1.2 };
        if (box.y < ptop || box.y + box.h > bottom + 2 || own.some((p) => overlaps(p, box, 1)) || labels.some((l) => overlaps({ x: l.x - textWidth(l.text, font.tick) / 2, y: l.y - font.tick, w: textWidth(l.text, font.tick), h: font.tick * 1.2 }, box, 1))) continue;
        placed.push(box);
        labels.push({ x: x0 + w / 2, y: ly, text });
        break;
      }
    }

    const grid: Tick[] = ticks.map((v) => ({ value: v, pos: y(v), label: v === ticks[ticks.length - 1] ? tickLabel(v) : '' }));
    panels.push({ country, header, top, bottom, grid, columns: columns.map(({ e: _e, ...c }) => c), labels });

    columns.forEach((c) => {
      const e = c.e;
      const eventWord = e.event === 'announced' ? s.vax.eventAnnounced : s.vax.eventDelivered;
      const channel = s.vax.channel[e.channel] ?? e.channel;
      points.push({
        key: `${e.country}|${e.date}|${e.event}`,
        x: c.x + c.w / 2,
        y: c.y,
        box: { x: c.x, y: c.y, w: c.w, h: c.h },
        hit: { x: c.x - 4, y: top - 6, w: c.w + 8, h: bottom - top + 6 },
        series: ci,
        title: `${name} · ${formatDate(e.date, lang)}`,
        lines: [s.vax.tipDoses(formatCount(e.doses!, lang), eventWord), s.vax.tipVaccine(s.vax.vaccine[e.vaccine] ?? e.vaccine, channel)],
        announce: s.vax.announce(name, formatDate(e.date, lang), formatCount(e.doses!, lang), eventWord, channel),
      });
    });
  });

  let trip: VaccineGeometry['trip'];
  const tx0 = x(time(EVENTS.tripStart));
  const tx1 = Math.max(tx0 + 2, x(time(EVENTS.tripEnd) + DAY));
  if (tx1 > plot.x0 && tx0 < plot.x1 && panels.length) {
    const text = s.trip;
    const w = textWidth(text, font.label, true);
    const anchor = tx0 + w <= width ? 'start' : 'end';
    trip = { x0: tx0, x1: tx1, y0: panels[0]!.top - m.header * k + 2, y1: panels[panels.length - 1]!.bottom, label: { x: anchor === 'start' ? tx0 : tx1, y: font.label + 2, text, anchor } };
  }

  const start = Math.max(
    0,
    points.findIndex((p) => (p.key.split('|')[1] ?? '') >= EVENTS.tripStart),
  );
  return {
    kind: 'vaccine',
    variant: o.variant,
    font,
    width,
    height,
    designWidth: DESIGN_WIDTH[o.variant],
    designHeight,
    hatchId,
    plot,
    xTicks,
    axisY,
    panels,
    trip,
    points,
    nav: navSeries(points, 3),
    start,
  };
}
