/** Encounters chart words built from the data: takeaway per series, notes, table. Server only. */
import type { Lang } from '../../lib/i18n.ts';
import { coreCopy, coreLabels } from '../core/strings.ts';
import { words } from './strings.ts';
import { formatCount, formatMonth } from '../../lib/format.ts';
import type { TableSpec } from '../core/table.ts';
import { ENCOUNTERS_DATASET, type EncounterMonth, type EncounterSeries } from './data.ts';
import { firstMonth, peakToTrip, since, tableMonths, tableWindow, tripIndex, valueOf, type Since } from './stats.ts';

function sinceText(sn: Since, lang: Lang): string {
  const s = { ...coreLabels(lang), ...coreCopy(lang), enc: words(lang) }.enc;
  if (sn.kind === 'month') return s.sinceMonth(formatMonth(sn.month, lang));
  return sn.kind === 'record' ? s.sinceStartRecord(formatMonth(sn.first, lang)) : s.sinceStart(formatMonth(sn.first, lang));
}

export function encountersTakeaway(months: EncounterMonth[], series: EncounterSeries, lang: Lang): string {
  const s = { ...coreLabels(lang), ...coreCopy(lang), enc: words(lang) }.enc;
  const iTrip = tripIndex(months, series);
  const vTrip = valueOf(months[iTrip], series);
  if (iTrip < 0 || vTrip === null) return '';
  const tripMonth = formatMonth(months[iTrip]!.month, lang);
  if (series === 'all') return s.takeawayAll(formatCount(vTrip, lang), tripMonth, sinceText(since(months, series, iTrip), lang));
  const iPeak = peakToTrip(months, series);
  const vPeak = valueOf(months[iPeak], series) ?? vTrip;
  return s.takeawayChildren(formatCount(vPeak, lang), formatMonth(months[iPeak]!.month, lang), sinceText(since(months, series, iPeak), lang), formatCount(vTrip, lang), tripMonth);
}

export function encountersCaption(series: EncounterSeries, lang: Lang): string {
  const s = { ...coreLabels(lang), ...coreCopy(lang), enc: words(lang) };
  const w = tableWindow();
  return s.tableCaption(`${series === 'all' ? s.enc.nameAll : s.enc.nameChildren}, ${s.enc.tableSpan(formatMonth(w.from, lang), formatMonth(w.to, lang))}`);
}

/** The finding, as the chart's title. */
export function encountersTitle(months: EncounterMonth[], series: EncounterSeries, lang: Lang): string {
  const s = { ...coreLabels(lang), ...coreCopy(lang), enc: words(lang) }.enc;
  const iTrip = tripIndex(months, series);
  if (iTrip < 0) return series === 'all' ? s.nameAll : s.nameChildren;
  const tripMonth = formatMonth(months[iTrip]!.month, lang);
  if (series === 'all') return s.titleAll(tripMonth, sinceText(since(months, series, iTrip), lang));
  const iPeak = peakToTrip(months, series);
  return s.titleChildren(formatMonth(months[iPeak]!.month, lang), tripMonth, iPeak < iTrip);
}

/** What the chart shows. */
export function encountersDescription(months: EncounterMonth[], series: EncounterSeries, lang: Lang): string {
  const s = { ...coreLabels(lang), ...coreCopy(lang), enc: words(lang) }.enc;
  const present = months.filter((m) => m[series] !== null);
  const first = present[0]?.month;
  const last = present.at(-1)?.month;
  if (!first || !last) return '';
  return (series === 'all' ? s.descAll : s.descChildren)(formatMonth(first, lang), formatMonth(last, lang));
}

export function encountersNotes(months: EncounterMonth[], lang: Lang): string[] {
  const s = { ...coreLabels(lang), ...coreCopy(lang), enc: words(lang) }.enc;
  const notes: string[] = [];
  const iTrip = tripIndex(months, 'all');
  if (iTrip >= 0) notes.push(s.noteLevel(formatMonth(months[iTrip]!.month, lang)));
  const first = firstMonth(months, 'children');
  if (first) notes.push(s.noteChildrenStart(formatMonth(first, lang)));
  notes.push(s.noteNotPeople, s.noteRevisions);
  return notes;
}

export function encountersTable(months: EncounterMonth[], series: EncounterSeries, lang: Lang): TableSpec {
  const s = { ...coreLabels(lang), ...coreCopy(lang), enc: words(lang) };
  return {
    caption: encountersCaption(series, lang),
    datasetId: ENCOUNTERS_DATASET,
    // The table holds the series the chart draws (the toggle swaps it); the CSV download has every column.
    columns: [
      { label: s.enc.cols.month, kind: 'month' },
      { label: s.enc.cols[series], kind: 'count' },
    ],
    // The months around the trip; the whole series is on the dataset's page (the frame links it).
    rows: tableMonths(months, series).map((m) => [m.month, m[series]]),
    more: s.enc.tableMore(formatCount(months.filter((m) => m[series] !== null).length, lang)),
  };
}
