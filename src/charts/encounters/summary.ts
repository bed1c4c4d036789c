/** Encounters chart words built from the data: takeaway per series, notes, table. Server only. */
import type { Lang } from '../../lib/i18n.ts';
import { chartText } from '../strings.ts';
import { formatCount, formatMonth } from '../../lib/format.ts';
import type { TableSpec } from '../table.ts';
import { ENCOUNTERS_DATASET, type EncounterMonth, type EncounterSeries } from './data.ts';
import { firstMonth, peakToTrip, since, tripIndex, valueOf, type Since } from './stats.ts';

function sinceText(sn: Since, lang: Lang): string {
  const s = chartText(lang).enc;
  if (sn.kind === 'month') return s.sinceMonth(formatMonth(sn.month, lang));
  return sn.kind === 'record' ? s.sinceStartRecord(formatMonth(sn.first, lang)) : s.sinceStart(formatMonth(sn.first, lang));
}

export function encountersTakeaway(months: EncounterMonth[], series: EncounterSeries, lang: Lang): string {
  const s = chartText(lang).enc;
  const iTrip = tripIndex(months, series);
  const vTrip = valueOf(months[iTrip], series);
  if (iTrip < 0 || vTrip === null) return '';
  const tripMonth = formatMonth(months[iTrip]!.month, lang);
  if (series === 'all') return s.takeawayAll(formatCount(vTrip, lang), tripMonth, sinceText(since(months, series, iTrip), lang));
  const iPeak = peakToTrip(months, series);
  const vPeak = valueOf(months[iPeak], series) ?? vTrip;
  return s.takeawayChildren(formatCount(vPeak, lang), formatMonth(months[iPeak]!.month, lang), sinceText(since(months, series, iPeak), lang), formatCount(vTrip, lang), tripMonth);
}

export function encountersNotes(months: EncounterMonth[], lang: Lang): string[] {
  const s = chartText(lang).enc;
  const notes: string[] = [];
  const iTrip = tripIndex(months, 'all');
  if (iTrip >= 0) notes.push(s.noteLevel(formatMonth(months[iTrip]!.month, lang)));
  const first = firstMonth(months, 'children');
  if (first) notes.push(s.noteChildrenStart(formatMonth(first, lang)));
  notes.push(s.noteNotPeople, s.noteRevisions);
  return notes;
}

export function encountersTable(months: EncounterMonth[], title: string, lang: Lang): TableSpec {
  const s = chartText(lang);
  return {
    caption: s.tableCaption(title),
    datasetId: ENCOUNTERS_DATASET,
    columns: [
      { label: s.enc.cols.month, kind: 'month' },
      { label: s.enc.cols.fiscalYear, kind: 'year' },
      { label: s.enc.cols.all, kind: 'count' },
      { label: s.enc.cols.children, kind: 'count' },
    ],
    rows: months.map((m) => [m.month, m.fiscalYear, m.all, m.children]),
  };
}
