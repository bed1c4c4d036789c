/** Aid chart words built from the data: takeaway, notes, legend, tables. Server only. */
import type { Lang } from '../../lib/i18n.ts';
import { coreCopy, coreLabels } from '../core/strings.ts';
import { words } from './strings.ts';
import { EVENTS } from '../core/events.ts';
import { formatCount, formatMoney, formatMonth } from '../../lib/format.ts';
import { boxSwatch, hatchSwatch, type LegendItem } from '../core/legend.ts';
import type { TableSpec } from '../core/table.ts';
import { AID_DATASET, PLEDGES_DATASET, type AidData } from './data.ts';

export function aidTakeaway(data: AidData, lang: Lang): string {
  const s = { ...coreLabels(lang), ...coreCopy(lang), aid: words(lang) }.aid;
  const ids = new Set(data.items.map((i) => i.id));
  const top = data.items.filter((i) => (!i.partOf || !ids.has(i.partOf)) && i.amount !== null);
  const proposal = top.filter((i) => i.status === 'proposal').sort((a, b) => b.amount! - a.amount!)[0];
  const before = top.filter((i) => i.status === 'announced' && i.date < EVENTS.tripStart).sort((a, b) => b.amount! - a.amount!)[0];
  const onTrip = top.filter((i) => i.status === 'announced' && i.date >= EVENTS.tripStart && i.date <= EVENTS.tripEnd);
  // Trip amounts are not added up: the sources do not say whether the DFC loans are part of the $48 million package.
  const tripLargest = [...onTrip].sort((a, b) => b.amount! - a.amount!)[0];
  const last = data.pledges.filter((p) => p.total !== null).at(-1);
  if (!proposal || !before || !onTrip.length || !last) return '';
  return s.takeaway(formatMoney(proposal.amount!, lang), formatMoney(before.amount!, lang), formatMonth(before.date.slice(0, 7), lang), formatCount(onTrip.length, lang), formatMoney(tripLargest!.amount!, lang), formatMoney(last.total!, lang), formatMonth(last.date.slice(0, 7), lang));
}

export function aidTitle(data: AidData, lang: Lang): string {
  const s = { ...coreLabels(lang), ...coreCopy(lang), aid: words(lang) }.aid;
  const ids = new Set(data.items.map((i) => i.id));
  const top = data.items.filter((i) => (!i.partOf || !ids.has(i.partOf)) && i.amount !== null);
  const proposal = top.filter((i) => i.status === 'proposal').sort((a, b) => b.amount! - a.amount!)[0];
  const largest = top.filter((i) => i.status === 'announced' && i.date >= EVENTS.tripStart && i.date <= EVENTS.tripEnd).sort((a, b) => b.amount! - a.amount!)[0];
  return proposal && largest && largest.amount! < proposal.amount! ? s.title(formatMoney(largest.amount!, lang), formatMoney(proposal.amount!, lang)) : s.name;
}

export function aidDescription(lang: Lang): string {
  return { ...coreLabels(lang), ...coreCopy(lang), aid: words(lang) }.aid.desc;
}

export function aidNotes(data: AidData, lang: Lang): string[] {
  const s = { ...coreLabels(lang), ...coreCopy(lang), aid: words(lang) }.aid;
  return [s.noteScale, ...(data.items.some((i) => /\bDFC\b/.test(i.item)) ? [s.noteDfc] : [])];
}

export function aidLegend(data: AidData, lang: Lang): LegendItem[] {
  const s = { ...coreLabels(lang), ...coreCopy(lang), aid: words(lang) }.aid;
  const has = (st: string) => data.items.some((i) => i.status === st);
  return [
    ...(has('proposal') ? [{ swatch: hatchSwatch('aid-proposal', 'aid-hatch-line', 'aid-hatch-bg'), label: s.legendProposal }] : []),
    ...(has('announced') ? [{ swatch: boxSwatch('aid-announced'), label: s.legendAnnounced }] : []),
    ...(has('target') ? [{ swatch: boxSwatch('aid-target'), label: s.legendTarget }] : []),
    ...(data.pledges.length || has('pledge') ? [{ swatch: boxSwatch('aid-pledge'), label: s.legendPledge }] : []),
  ];
}

export function aidTables(data: AidData, lang: Lang): (TableSpec & { name: string })[] {
  const s = { ...coreLabels(lang), ...coreCopy(lang), aid: words(lang) };
  const names = new Map(data.items.map((i) => [i.id, i.item]));
  return [
    {
      name: s.aid.legendAnnounced,
      caption: s.tableCaption(s.aid.name),
      datasetId: AID_DATASET,
      columns: [
        { label: s.aid.cols.item, kind: 'text' },
        { label: s.aid.cols.date, kind: 'date' },
        { label: s.aid.cols.amount, kind: 'money' },
        { label: s.aid.cols.status, kind: 'text' },
        { label: s.aid.cols.partOf, kind: 'text' },
        { label: s.aid.cols.countries, kind: 'text' },
      ],
      rows: data.items.map((i) => [i.item, i.date, i.amount, s.aid.status[i.status] ?? i.status, i.partOf ? (names.get(i.partOf) ?? i.partOf) : null, i.scope]),
    },
    {
      name: s.aid.legendPledge,
      caption: s.tableCaption(s.aid.sectionPledges),
      datasetId: PLEDGES_DATASET,
      columns: [
        { label: s.aid.cols.date, kind: 'date' },
        { label: s.aid.cols.total, kind: 'money' },
        { label: s.aid.cols.partners, kind: 'count' },
      ],
      rows: data.pledges.map((p) => [p.date, p.total, p.partners]),
    },
  ];
}
