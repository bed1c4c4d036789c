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
import { DAY, formatCompact, formatCountShort, formatCountShort3, formatDate, formatMonthName, time } from '../../lib/format.ts';
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
  /** Value labels; one moved away from its column gets a leader line to the column's top. */
  labels: { x: number; y: number; text: string; leader?: [number, number, number, number] | undefined }[];
}

export interface VaccineGeometry extends Interactive {
  kind: 'vaccine';
  /** Labels that must always show: each country, every value, zero and the top of the scale, the trip and the ends of the time axis. */
  mustShow: string[];
  variant: LayoutOptions['variant'];
  font: (typeof FONT)['wide'];
  hatchId: string;
  plot: { x0: number; x1: number };
  xTicks: Tick[];
  axisY: number;
  panels: VaxPanel[];
  /** The trip days: one band per panel (clear of the country names) and a label on top. */
  trip?: { x0: number; x1: number; bands: { y0: number; y1: number }[]; label: { x: number; y: number; text: string; anchor: 'start' | 'end' } } | undefined;
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

  const tx0 = x(time(EVENTS.tripStart));
  const tx1 = Math.max(tx0 + 2, x(time(EVENTS.tripEnd) + DAY));
  const panels: VaxPanel[] = [];
  const points: ChartPoint[] = [];
  const mustShow: string[] = [tickLabel(0), tickLabel(ticks[ticks.length - 1] ?? 0), s.trip, ...(xTicks.length ? [xTicks[0]!.label, xTicks[xTicks.length - 1]!.label] : [])];
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
    const headText = covax ? `${name} · ${s.vax.viaCovax}` : name;
    mustShow.push(headText);
    const header = { x: 0, y: ptop + font.strong + 2, text: truncate(headText, width, font.strong, true) };
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
    const band = tx1 > plot.x0 && tx0 < plot.x1 ? { x0: tx0, x1: tx1 } : undefined;

    // Value labels above columns: announcements first, then the largest; skipped where they would collide.
    const labels: VaxPanel['labels'] = [];
    // The first delivery after an announcement is the comparison readers look for.
    const rank = (c: (typeof columns)[number]) => {
      if (c.e.event === 'announced') return 0;
      const i = columns.indexOf(c);
      return columns.slice(0, i).some((p) => p.e.event === 'announced') && !columns.slice(0, i).some((p) => p.e.event === 'delivered' && columns.slice(0, columns.indexOf(p)).some((q) => q.e.event === 'announced')) ? 1 : 2;
    };
    const order = [...columns].sort((a, b) => rank(a) - rank(b) || b.e.doses! - a.e.doses!);
    const h = font.tick * 1.2;
    const boxOf = (l: { x: number; y: number; text: string }): Rect => {
      const w = textWidth(l.text, font.tick);
      return { x: l.x - w / 2, y: l.y - font.tick, w, h };
    };
    const obstacles: Rect[] = [...placed];
    if (band) obstacles.push({ x: band.x0 - 1, y: ci === 0 ? ptop : top, w: band.x1 - band.x0 + 2, h: bottom - (ci === 0 ? ptop : top) });
    for (const c of order) {
      const text = formatCountShort3(c.e.doses!, lang);
      mustShow.push(text);
      const w = textWidth(text, font.tick);
      const cx = c.x + c.w / 2;
      // Above the column first, then stacked higher, then beside its top; every value keeps its label.
      const cands: { x0: number; ly: number }[] = [];
      for (let level = 0; level < 8; level++) {
        const ly = c.y - 4 - level * h;
        for (const x0 of [cx - w / 2, c.x + c.w - w, c.x, c.x + c.w + 2, c.x - w - 2, c.x + c.w + 2 + w / 2, c.x - 2 - w * 1.5]) cands.push({ x0, ly });
      }
      for (let level = 0; level < 3; level++) for (const x0 of [c.x + c.w + 2, c.x - w - 2]) cands.push({ x0, ly: c.y + font.tick * 0.9 + level * h });
      // Last, anywhere in the panel above the column's height, nearest first.
      const far: { x0: number; ly: number; d: number }[] = [];
      for (let level = 0; level < 8; level++) for (let dx = -3 * w; dx <= 3 * w; dx += 4) far.push({ x0: cx - w / 2 + dx, ly: c.y - 4 - level * h, d: Math.abs(dx) + level * h });
      cands.push(...far.sort((a, b) => a.d - b.d));
      const fits = (b: Rect) => b.x >= 0 && b.x + b.w <= width && b.y >= ptop && b.y + b.h <= bottom + 2 && !obstacles.some((p) => overlaps(p, b, 1)) && !labels.some((l) => overlaps(boxOf(l), b, 1));
      const pick = cands.find((k) => fits({ x: k.x0, y: k.ly - font.tick, w, h })) ?? cands[0]!;
      const away = pick.x0 > c.x + c.w || pick.x0 + w < c.x || pick.ly < c.y - 4 - h;
      const lx = Math.max(pick.x0, Math.min(pick.x0 + w, cx));
      const ly = pick.ly < c.y ? pick.ly + font.tick * 0.25 : pick.ly - font.tick;
      labels.push({ x: pick.x0 + w / 2, y: pick.ly, text, leader: away ? [lx, ly, cx, c.y - 1] : undefined });
    }

    // Zero and the top of the scale are labelled in every panel.
    const grid: Tick[] = ticks.map((v) => ({ value: v, pos: y(v), label: v === 0 || v === ticks[ticks.length - 1] ? tickLabel(v) : '' }));
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
        lines: [s.vax.tipDoses(formatCompact(e.doses!, lang), eventWord), s.vax.tipVaccine(s.vax.vaccine[e.vaccine] ?? e.vaccine, channel)],
        announce: s.vax.announce(name, formatDate(e.date, lang), formatCompact(e.doses!, lang), eventWord, channel),
      });
    });
  });

  let trip: VaccineGeometry['trip'];
  if (tx1 > plot.x0 && tx0 < plot.x1 && panels.length) {
    const text = s.trip;
    const w = textWidth(text, font.label, true);
    const anchor = tx0 + w <= width ? 'start' : 'end';
    trip = { x0: tx0, x1: tx1, bands: panels.map((p, i) => ({ y0: i === 0 ? p.top - m.header * k + 2 : p.top, y1: p.bottom })), label: { x: anchor === 'start' ? tx0 : tx1, y: font.label + 2, text, anchor } };
  }

  const start = Math.max(
    0,
    points.findIndex((p) => (p.key.split('|')[1] ?? '') >= EVENTS.tripStart),
  );
  return {
    kind: 'vaccine',
    mustShow,
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
