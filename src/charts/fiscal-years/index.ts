/**
 * FiscalYearsChart: monthly Border Patrol encounters at the southwest border
 * in fiscal 2021 against fiscal 2022, October to September, with the trip
 * month marked and the later year's peak labelled.
 * Usage in MDX: <FiscalYearsChart />
 */
import { defineChart } from '../core/definition.ts';
import { DESIGN_WIDTH, variantFor } from '../core/geometry.ts';
import { datasetCaveats } from '../../lib/data.ts';
import { FISCAL_DATASET, fiscalFromDataset, fiscalIndex } from './data.ts';
import { TRIP_MONTH } from '../core/events.ts';
import { layoutFiscal } from './layout.ts';
import { renderFiscal } from './render.ts';
import { fiscalDescription, fiscalNotes, fiscalTable, fiscalTakeaway, fiscalTitle } from './summary.ts';

const YEARS = [2021, 2022] as const;

export const fiscalYearsChart = defineChart<Record<string, never>>({
  kind: 'fiscal-years',
  tag: { name: 'FiscalYearsChart', what: 'the fiscal 2021 against fiscal 2022 border encounters chart', attrs: {}, datasets: [FISCAL_DATASET], example: '<FiscalYearsChart />' },
  props: () => ({}),
  build({ lang, id, data: [ds] }) {
    const data = fiscalFromDataset(ds!, YEARS);
    const refs = { labelledby: `${id}-title`, describedby: `${id}-desc` };
    const svg = (variant: 'wide' | 'narrow') => renderFiscal(layoutFiscal(data, { width: DESIGN_WIDTH[variant], variant, lang, idPrefix: `${id}-${variant}` }), refs);
    return {
      title: fiscalTitle(data, lang),
      description: fiscalDescription(data, lang),
      takeaway: fiscalTakeaway(data, lang),
      notes: [...fiscalNotes(lang), ...datasetCaveats(ds!, lang)],
      tables: [fiscalTable(data, lang)],
      surface: { wide: svg('wide'), narrow: svg('narrow') },
      // The trip month of the earlier year.
      start: `0|${fiscalIndex(TRIP_MONTH)}`,
    };
  },
  draw({ lang, width, data: [ds] }) {
    const g = layoutFiscal(fiscalFromDataset(ds!, YEARS), { width, variant: variantFor(width), lang, idPrefix: 'draw' });
    return { svg: renderFiscal(g), mustShow: g.mustShow };
  },
});
