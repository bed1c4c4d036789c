/** Origin chart in the browser: re-laid out to the container's width. */
import { enhanceChart } from '../frame/island/core.ts';
import type { OriginRow } from './data.ts';
import { layoutOrigin } from './layout.ts';
import { renderOriginInner } from './render.ts';

export function enhance(host: HTMLElement): void {
  enhanceChart<OriginRow[]>(host, (rows, o) => {
    const geometry = layoutOrigin(rows, o);
    return { geometry, inner: renderOriginInner(geometry) };
  });
}
