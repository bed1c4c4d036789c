/** Vaccine chart in the browser: re-laid out to the container's width. */
import { enhanceChart } from '../frame/island/core.ts';
import type { VaxData } from './data.ts';
import { layoutVaccine } from './layout.ts';
import { renderVaccineInner } from './render.ts';

export function enhance(host: HTMLElement): void {
  enhanceChart<VaxData>(host, (data, o) => {
    const geometry = layoutVaccine(data, o);
    return { geometry, inner: renderVaccineInner(geometry) };
  });
}
