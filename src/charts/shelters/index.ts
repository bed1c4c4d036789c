/**
 * SheltersChart: unaccompanied children in HHS shelters by day in 2021, with
 * the April peak and the level during the trip (June 6-8) marked.
 * Usage in MDX: <SheltersChart />
 */
import { defineChart } from '../core/definition.ts';
import { DESIGN_WIDTH, variantFor } from '../core/geometry.ts';
import { datasetCaveats } from '../../lib/data.ts';
import { SHELTERS_DATASET, sheltersFromDataset, tableDays } from './data.ts';
import { EVENTS } from '../core/events.ts';
import { layoutShelters } from './layout.ts';
import { renderShelters } from './render.ts';
import { sheltersDescription, sheltersNotes, sheltersTable, sheltersTakeaway, sheltersTitle } from './summary.ts';

export const sheltersChart = defineChart<Record<string, never>>({
  kind: 'shelters',
  tag: { name: 'SheltersChart', what: 'the children in HHS shelters chart', attrs: {}, datasets: [SHELTERS_DATASET], example: '<SheltersChart />' },
  props: () => ({}),
  build({ lang, id, data: [ds] }) {
    const days = sheltersFromDataset(ds!);
    const refs = { labelledby: `${id}-title`, describedby: `${id}-desc` };
    const svg = (variant: 'wide' | 'narrow') => renderShelters(layoutShelters(days, { width: DESIGN_WIDTH[variant], variant, lang, idPrefix: `${id}-${variant}` }), refs);
    return {
      title: sheltersTitle(days, lang),
      description: sheltersDescription(days, lang),
      takeaway: sheltersTakeaway(days, lang),
      notes: [...sheltersNotes(lang), ...datasetCaveats(ds!, lang)],
      tables: [sheltersTable(days, lang)],
      surface: { wide: svg('wide'), narrow: svg('narrow') },
      // The first reported day of the trip, by its row in the table.
      start: `0|${Math.max(0, tableDays(days).findIndex((d) => d.date >= EVENTS.tripStart))}`,
    };
  },
  draw({ lang, width, data: [ds] }) {
    const g = layoutShelters(sheltersFromDataset(ds!), { width, variant: variantFor(width), lang, idPrefix: 'draw' });
    return { svg: renderShelters(g), mustShow: g.mustShow };
  },
});
