/**
 * EncountersChart: monthly Border Patrol encounters at the southwest border
 * from fiscal 2000, with the trip month's level carried across, the highest
 * month before 2021 and the 2021 peak labelled, and January 20, March 24 and
 * June 6-8, 2021 marked. Readers can switch to unaccompanied children.
 * Usage in MDX: <EncountersChart series="all" />   (series: "all" or "children"; default "all")
 */
import { defineChart } from '../core/definition.ts';
import { DESIGN_WIDTH, variantFor } from '../core/geometry.ts';
import { datasetCaveats } from '../../lib/data.ts';
import { ENCOUNTERS_DATASET, encountersFromDataset, type EncounterSeries } from './data.ts';
import { tableMonths, tripIndex } from './stats.ts';
import { layoutEncounters } from './layout.ts';
import { renderEncounters } from './render.ts';
import { encountersCaption, encountersDescription, encountersNotes, encountersTable, encountersTakeaway, encountersTitle } from './summary.ts';
import { words } from './strings.ts';

const SERIES = ['all', 'children'] as const;

export const encountersChart = defineChart<{ series: EncounterSeries }>({
  kind: 'encounters',
  tag: {
    name: 'EncountersChart',
    what: 'the monthly border encounters chart',
    attrs: { series: { kind: { oneOf: SERIES }, required: false } },
    datasets: [ENCOUNTERS_DATASET],
    example: '<EncountersChart series="all" />',
  },
  props: (attrs) => ({ series: attrs['series'] === 'children' ? 'children' : 'all' }),
  build({ lang, id, props: { series }, data: [ds] }) {
    const s = words(lang);
    const months = encountersFromDataset(ds!);
    const refs = { labelledby: `${id}-title`, describedby: `${id}-desc` };
    const svg = (variant: 'wide' | 'narrow') => renderEncounters(layoutEncounters(months, { width: DESIGN_WIDTH[variant], variant, lang, idPrefix: `${id}-${variant}`, series }), refs);
    const names = { all: s.seriesAll, children: s.seriesChildren };
    // Keyboard exploration starts at the trip month: its row in the table of the series shown.
    const startOf = (v: EncounterSeries) => `0|${Math.max(0, tableMonths(months, v).findIndex((m) => m.month === months[tripIndex(months, v)]?.month))}`;
    const view = (v: EncounterSeries) => {
      const takeaway = encountersTakeaway(months, v, lang);
      return { title: encountersTitle(months, v, lang), description: [encountersDescription(months, v, lang), takeaway].filter(Boolean).join(' '), caption: encountersCaption(v, lang), column: s.cols[v], start: startOf(v), announce: s.switched(names[v], takeaway) };
    };
    return {
      title: encountersTitle(months, series, lang),
      description: encountersDescription(months, series, lang),
      takeaway: encountersTakeaway(months, series, lang),
      notes: [...encountersNotes(months, lang), ...datasetCaveats(ds!, lang)],
      tables: [encountersTable(months, series, lang)],
      surface: { wide: svg('wide'), narrow: svg('narrow') },
      toggles: {
        option: 'series',
        label: s.toggleGroup,
        staticText: s.staticShowing(names[series]),
        items: SERIES.map((v) => ({ value: v, label: names[v], pressed: v === series })),
        views: { all: view('all'), children: view('children') },
      },
      options: { series },
      // The trip month, by its row in the table.
      start: startOf(series),
    };
  },
  draw({ lang, width, props, data: [ds] }) {
    const g = layoutEncounters(encountersFromDataset(ds!), { width, variant: variantFor(width), lang, idPrefix: 'draw', series: props.series });
    return { svg: renderEncounters(g), mustShow: g.mustShow };
  },
});
