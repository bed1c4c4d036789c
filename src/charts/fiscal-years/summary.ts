/** Fiscal-years chart words built from the data: title, description, takeaway, notes, table. Server only. */
import type { Lang } from '../../lib/i18n.ts';
import { formatCount, formatMonth, formatMonthName } from '../../lib/format.ts';
import type { TableSpec } from '../core/table.ts';
import { coreCopy } from '../core/strings.ts';
import { TRIP_MONTH } from '../core/events.ts';
import { FISCAL_DATASET, fiscalIndex, yearTotal, type FiscalData } from './data.ts';
import { words } from './strings.ts';

const pair = (d: FiscalData) => ({ a: d.years[0], b: d.years[d.years.length - 1] });

export function fiscalTitle(d: FiscalData, lang: Lang): string {
  const s = words(lang);
  const { a, b } = pair(d);
  if (!a || !b || a === b) return '';
  const both = b.months.filter((m) => m.value !== null && a.months.some((n) => n.index === m.index && n.value !== null));
  const higher = both.filter((m) => m.value! > a.months.find((n) => n.index === m.index)!.value!);
  return higher.length * 2 > both.length ? s.title(String(b.year), formatCount(higher.length, lang), formatCount(both.length, lang)) : s.name(String(a.year), String(b.year));
}

export function fiscalDescription(d: FiscalData, lang: Lang): string {
  const { a, b } = pair(d);
  return a && b ? words(lang).desc(String(a.year), String(b.year)) : '';
}

export function fiscalTakeaway(d: FiscalData, lang: Lang): string {
  const s = words(lang);
  const { a, b } = pair(d);
  if (!a || !b) return '';
  const ta = yearTotal(a);
  const tb = yearTotal(b);
  const i = fiscalIndex(TRIP_MONTH);
  const ja = a.months.find((m) => m.index === i);
  const jb = b.months.find((m) => m.index === i);
  if (ta === null || tb === null || !ja || !jb || ja.value === null || jb.value === null) return '';
  return s.takeaway(String(a.year), formatCount(ta, lang), String(b.year), formatCount(tb, lang), formatMonth(jb.month, lang), formatCount(jb.value, lang), formatCount(ja.value, lang));
}

export function fiscalNotes(lang: Lang): string[] {
  return [words(lang).noteNotPeople];
}

export function fiscalTable(d: FiscalData, lang: Lang): TableSpec {
  const s = words(lang);
  const { a, b } = pair(d);
  const later = b ?? a;
  return {
    caption: coreCopy(lang).tableCaption(a && b ? s.name(String(a.year), String(b.year)) : ''),
    datasetId: FISCAL_DATASET,
    columns: [{ label: s.cols.month, kind: 'text' }, ...d.years.map((y) => ({ label: s.cols.year(String(y.year)), kind: 'count' as const }))],
    rows: (later?.months ?? []).map((m) => [formatMonthName(m.month, lang), ...d.years.map((y) => y.months.find((n) => n.index === m.index)?.value ?? null)]),
  };
}
