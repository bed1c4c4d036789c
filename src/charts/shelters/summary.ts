/** Shelters chart words built from the data: takeaway, notes, table. Server only. */
import type { Lang } from '../../lib/i18n.ts';
import { coreCopy, coreLabels } from '../core/strings.ts';
import { words } from './strings.ts';
import { EVENTS } from '../core/events.ts';
import { formatCount, formatDate, formatDayRange, formatMonth } from '../../lib/format.ts';
import type { TableSpec } from '../core/table.ts';
import { SHELTERS_DATASET, daysWithin, peakIndex, tableDays, type ShelterDay } from './data.ts';

export function sheltersTakeaway(days: ShelterDay[], lang: Lang): string {
  const s = { ...coreLabels(lang), ...coreCopy(lang), hhs: words(lang) }.hhs;
  const peak = days[peakIndex(days)];
  const during = daysWithin(days, EVENTS.tripStart, EVENTS.tripEnd).map((d) => d.inCare!);
  if (!peak || peak.inCare === null || !during.length) return '';
  const lo = Math.min(...during);
  const hi = Math.max(...during);
  const level = lo === hi ? s.levelOne(formatCount(lo, lang)) : s.levelRange(formatCount(lo, lang), formatCount(hi, lang));
  return s.takeaway(formatCount(peak.inCare, lang), formatDate(peak.date, lang), formatDayRange(EVENTS.tripStart, EVENTS.tripEnd, lang), level);
}

export function sheltersTitle(days: ShelterDay[], lang: Lang): string {
  const s = { ...coreLabels(lang), ...coreCopy(lang), hhs: words(lang) }.hhs;
  const peak = days[peakIndex(days)];
  if (!peak || peak.inCare === null) return s.name;
  const during = daysWithin(days, EVENTS.tripStart, EVENTS.tripEnd).map((d) => d.inCare!);
  const fell = during.length > 0 && Math.max(...during) < peak.inCare;
  return s.title(formatMonth(peak.date.slice(0, 7), lang), fell);
}

export function sheltersDescription(days: ShelterDay[], lang: Lang): string {
  const years = [...new Set(days.map((d) => d.date.slice(0, 4)))];
  return { ...coreLabels(lang), ...coreCopy(lang), hhs: words(lang) }.hhs.desc(years.join('–'));
}

export function sheltersNotes(lang: Lang): string[] {
  return [{ ...coreLabels(lang), ...coreCopy(lang), hhs: words(lang) }.hhs.noteGaps];
}

export function sheltersTable(days: ShelterDay[], lang: Lang): TableSpec {
  const s = { ...coreLabels(lang), ...coreCopy(lang), hhs: words(lang) };
  const table = tableDays(days);
  return {
    caption: s.tableCaption(`${s.hhs.name}, ${table[0] ? s.hhs.tableSpan(formatDate(table[0].date, lang), formatDate(table.at(-1)!.date, lang)) : ''}`),
    datasetId: SHELTERS_DATASET,
    columns: [
      { label: s.hhs.cols.date, kind: 'date' },
      { label: s.hhs.cols.inCare, kind: 'count' },
      { label: s.hhs.cols.discharged, kind: 'count' },
    ],
    rows: table.map((d) => [d.date, d.inCare, d.discharged]),
    more: s.hhs.tableMore(formatCount(days.filter((d) => d.inCare !== null).length, lang)),
  };
}
