/** Origin chart: geometry -> SVG markup (server and island). */
import { svgRoot, text } from '../core/svg.ts';
import { el, type SvgRefs } from '../core/render-common.ts';
import type { OriginGeometry } from './layout.ts';

export function renderOriginInner(g: OriginGeometry): string {
  const f = g.font;
  const headers = g.headers.map((h) => text(h.x, h.y, h.text, 'ch-strong')).join('');
  const bars = g.bars.map((b) => (b.w > 0 ? el('rect', { x: b.x, y: b.y, width: b.w, height: b.h, class: b.cls }) : '')).join('');
  const labels = g.bars.map((b) => text(b.label.x, b.label.y, b.label.text, 'ch-label') + text(b.value.x, b.value.y, b.value.text, 'ch-label ch-halo')).join('');
  return el('g', { 'font-size': f.strong }, headers) + bars + el('g', { 'font-size': f.label }, labels);
}

export function renderOrigin(g: OriginGeometry, refs: SvgRefs = {}): string {
  return svgRoot({ width: g.width, height: g.height, designWidth: g.designWidth, designHeight: g.designHeight, cls: 'ch-svg', fontSize: g.font.label, labelledby: refs.labelledby, describedby: refs.describedby }, renderOriginInner(g));
}
