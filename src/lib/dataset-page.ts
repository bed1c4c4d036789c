/**
 * What the data pages (/data/ and /data/<id>/) show of a dataset, in the
 * page's language: its period, its columns as readers see them, each cell
 * formatted, its revision history, and the update notes that revisions put on
 * the pieces whose named figures they move. Build time only.
 */
import type { Cell, Column, ContentModel, Dataset, Figure, Row } from './content/model.ts';
import type { Revision, RevisionChange } from './schema/revision.ts';
import { formatCount, formatDate, formatFigure, formatMoney, formatMonth, formatPeriod, time } from './format.ts';
import { t, tf, VALUE_WORDS_ES, type Lang, type UiKey } from './i18n.ts';
import { findTags } from './mdx-registry.ts';
import { getModel, figureLabel } from './data.ts';
import { keyWords } from './data-update.ts';
import { tabTitleRoom } from './schema/article.ts';

export { keyWords };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;
const RANGE = /^(\d{4}-\d{2})\/(\d{4}-\d{2})$/;

/** First and last day or month a dataset covers, from its first column that holds dates, months or periods. */
export function periodBounds(ds: Dataset): { first: string; last: string } | undefined {
  for (const c of ds.columns) {
    if (c.type === 'source' || c.type === 'boolean' || c.type === 'integer' || c.type === 'number') continue;
    const points: string[] = [];
    let other = 0;
    for (const r of ds.rows) {
      const v = r[c.name];
      if (typeof v !== 'string' || v === '') continue;
      const m = RANGE.exec(v);
      if (m) points.push(m[1]!, m[2]!);
      else if (DATE.test(v) || MONTH.test(v)) points.push(v);
      else other++;
    }
    // A text column counts only when every value in it is a date, a month or a period.
    if (points.length && (c.type !== 'text' || other === 0)) {
      const sorted = points.sort((a, b) => time(a) - time(b) || a.length - b.length);
      return { first: sorted[0]!, last: sorted.at(-1)! };
    }
  }
  return undefined;
}

const when = (v: string, lang: Lang) => (DATE.test(v) ? formatDate(v, lang) : formatMonth(v, lang));

/** "October 1999 – September 2024" / "octubre de 1999 – septiembre de 2024"; one value when first and last are equal. */
export function datasetPeriod(ds: Dataset, lang: Lang): string {
  const b = periodBounds(ds);
  if (!b) return '–';
  return b.first === b.last ? when(b.first, lang) : `${when(b.first, lang)} – ${when(b.last, lang)}`;
}

/**
 * A word or a list of places and categories ("Guatemala; Mexico", "not specified") in Spanish, when the
 * site has every word of it in VALUE_WORDS_ES; undefined otherwise (the cell then stays as published).
 */
export function wordsInSpanish(v: string): string | undefined {
  const parts = v ? v.split(/\s*([;,/])\s*/) : [];
  if (!parts.length || !parts.every((w, k) => k % 2 === 1 || VALUE_WORDS_ES[w])) return undefined;
  return parts.map((w, k) => (k % 2 === 1 ? (w === '/' ? ' / ' : `${w} `) : VALUE_WORDS_ES[w])).join('');
}

/** A column's kind in words (its declared kind; the older type where none is declared). */
export function columnKind(c: Column, lang: Lang): string {
  return t(lang, `data.kind.${c.kind ?? c.type}` as UiKey);
}

const isMoney = (ds: Dataset, c: Column) => Boolean(ds.currency) && /_usd$/.test(c.name);
/** Integer and number columns that hold what the dataset counts (not years, positions or coordinates). */
const isMeasure = (ds: Dataset, c: Column) => (c.type === 'integer' || c.type === 'number') && !ds.key.includes(c.name) && !/^(fiscal_year|year|stop|lon|lat)$/.test(c.name);

/** What one value of a column counts, or "–" for columns that are not measures. */
export function columnUnit(ds: Dataset, c: Column, lang: Lang): string {
  if (c.kind === 'money' || isMoney(ds, c)) return t(lang, 'data.currency');
  // In a dataset of money, a count (of partners, say) is not in its unit: the column's label says what it counts.
  if (ds.currency && c.kind !== undefined) return '–';
  if (c.kind === 'year' || c.kind === 'fiscal-year') return '–';
  return isMeasure(ds, c) ? (lang === 'es' ? ds.unitEs : ds.unit) : '–';
}

/**
 * Columns of running English prose with no Spanish twin (the desk's row notes):
 * Spanish pages leave them out of the table and point to the CSV, which has them.
 */
export function omittedColumns(ds: Dataset, lang: Lang): Column[] {
  if (lang === 'en') return [];
  const names = new Set(ds.columns.map((c) => c.name));
  return ds.columns.filter((c) => c.type === 'text' && !c.values && !ds.key.includes(c.name) && !c.name.endsWith('_es') && !names.has(`${c.name}_es`) && ds.rows.some((r) => typeof r[c.name] === 'string' && String(r[c.name]).split(/\s+/).length > 6));
}

/** The columns of the readable table: a column with a Spanish twin (item and item_es) shows once, in the page's language. */
export function tableColumns(ds: Dataset, lang: Lang): { column: Column; read: string; label: string; numeric: boolean }[] {
  const names = new Set(ds.columns.map((c) => c.name));
  const omitted = new Set(omittedColumns(ds, lang));
  return ds.columns
    .filter((c) => !(c.name.endsWith('_es') && names.has(c.name.slice(0, -3))) && !omitted.has(c))
    .map((c) => ({
      column: c,
      read: lang === 'es' && names.has(`${c.name}_es`) ? `${c.name}_es` : c.name,
      label: lang === 'es' ? c.labelEs : c.label,
      numeric: c.type === 'integer' || c.type === 'number',
    }));
}

/** One cell as readers see it; null when empty. */
export function cellText(ds: Dataset, c: Column, v: Cell, lang: Lang): string | null {
  if (v === null || v === '') return null;
  if (typeof v === 'boolean') return t(lang, v ? 'data.yes' : 'data.no');
  if (typeof v === 'number') {
    if (isMoney(ds, c)) return formatMoney(v, lang, 'full');
    if (c.type === 'integer' && !isMeasure(ds, c)) return String(v);
    return c.type === 'integer' ? formatCount(v, lang) : new Intl.NumberFormat(lang === 'es' ? 'es-419' : 'en-US', { maximumFractionDigits: 4 }).format(v);
  }
  if ((c.type === 'date' || c.type === 'day-or-month') && DATE.test(v)) return formatDate(v, lang);
  if ((c.type === 'month' || c.type === 'day-or-month') && MONTH.test(v)) return formatMonth(v, lang);
  if (c.type === 'text' && (RANGE.test(v) || (MONTH.test(v) && c.name === 'period'))) return formatPeriod(v, lang, true);
  return v;
}

/** The rows a page shows in its short table: all of them up to `max`, else the first and last `ends`. */
export function rowEnds(rows: Row[], max = 40, ends = 6): { head: Row[]; tail: Row[]; hidden: number } {
  if (rows.length <= max) return { head: rows, tail: [], hidden: 0 };
  return { head: rows.slice(0, ends), tail: rows.slice(-ends), hidden: rows.length - 2 * ends };
}

/** Revisions newest first. */
export function revisionsNewestFirst(ds: Dataset): Revision[] {
  return [...ds.revisions].sort((a, b) => b.date.localeCompare(a.date));
}

export interface UpdateNote {
  date: string;
  text: string;
  figure: string;
}

/** A column label inside a sentence: "Children in HHS care" -> "children in HHS care"; names and acronyms ("Border Patrol encounters", "CBP encounters") stay. */
export function labelInSentence(label: string): string {
  const words = label.replace(/^(Of which|De ellos,|De ellas,) /, '').split(' ');
  const [first = '', second = ''] = words;
  const common = /^\p{Lu}\p{Ll}+$/u.test(first) && (second === '' || /^\p{Ll}/u.test(second));
  return common ? [first.toLowerCase(), ...words.slice(1)].join(' ') : words.join(' ');
}

/** The update note for one named figure moved by one revision change. */
export function updateNote(f: Figure, ds: Dataset, date: string, change: RevisionChange, lang: Lang): string {
  const noun = t(lang, f.kind === 'money' ? 'update.amount' : f.kind === 'count' ? 'update.count' : 'update.share');
  const val = (v: Cell | undefined) => (typeof v === 'number' ? formatFigure(v, f.kind, lang, f.style) : String(v ?? '–'));
  const col = ds.columns.find((c) => c.name === change.column);
  const label = labelInSentence(col ? (lang === 'es' ? col.labelEs : col.label) : figureLabel(f, lang));
  // Spanish joins the key with "del" before a day ("del 29 de abril de 2021") and "de" before a month or period.
  const key = lang === 'es' ? `${DATE.test(change.key) ? 'del' : 'de'} ${keyWords(change.key, lang)}` : keyWords(change.key, lang);
  return tf(lang, 'update.revised', { date: formatDate(date, lang), key, noun, old: val(change.old), new: val(change.new), label });
}

/**
 * The dated update notes of a piece: one for each revision that changed a
 * value a named figure printed in it (<Num id="…" />) shows, oldest first.
 */
export function figureUpdates(body: string, lang: Lang, model: ContentModel = getModel()): UpdateNote[] {
  const ids = new Set(findTags(body).filter((u) => u.name === 'Num' && u.attrs.id).map((u) => u.attrs.id!));
  const out: UpdateNote[] = [];
  for (const id of ids) {
    const f = model.figures.get(id);
    const ds = f?.dataset ? model.datasets.get(f.dataset) : undefined;
    if (!f || !ds || !f.rowKey) continue;
    for (const r of ds.revisions) {
      for (const c of r.changes) {
        if (c.change === 'changed' && c.key === f.rowKey && c.column === f.column) out.push({ date: r.date, figure: f.id, text: updateNote(f, ds, r.date, c, lang) });
      }
    }
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.figure.localeCompare(b.figure));
}

/** The dataset's title as short as a browser tab needs: agencies by their acronym, then cut at a word with "…" if still too long. */
export function datasetTabTitle(title: string, lang: Lang): string {
  const room = tabTitleRoom(lang);
  // An agency named in full with its acronym ("la Oficina de Aduanas y Protección Fronteriza (CBP)") becomes the acronym ("la CBP").
  const short = title.replace(/\b(la|el|del) (\p{Lu}\p{L}*(?: (?:de|y|la|del|\p{Lu}\p{L}*))*) \((\p{Lu}{2,5})\)/gu, '$1 $3');
  if (short.length <= room) return short;
  const words = short.split(' ');
  let out = '';
  for (const w of words) {
    if (`${out} ${w}…`.trim().length > room) break;
    out = `${out} ${w}`.trim();
  }
  // Never end on a little word ("of…", "de la…").
  const kept = out.split(' ');
  while (kept.length > 1 && /^\p{Ll}{1,3}$/u.test(kept.at(-1)!.replace(/[,:;]$/, ''))) kept.pop();
  return `${kept.join(' ').replace(/[,:;]$/, '')}…`;
}
