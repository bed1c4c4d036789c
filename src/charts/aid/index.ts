/**
 * AidChart: U.S. aid proposed, announced and targeted for northern Central
 * America and Mexico, and company pledges under the Call to Action, in three
 * panels on scales of their own (the trip first), sized to about one phone
 * screen. A list of labelled bars (HTML rows).
 * Usage in MDX: <AidChart />
 */
import { defineChart } from '../core/definition.ts';
import { datasetCaveats } from '../../lib/data.ts';
import { AID_DATASET, PLEDGES_DATASET, aidFromDatasets } from './data.ts';
import { layoutAid } from './layout.ts';
import { renderAid } from './render.ts';
import { aidDescription, aidLegend, aidNotes, aidTables, aidTakeaway, aidTitle } from './summary.ts';

export const aidChart = defineChart<Record<string, never>>({
  kind: 'aid',
  tag: { name: 'AidChart', what: 'the aid pledges chart', attrs: {}, datasets: [AID_DATASET, PLEDGES_DATASET], example: '<AidChart />' },
  props: () => ({}),
  build({ lang, id, data: [aid, cta] }) {
    const data = aidFromDatasets(aid!, cta!, lang);
    return {
      title: aidTitle(data, lang),
      description: aidDescription(lang),
      takeaway: aidTakeaway(data, lang),
      notes: [...aidNotes(data, lang), ...datasetCaveats(aid!, lang), ...datasetCaveats(cta!, lang)],
      tables: aidTables(data, lang),
      legend: aidLegend(data, lang),
      surface: { body: renderAid(layoutAid(data, { lang, idPrefix: id }), { labelledby: `${id}-title`, describedby: `${id}-desc` }) },
      start: '0',
    };
  },
});
