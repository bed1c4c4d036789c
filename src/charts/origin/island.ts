/** Origin chart in the browser: tooltips and keys over the server's SVG (no layout code, no d3). */
import { enhanceSvg } from '../frame/island/core.ts';

export function enhance(host: HTMLElement): void {
  enhanceSvg(host, { page: 5 });
}
