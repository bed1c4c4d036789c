/** Fiscal-years chart: geometry -> SVG markup (server and island). */
import { svgRoot } from '../core/svg.ts';
import { el, label, xAxis, yGrid, type SvgRefs } from '../core/render-common.ts';
import type { FiscalGeometry } from './layout.ts';

export function renderFiscalInner(g: FiscalGeometry): string {
  const f = g.font;
  const { x0, x1, y0, y1 } = g.plot;
  const trip = g.trip ? el('line', { x1: g.trip.x, x2: g.trip.x, y1: y0 - 4, y2: y1, class: 'fy-trip-rule' }) + label(g.trip.label, f.label) : '';
  return [
    yGrid(g.yTicks, x0, x1, f.tick),
    xAxis(g.xTicks, y1, f.tick, x0, x1),
    trip,
    g.lines.map((l) => el('path', { d: l.d, class: l.cls, 'data-rows': l.rows })).join(''),
    g.dots.map((d) => el('circle', { cx: d.x, cy: d.y, r: g.variant === 'wide' ? 4.5 : 3.5, class: d.cls })).join(''),
    g.labels.map((l) => label(l, f.label, f.line)).join(''),
  ].join('');
}

export function renderFiscal(g: FiscalGeometry, refs: SvgRefs = {}): string {
  return svgRoot({ width: g.width, height: g.height, designWidth: g.designWidth, designHeight: g.designHeight, cls: 'ch-svg', fontSize: g.font.label, labelledby: refs.labelledby, describedby: refs.describedby, plot: { y0: g.plot.y0, y1: g.plot.y1 } }, renderFiscalInner(g));
}
