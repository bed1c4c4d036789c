/**
 * All chart islands in one module, loaded by register.ts when the first chart
 * nears the viewport. One chunk instead of one per chart: on the heaviest
 * page it is smaller in total (one gzip stream, no preload helper), and the
 * d3 and shared code are needed by every chart anyway.
 */
import { enhanceChart, enhanceList, type Draw } from './core.ts';
import { layoutAid } from '../../aid/layout.ts';
import { layoutEncounters } from '../../encounters/layout.ts';
import { renderEncountersInner } from '../../encounters/render.ts';
import { layoutOrigin } from '../../origin/layout.ts';
import { renderOriginInner } from '../../origin/render.ts';
import { layoutShelters } from '../../shelters/layout.ts';
import { renderSheltersInner } from '../../shelters/render.ts';
import { layoutVaccine } from '../../vaccine/layout.ts';
import { renderVaccineInner } from '../../vaccine/render.ts';
import type { AidData } from '../../aid/data.ts';
import type { EncounterMonth } from '../../encounters/data.ts';
import type { OriginRow } from '../../origin/data.ts';
import type { ShelterDay } from '../../shelters/data.ts';
import type { VaxData } from '../../vaccine/data.ts';

const draws: Record<string, Draw<never>> = {
  encounters: ((d: EncounterMonth[], o) => {
    const geometry = layoutEncounters(d, { ...o, series: o.options['series'] === 'children' ? 'children' : 'all' });
    return { geometry, inner: renderEncountersInner(geometry) };
  }) as Draw<EncounterMonth[]>,
  origin: ((d: OriginRow[], o) => {
    const geometry = layoutOrigin(d, o);
    return { geometry, inner: renderOriginInner(geometry) };
  }) as Draw<OriginRow[]>,
  shelters: ((d: ShelterDay[], o) => {
    const geometry = layoutShelters(d, o);
    return { geometry, inner: renderSheltersInner(geometry) };
  }) as Draw<ShelterDay[]>,
  vaccine: ((d: VaxData, o) => {
    const geometry = layoutVaccine(d, o);
    return { geometry, inner: renderVaccineInner(geometry) };
  }) as Draw<VaxData>,
};

export function enhance(host: HTMLElement): void {
  const kind = host.dataset['kind'] ?? '';
  if (kind === 'aid') return enhanceList<AidData>(host, layoutAid);
  const draw = draws[kind];
  if (draw) enhanceChart(host, draw);
}
