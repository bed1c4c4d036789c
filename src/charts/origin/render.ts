/** Origin chart: geometry -> SVG markup (server and island). */
import { svgRoot, text, tipText } from '../core/svg.ts';
import { el, type SvgRefs } from '../core/render-common.ts';
import type { OriginGeometry } from './layout.ts';

export function renderOriginInner(g: OriginGeometry): string {
  const f = g.font;
  const headers = g.headers.map((h) => text(h.x, h.y, h.text, 'ch-strong')).join('');
  // Each bar carries its tooltip words; the island reads them.
  const bars = g.bars.map((b, i) => (b.w > 0 ? el('rect', { x: b.x, y: b.y, width: b.w, height: b.h, class: b.cls, 'data-series': g.points[i]?.series, 'data-tip': g.points[i] ? tipText(g.points[i]) : undefined }) : '')).join('');
  const labels = g.bars.map((b) => text(b.label.x, b.label.y, b.label.text, 'ch-label') + text(b.value.x, b.value.y, b.value.text, 'ch-label ch-halo')).join('');
  const gaps = g.gaps.map((x) => el('rect', { x: x.x + 0.5, y: x.y + 0.5, width: x.w - 1, height: x.h - 1, class: 'org-gap' }) + x.lines.map((l, i) => text(x.x + x.w / 2, x.lineY[i]!, l, 'ch-label org-gap-label', { anchor: 'middle' })).join('')).join('');
  const subs = g.subs.map((h) => text(h.x, h.y, h.text, 'ch-label org-sub')).join('');
  return el('g', { 'font-size': f.strong }, headers) + bars + el('g', { 'font-size': f.label }, subs + labels + gaps);
}

export function renderOrigin(g: OriginGeometry, refs: SvgRefs = {}): string {
  return svgRoot({ width: g.width, height: g.height, designWidth: g.designWidth, designHeight: g.designHeight, cls: 'ch-svg', fontSize: g.font.label, labelledby: refs.labelledby, describedby: refs.describedby }, renderOriginInner(g));
}
