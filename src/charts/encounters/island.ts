/** Encounters chart in the browser: re-laid out to the container's width and redrawn when the series toggle changes. */
import { enhanceChart } from '../frame/island/core.ts';
import type { EncounterMonth } from './data.ts';
import { layoutEncounters } from './layout.ts';
import { renderEncountersInner } from './render.ts';

export function enhance(host: HTMLElement): void {
  enhanceChart<EncounterMonth[]>(host, (months, o) => {
    const geometry = layoutEncounters(months, { ...o, series: o.options['series'] === 'children' ? 'children' : 'all' });
    return { geometry, inner: renderEncountersInner(geometry) };
  });
}
