/** Encounters chart: geometry -> SVG markup (server and island). */
import { linePath, svgRoot } from '../core/svg.ts';
import { el, label, xAxis, yGrid, type SvgRefs } from '../core/render-common.ts';
import type { EncountersGeometry } from './layout.ts';

export function renderEncountersInner(g: EncountersGeometry): string {
  const f = g.font;
  const { x0, x1, y1 } = g.plot;
  const grid = yGrid(g.yTicks, x0, x1, f.tick);
  const axis = xAxis(g.xTicks, y1, f.tick, x0, x1);
  const events = g.events
    .map((e) => {
      const mark =
        e.kind === 'band'
          ? el('rect', { x: e.x0, y: e.top, width: Math.max(2, e.x1 - e.x0), height: y1 - e.top, class: 'enc-trip-band' })
          : el('line', { x1: e.x0, x2: e.x0, y1: e.top, y2: y1, class: 'enc-event-rule' });
      return mark + el('path', { d: linePath(e.leader), class: e.kind === 'band' ? 'enc-trip-leader' : 'enc-event-leader' }) + label(e.label, f.label);
    })
    .join('');
  const ref = g.ref ? el('line', { x1: g.ref.x0, x2: g.ref.x1, y1: g.ref.y, y2: g.ref.y, class: 'enc-ref' }) : '';
  const marks = g.marks.map((m) => el('circle', { cx: m.x, cy: m.y, r: g.variant === 'wide' ? 4.5 : 3.5, class: m.cls })).join('');
  const labels = [g.ref ? label(g.ref.label, f.label, f.line) : '', ...g.marks.map((m) => (m.label ? label(m.label, f.label) : ''))].join('');
  return [
    grid,
    axis,
    el('g', { class: 'enc-events' }, events),
    ref,
    el('path', { d: g.linePath, class: g.variant === 'wide' ? 'enc-line' : 'enc-line enc-line-thin', 'data-rows': g.rows, 'data-more': g.more }),
    marks,
    label(g.seriesLabel, f.strong),
    labels,
  ].join('');
}

export function renderEncounters(g: EncountersGeometry, refs: SvgRefs = {}): string {
  return svgRoot({ width: g.width, height: g.height, designWidth: g.designWidth, designHeight: g.designHeight, cls: 'ch-svg', fontSize: g.font.label, labelledby: refs.labelledby, describedby: refs.describedby, plot: { y0: g.plot.y0, y1: g.plot.y1 } }, renderEncountersInner(g));
}
