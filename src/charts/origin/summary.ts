/** Origin chart words built from the data: takeaway, notes, table. Server only. */
import type { Lang } from '../../lib/i18n.ts';
import { coreCopy, coreLabels, countryName } from '../core/strings.ts';
import { words } from './strings.ts';
import { formatPeriod, formatShare } from '../../lib/format.ts';
import type { TableSpec } from '../core/table.ts';
import { ORIGIN_DATASET, OTHER, originPanels, type OriginRow } from './data.ts';

function leader(rows: OriginRow[]) {
  const panels = originPanels(rows).filter((p) => !p.missing);
  const first = panels[0];
  const lead = first?.rows.find((r) => r.citizenship !== OTHER && r.share !== null);
  if (!first || !lead) return null;
  const leadsAll = panels.every((p) => {
    const mine = p.rows.find((r) => r.citizenship === lead.citizenship)?.count ?? -1;
    return p.rows.every((r) => r.citizenship === lead.citizenship || (r.count ?? -1) < mine);
  });
  return { lead, leadsAll: leadsAll && panels.length > 1 };
}

export function originTitle(rows: OriginRow[], lang: Lang): string {
  const s = { ...coreLabels(lang), ...coreCopy(lang), origin: words(lang) }.origin;
  const l = leader(rows);
  return l ? s.title(countryName(l.lead.citizenship, lang), l.leadsAll) : s.name;
}

export function originDescription(lang: Lang): string {
  return { ...coreLabels(lang), ...coreCopy(lang), origin: words(lang) }.origin.desc;
}

export function originTakeaway(rows: OriginRow[], lang: Lang): string {
  const s = { ...coreLabels(lang), ...coreCopy(lang), origin: words(lang) };
  const panels = originPanels(rows).filter((p) => !p.missing);
  const first = panels[0];
  const lead = first?.rows.find((r) => r.citizenship !== OTHER && r.share !== null);
  if (!first || !lead || lead.share === null) return '';
  const leadsAll = panels.every((p) => {
    const mine = p.rows.find((r) => r.citizenship === lead.citizenship)?.count ?? -1;
    return p.rows.every((r) => r.citizenship === lead.citizenship || (r.count ?? -1) < mine);
  });
  const name = countryName(lead.citizenship, lang);
  const period = formatPeriod(first.period, lang, true);
  const share = formatShare(lead.share, lang);
  if (!leadsAll || panels.length < 2) return s.origin.takeawayNoLead(name, share, period);
  const others = first.rows.filter((r) => r.citizenship !== OTHER && r.citizenship !== lead.citizenship).map((r) => countryName(r.citizenship, lang));
  return s.origin.takeaway(name, share, period, s.list(others));
}

export function originNotes(lang: Lang): string[] {
  return [{ ...coreLabels(lang), ...coreCopy(lang), origin: words(lang) }.origin.noteShares];
}

export function originTable(rows: OriginRow[], lang: Lang): TableSpec {
  const s = { ...coreLabels(lang), ...coreCopy(lang), origin: words(lang) };
  const panels = originPanels(rows).filter((p) => !p.missing);
  return {
    caption: s.tableCaption(s.origin.name),
    datasetId: ORIGIN_DATASET,
    columns: [
      { label: s.origin.cols.period, kind: 'period' },
      { label: s.origin.cols.citizenship, kind: 'text' },
      { label: s.origin.cols.count, kind: 'count' },
      { label: s.origin.cols.share, kind: 'share' },
    ],
    rows: panels.flatMap((p) => p.rows.map((r) => [p.period, countryName(r.citizenship, lang), r.count, r.share])),
  };
}
