/** Legend swatches, drawn as tiny SVGs in HTML above a chart (so the legend wraps like text). Each kind composes its own from these. */
import { el } from './svg.ts';

export interface LegendItem {
  /** Inner markup of a 22 x 14 swatch; `id` is unique on the page (for patterns). */
  swatch: (id: string) => string;
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

const BOX = { x: 1, y: 1, width: 20, height: 12 };

/** A filled or outlined box in the class's colours. */
export const boxSwatch = (cls: string) => () => el('rect', { ...BOX, class: cls });

/** A hatched box (proposals, loans). */
export const hatchSwatch = (cls: string, lineCls: string, bgCls: string) => (id: string) => `<defs>${hatch(id, lineCls, bgCls)}</defs>` + el('rect', { ...BOX, fill: `url(#${id})`, class: cls });

/** A narrow upright band (the trip days). */
export const bandSwatch = (cls: string) => () => el('rect', { x: 7, y: 0, width: 8, height: 14, class: cls });

/** A short line (a series). */
export const lineSwatch = (cls: string) => () => el('line', { x1: 1, x2: 21, y1: 7, y2: 7, class: cls });

export function swatchSvg(item: LegendItem, id: string): string {
  return `<svg class="ch-swatch" viewBox="0 0 22 14" width="22" height="14" aria-hidden="true" focusable="false">${item.swatch(id)}</svg>`;
}
