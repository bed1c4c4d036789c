/** Shelters chart in the browser: re-laid out to the container's width. */
import { enhanceChart } from '../frame/island/core.ts';
import type { ShelterDay } from './data.ts';
import { layoutShelters } from './layout.ts';
import { renderSheltersInner } from './render.ts';

export function enhance(host: HTMLElement): void {
  enhanceChart<ShelterDay[]>(host, (days, o) => {
    const geometry = layoutShelters(days, o);
    return { geometry, inner: renderSheltersInner(geometry) };
  });
}
