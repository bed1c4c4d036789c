/**
 * OriginChart: unaccompanied children encountered at the southwest border by
 * citizenship, one panel per period, bars on one shared scale of shares.
 * Usage in MDX: <OriginChart />
 */
import { defineChart } from '../core/definition.ts';
import { DESIGN_WIDTH, variantFor } from '../core/geometry.ts';
import { datasetCaveats } from '../../lib/data.ts';
import { ORIGIN_DATASET, originFromDataset } from './data.ts';
import { layoutOrigin } from './layout.ts';
import { renderOrigin } from './render.ts';
import { originDescription, originNotes, originTable, originTakeaway, originTitle } from './summary.ts';

export const originChart = defineChart<Record<string, never>>({
  kind: 'origin',
  tag: { name: 'OriginChart', what: 'the unaccompanied children by country chart', attrs: {}, datasets: [ORIGIN_DATASET], example: '<OriginChart />' },
  props: () => ({}),
  build({ lang, id, data: [ds] }) {
    const rows = originFromDataset(ds!);
    const refs = { labelledby: `${id}-title`, describedby: `${id}-desc` };
    const svg = (variant: 'wide' | 'narrow') => renderOrigin(layoutOrigin(rows, { width: DESIGN_WIDTH[variant], variant, lang, idPrefix: `${id}-${variant}` }), refs);
    return {
      title: originTitle(rows, lang),
      description: originDescription(lang),
      takeaway: originTakeaway(rows, lang),
      notes: [...originNotes(lang), ...datasetCaveats(ds!, lang)],
      tables: [originTable(rows, lang)],
      surface: { wide: svg('wide'), narrow: svg('narrow') },
      start: 'bar|0',
    };
  },
  draw({ lang, width, data: [ds] }) {
    const g = layoutOrigin(originFromDataset(ds!), { width, variant: variantFor(width), lang, idPrefix: 'draw' });
    return { svg: renderOrigin(g), mustShow: g.mustShow };
  },
});
