/** Shelters chart: geometry -> SVG markup (server and island). */
import { svgRoot } from '../core/svg.ts';
import { el, label, xAxis, yGrid, type SvgRefs } from '../core/render-common.ts';
import type { SheltersGeometry } from './layout.ts';

export function renderSheltersInner(g: SheltersGeometry): string {
  const f = g.font;
  const { x0, x1, y0, y1 } = g.plot;
  const trip = g.trip ? el('rect', { x: g.trip.x0, y: y0, width: g.trip.x1 - g.trip.x0, height: y1 - y0, class: 'ch-trip-band' }) + label(g.trip.label, f.label) : '';
  return [
    yGrid(g.yTicks, x0, x1, f.tick),
    xAxis(g.xTicks, y1, f.tick, x0, x1),
    trip,
    el('path', { d: g.linePath, class: 'hhs-line', 'data-rows': g.rows, 'data-more': g.more }),
    g.marks.map((m) => el('circle', { cx: m.x, cy: m.y, r: g.variant === 'wide' ? 4.5 : 3.5, class: m.cls })).join(''),
    label(g.seriesLabel, f.strong),
    g.marks.map((m) => (m.label ? label(m.label, f.label, f.line) : '')).join(''),
  ].join('');
}

export function renderShelters(g: SheltersGeometry, refs: SvgRefs = {}): string {
  return svgRoot({ width: g.width, height: g.height, designWidth: g.designWidth, designHeight: g.designHeight, cls: 'ch-svg', fontSize: g.font.label, labelledby: refs.labelledby, describedby: refs.describedby, plot: { y0: g.plot.y0, y1: g.plot.y1 } }, renderSheltersInner(g));
}
