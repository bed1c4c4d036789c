/** Legend swatches, drawn as tiny SVGs in HTML above a chart (so the legend wraps like text). */
import { el } from './svg.ts';

export type Swatch = 'announced' | 'delivered' | 'loan' | 'trip' | 'proposal' | 'aid-announced' | 'target' | 'pledge';

export interface LegendItem {
  swatch: Swatch;
  label: string;
}

/** A diagonal hatch pattern; the lines take their colour from `lineCls`. */
export function hatch(id: string, lineCls: string, bgCls: string, size = 6): string {
  return el(
    'pattern',
    { id, width: size, height: size, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
    el('rect', { width: size, height: size, class: bgCls }) + el('line', { x1: 0, y1: 0, x2: 0, y2: size, class: lineCls }),
  );
}

export function swatchSvg(s: Swatch, id: string): string {
  const box = { x: 1, y: 1, width: 20, height: 12 };
  let inner: string;
  switch (s) {
    case 'announced':
      inner = el('rect', { ...box, class: 'vax-announced' });
      break;
    case 'delivered':
      inner = el('rect', { ...box, class: 'vax-delivered' });
      break;
    case 'loan':
      inner = `<defs>${hatch(id, 'vax-hatch-line', 'vax-hatch-bg')}</defs>` + el('rect', { ...box, fill: `url(#${id})`, class: 'vax-loan' });
      break;
    case 'trip':
      inner = el('rect', { x: 7, y: 0, width: 8, height: 14, class: 'ch-trip-band' });
      break;
    case 'proposal':
      inner = `<defs>${hatch(id, 'aid-hatch-line', 'aid-hatch-bg')}</defs>` + el('rect', { ...box, fill: `url(#${id})`, class: 'aid-proposal' });
      break;
    case 'aid-announced':
      inner = el('rect', { ...box, class: 'aid-announced' });
      break;
    case 'target':
      inner = el('rect', { ...box, class: 'aid-target' });
      break;
    case 'pledge':
      inner = el('rect', { ...box, class: 'aid-pledge' });
      break;
  }
  return `<svg class="ch-swatch" viewBox="0 0 22 14" width="22" height="14" aria-hidden="true" focusable="false">${inner}</svg>`;
}
