/** Vaccine chart: geometry -> SVG markup (server and island). */
import { svgRoot, text, tipText } from '../core/svg.ts';
import { el, xAxis, type SvgRefs } from '../core/render-common.ts';
import { hatch } from '../core/legend.ts';
import type { VaccineGeometry } from './layout.ts';

export function renderVaccineInner(g: VaccineGeometry): string {
  const f = g.font;
  const { x0, x1 } = g.plot;
  const defs = `<defs>${hatch(g.hatchId, 'vax-hatch-line', 'vax-hatch-bg')}</defs>`;
  const trip = g.trip
    ? g.trip.bands.map((b) => el('rect', { x: g.trip!.x0, y: b.y0, width: g.trip!.x1 - g.trip!.x0, height: b.y1 - b.y0, class: 'ch-trip-band' })).join('') +
      text(g.trip.label.x, g.trip.label.y, g.trip.label.text, 'ch-trip-label', { anchor: g.trip.label.anchor, size: f.label })
    : '';
  let n = 0;
  const panels = g.panels
    .map((p) => {
      const grid = el(
        'g',
        { 'aria-hidden': 'true', 'font-size': f.tick },
        p.grid.map((t) => el('line', { x1: x0, x2: x1, y1: t.pos, y2: t.pos, class: t.value === 0 ? 'ch-baseline' : 'ch-grid' }) + (t.label ? text(x0 - 6, t.pos + f.tick * 0.35, t.label, 'ch-tick', { anchor: 'end' }) : '')).join(''),
      );
      // Each column carries its tooltip words (points are in column order); the island reads them.
      const cols = p.columns
        .map((c) => {
          const pt = g.points[n++];
          return el('rect', { x: c.x, y: c.y, width: c.w, height: c.h, class: c.cls, fill: c.loan ? `url(#${g.hatchId})` : undefined, 'data-series': pt?.series, 'data-tip': pt ? tipText(pt) : undefined });
        })
        .join('');
      const leaders = p.labels.map((l) => (l.leader ? el('line', { x1: l.leader[0], y1: l.leader[1], x2: l.leader[2], y2: l.leader[3], class: 'vax-leader' }) : '')).join('');
      const labels = leaders + el('g', { 'font-size': f.tick }, p.labels.map((l) => text(l.x, l.y, l.text, 'ch-label ch-halo', { anchor: 'middle' })).join(''));
      return grid + text(p.header.x, p.header.y, p.header.text, 'ch-strong', { size: f.strong }) + cols + labels;
    })
    .join('');
  return defs + trip + panels + xAxis(g.xTicks, g.axisY, f.tick, x0, x1);
}

export function renderVaccine(g: VaccineGeometry, refs: SvgRefs = {}): string {
  return svgRoot({ width: g.width, height: g.height, designWidth: g.designWidth, designHeight: g.designHeight, cls: 'ch-svg', fontSize: g.font.label, labelledby: refs.labelledby, describedby: refs.describedby }, renderVaccineInner(g));
}
