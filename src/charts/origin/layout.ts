/**
 * Origin chart layout: one small panel per period, a horizontal bar per
 * citizenship group, bar length = share of the period's total on one shared
 * scale, labelled with the count and the share. Two columns of panels on
 * wide screens, one on phones.
 */
import { scaleLinear } from 'd3-scale';
import { max } from 'd3-array';
import { coreLabels, countryName } from '../core/strings.ts';
import { labels as kindLabels } from './strings.ts';
import { formatCount, formatPeriod, formatShare, formatShareFixed } from '../../lib/format.ts';
import { DESIGN_WIDTH, FONT, scaleFor, type ChartPoint, type Interactive, type LayoutOptions, type Nav } from '../core/geometry.ts';
import { textWidth, truncate, wrap } from '../core/text.ts';
import { TRIP_MONTH } from '../core/events.ts';
import { OTHER, originPanels, periodSpan, type OriginRow } from './data.ts';

export interface OriginBar {
  y: number;
  h: number;
  x: number;
  w: number;
  cls: string;
  label: { x: number; y: number; text: string };
  value: { x: number; y: number; text: string };
}

export interface OriginGeometry extends Interactive {
  kind: 'origin';
  /** Labels that must always show: each period, each group and each value. */
  mustShow: string[];
  variant: LayoutOptions['variant'];
  font: (typeof FONT)['wide'];
  headers: { x: number; y: number; text: string }[];
  /** Second header line of a period longer than a month. */
  subs: { x: number; y: number; text: string }[];
  bars: OriginBar[];
  /** Months with no breakdown: an outlined box with a note, in place of the bars. */
  gaps: { x: number; y: number; w: number; h: number; lines: string[]; lineY: number[] }[];
}

const METRICS = {
  wide: { header: 26, row: 30, bar: 16, gap: 22, colGap: 28 },
  narrow: { header: 20, row: 24, bar: 14, gap: 14, colGap: 0 },
} as const;

/** Panel header height: the period, and a second line saying how many months a longer period adds up. */
function headerHeight(panels: ReturnType<typeof originPanels>, variant: LayoutOptions['variant']): number {
  return METRICS[variant].header + (panels.some((p) => p.months > 1 && !p.missing) ? FONT[variant].line : 0);
}

export function originDesignHeight(rows: OriginRow[], variant: LayoutOptions['variant']): number {
  const panels = originPanels(rows);
  const m = METRICS[variant];
  const cols = variant === 'wide' && panels.length > 1 ? 2 : 1;
  const groups = panels[0]?.rows.length ?? 0;
  const panelRows = Math.ceil(panels.length / cols);
  return Math.max(60, panelRows * (headerHeight(panels, variant) + groups * m.row) + Math.max(0, panelRows - 1) * m.gap + 4);
}

export function layoutOrigin(rows: OriginRow[], o: LayoutOptions): OriginGeometry {
  const s = { ...coreLabels(o.lang), origin: kindLabels(o.lang) };
  const lang = o.lang;
  const font = FONT[o.variant];
  const k = scaleFor(o);
  const m = METRICS[o.variant];
  const width = o.width;
  const designHeight = originDesignHeight(rows, o.variant);
  const height = designHeight * k;
  const panels = originPanels(rows);
  const cols = o.variant === 'wide' && panels.length > 1 ? 2 : 1;
  const colGap = m.colGap * k;
  const panelW = (width - colGap * (cols - 1)) / cols;
  const groups = panels[0]?.rows.map((r) => r.citizenship) ?? [];

  // Bars are shares of each period's total, so an eight-month period sits beside single months like with like.
  const valueText = (count: number | null, share: number | null) => (count === null || share === null ? s.noData : s.origin.value(formatShareFixed(share, lang)));
  const labelW = Math.min(panelW * 0.4, (max(groups, (g) => textWidth(countryName(g, lang), font.label)) ?? 0) + 8);
  const valueW = (max(panels.flatMap((p) => p.rows), (r) => textWidth(valueText(r.count, r.share), font.label)) ?? 0) + 6;
  const barMax = Math.max(10, panelW - labelW - valueW);
  const shareMax = max(panels.flatMap((p) => p.rows), (r) => r.share ?? 0) ?? 0;
  const x = scaleLinear().domain([0, shareMax > 0 ? shareMax : 1]).range([0, barMax]);

  const mustShow: string[] = [];
  const headers: OriginGeometry['headers'] = [];
  const subs: OriginGeometry['headers'] = [];
  const bars: OriginBar[] = [];
  const gaps: OriginGeometry['gaps'] = [];
  const points: ChartPoint[] = [];
  /** For each point, its panel and row, for keyboard moves. */
  const at: { pi: number; ri: number }[] = [];
  panels.forEach((p, pi) => {
    const col = pi % cols;
    const row = Math.floor(pi / cols);
    const px = col * (panelW + colGap);
    const mh = headerHeight(panels, o.variant);
    const py = (row * (mh + groups.length * m.row) + row * m.gap) * k;
    const periodShort = formatPeriod(p.period, lang);
    mustShow.push(periodShort);
    headers.push({ x: px, y: py + font.strong, text: truncate(periodShort, panelW, font.strong, true) });
    if (p.months > 1 && !p.missing) {
      const sub = s.origin.months(formatCount(p.months, lang));
      mustShow.push(sub);
      subs.push({ x: px, y: py + font.strong + font.line, text: truncate(sub, panelW, font.label) });
    }
    if (p.missing) {
      const span = periodSpan(p.period);
      const trip = span !== null && periodSpan(TRIP_MONTH)![0] >= span[0] && periodSpan(TRIP_MONTH)![0] <= span[1];
      const gy = py + mh * k;
      const gh = groups.length * m.row * k;
      const lines = wrap(trip ? s.origin.missingTrip : s.origin.missing, panelW - 16, font.label, 3);
      const lh = font.label * 1.3;
      const y0 = gy + gh / 2 - ((lines.length - 1) * lh) / 2 + font.label * 0.35;
      gaps.push({ x: px, y: gy, w: panelW, h: gh, lines, lineY: lines.map((_, i) => y0 + i * lh) });
      return;
    }
    p.rows.forEach((r, ri) => {
      const top = py + (mh + ri * m.row) * k;
      const bh = m.bar * k;
      const by = top + (m.row * k - bh) / 2;
      const bx = px + labelW;
      const bw = r.share === null ? 0 : x(r.share);
      const mid = by + bh / 2 + font.label * 0.35;
      const name = countryName(r.citizenship, lang);
      mustShow.push(name, valueText(r.count, r.share));
      bars.push({
        x: bx,
        y: by,
        w: bw,
        h: bh,
        cls: r.citizenship === OTHER ? 'org-bar org-bar-other' : 'org-bar',
        label: { x: px, y: mid, text: truncate(name, labelW - 6, font.label) },
        value: { x: bx + bw + 6, y: mid, text: valueText(r.count, r.share) },
      });
      const periodLong = formatPeriod(p.period, lang, true);
      at.push({ pi, ri });
      points.push({
        key: `${p.period}|${r.citizenship}`,
        x: bx + bw,
        y: by + bh / 2,
        box: { x: bx, y: by, w: Math.max(bw, 2), h: bh },
        hit: { x: px, y: top, w: panelW, h: m.row * k },
        series: pi,
        title: `${name} · ${periodLong}`,
        lines: r.count === null || r.share === null ? [s.noData] : [s.origin.tipCount(formatCount(r.count, lang)), s.origin.tipShare(formatShare(r.share, lang), periodLong)],
        announce: s.origin.announce(name, periodLong, r.count === null ? s.noData : formatCount(r.count, lang), r.share === null ? '' : formatShare(r.share, lang)),
      });
    });
  });

  // Up/Down: bars in reading order; Left/Right: the same group in the previous/next period that has one.
  const nav: Nav[] = points.map((_, i) => {
    const { pi, ri } = at[i]!;
    const find = (dir: -1 | 1) => {
      let best = -1;
      at.forEach((q, j) => {
        if (q.ri !== ri || (dir < 0 ? q.pi >= pi : q.pi <= pi)) return;
        if (best < 0 || (dir < 0 ? q.pi > at[best]!.pi : q.pi < at[best]!.pi)) best = j;
      });
      return best;
    };
    const inPanel = at.map((q, j) => (q.pi === pi ? j : -1)).filter((j) => j >= 0);
    return {
      up: i > 0 ? i - 1 : -1,
      down: i < points.length - 1 ? i + 1 : -1,
      left: find(-1),
      right: find(1),
      home: inPanel[0]!,
      end: inPanel[inPanel.length - 1]!,
      pageUp: find(-1),
      pageDown: find(1),
    };
  });

  return {
    kind: 'origin',
    mustShow,
    variant: o.variant,
    font,
    width,
    height,
    designWidth: DESIGN_WIDTH[o.variant],
    designHeight,
    headers,
    subs,
    bars,
    gaps,
    points,
    nav,
    start: 0,
  };
}
