/**
 * VaccineChart: U.S. COVID-19 vaccine doses for Guatemala, Mexico, Honduras
 * and El Salvador in 2021, each announcement and delivery at its date, with
 * the loan to Mexico hatched and the trip days shaded.
 * Usage in MDX: <VaccineChart />
 */
import { defineChart } from '../core/definition.ts';
import { DESIGN_WIDTH, variantFor } from '../core/geometry.ts';
import { datasetCaveats } from '../../lib/data.ts';
import { VACCINE_DATASET, vaccineFromDataset } from './data.ts';
import { layoutVaccine } from './layout.ts';
import { renderVaccine } from './render.ts';
import { vaccineDescription, vaccineLegend, vaccineNotes, vaccineTable, vaccineTakeaway, vaccineTitle } from './summary.ts';

export const vaccineChart = defineChart<Record<string, never>>({
  kind: 'vaccine',
  tag: { name: 'VaccineChart', what: 'the vaccine doses chart', attrs: {}, datasets: [VACCINE_DATASET], example: '<VaccineChart />' },
  props: () => ({}),
  build({ lang, id, data: [ds] }) {
    const data = vaccineFromDataset(ds!);
    const refs = { labelledby: `${id}-title`, describedby: `${id}-desc` };
    const layout = (variant: 'wide' | 'narrow') => layoutVaccine(data, { width: DESIGN_WIDTH[variant], variant, lang, idPrefix: `${id}-${variant}` });
    const svg = (variant: 'wide' | 'narrow') => renderVaccine(layout(variant), refs);
    return {
      title: vaccineTitle(data, lang),
      description: vaccineDescription(data, lang),
      takeaway: vaccineTakeaway(data, lang),
      notes: [...vaccineNotes(lang), ...datasetCaveats(ds!, lang)],
      tables: [vaccineTable(data, lang)],
      legend: vaccineLegend(data, lang),
      surface: { wide: svg('wide'), narrow: svg('narrow') },
      start: `bar|${layout('wide').start}`,
    };
  },
  draw({ lang, width, data: [ds] }) {
    const g = layoutVaccine(vaccineFromDataset(ds!), { width, variant: variantFor(width), lang, idPrefix: 'draw' });
    return { svg: renderVaccine(g), mustShow: g.mustShow };
  },
});
