/**
 * Writes the trip map's SVG from its layout. The SVG is one image for
 * assistive technology (role="img", named and described by the figure's
 * caption); its labels come in two sets, and CSS shows the one that suits the
 * map's width (see map.css). No DOM: the string is built at build time.
 */
import { DOT_RADIUS, LABEL_SIZE, LINE_HEIGHT, type MapLabel, type TripMapLayout } from './layout.ts';

export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

const n = (v: number) => {
  const x = Math.round(v * 10) / 10;
  return Object.is(x, -0) ? '0' : String(x);
};

export interface RenderOptions {
  /** Unique prefix for ids inside the SVG (the hatch pattern). */
  idPrefix: string;
  labelledby: string;
  describedby: string;
}

function label(l: MapLabel): string {
  const leader = l.leader ? `<line class="tm-leader" x1="${n(l.leader.x1)}" y1="${n(l.leader.y1)}" x2="${n(l.leader.x2)}" y2="${n(l.leader.y2)}"/>` : '';
  const body = l.lines.length === 1 ? esc(l.text) : l.lines.map((line, i) => `<tspan x="${n(l.x)}"${i ? ` dy="${LINE_HEIGHT}em"` : ''}>${esc(line)}</tspan>`).join('');
  return `${leader}<text class="tm-label tm-label-${l.kind}" x="${n(l.x)}" y="${n(l.y)}"${l.anchor === 'start' ? '' : ` text-anchor="${l.anchor}"`}>${body}</text>`;
}

export function renderTripMap(layout: TripMapLayout, o: RenderOptions): string {
  const { width, height } = layout;
  const hatch = `${o.idPrefix}-hatch`;
  const countries = layout.countries
    .map((c) => `<path class="tm-country tm-${c.role}" data-country="${esc(c.id)}"${c.role === 'policy' ? ` fill="url(#${hatch})"` : ''} d="${c.d}"/>`)
    .join('');
  const legs = layout.legs.map((l) => `<path class="tm-leg" data-to="${esc(l.toPlace)}" d="${l.d}"/><path class="tm-arrow" d="${l.arrow}"/>`).join('');
  const points = layout.points.map((p) => `<circle class="tm-stop" data-place="${esc(p.place)}" cx="${n(p.x)}" cy="${n(p.y)}" r="${DOT_RADIUS}"/>`).join('');
  const sets = (['narrow', 'wide'] as const)
    .map((set) => `<g class="tm-labels tm-labels-${set}" font-size="${LABEL_SIZE[set]}">${layout.labels[set].map(label).join('')}</g>`)
    .join('');
  return (
    `<svg class="tm-svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${esc(o.labelledby)}" aria-describedby="${esc(o.describedby)}">` +
    `<defs><pattern id="${esc(hatch)}" patternUnits="userSpaceOnUse" width="7" height="7" patternTransform="rotate(45)"><rect class="tm-hatch-bg" width="7" height="7"/><line class="tm-hatch" x1="0" y1="0" x2="0" y2="7"/></pattern></defs>` +
    `<rect class="tm-sea" width="${width}" height="${height}"/>` +
    `<g class="tm-land">${countries}</g>` +
    `<g class="tm-route">${legs}</g>` +
    `<g class="tm-stops">${points}</g>` +
    sets +
    `</svg>`
  );
}
