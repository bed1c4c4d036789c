/**
 * Encounters chart in the browser: tooltips and keys over the server's SVG.
 * The series toggle redraws the chart; the code that draws (layout, d3) loads
 * only when a reader presses it.
 */
import { enhanceSvg } from '../frame/island/core.ts';

export function enhance(host: HTMLElement): void {
  enhanceSvg(host, { page: 12, redraw: (h, options) => import('./redraw.ts').then((m) => m.redraw(h, options)) });
}
