/**
 * Tooltip words for a line's vertices that have no row in the chart's table
 * (see more-spec.ts). Loaded only when a reader first points at or focuses a
 * chart whose line has such vertices; reads the dataset's CSV once.
 */
import { csvParseRows } from 'd3-dsv';
import { formatCount, formatDate, formatMonth } from '../../../lib/format.ts';
import type { Lang } from '../../../lib/i18n.ts';
import type { MoreSpec } from './more-spec.ts';

export interface Words {
  title: string;
  lines: string[];
}

const files = new Map<string, Promise<string[][]>>();

/** A dataset's CSV as rows of cells, fetched once per address (the line's words and the encounters toggle share it). */
export function csvRows(url: string): Promise<string[][]> {
  let f = files.get(url);
  if (!f) {
    // Rows as arrays: csvParse builds its row objects with new Function, which the site's CSP forbids.
    f = fetch(url).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${url}: ${r.status}`)))).then((text) => csvParseRows(text));
    files.set(url, f);
  }
  return f;
}

/** Words for every vertex of the line, in order: vertex k is the k-th row from the first vertex on whose first value column is filled. */
export async function moreWords(url: string, spec: MoreSpec, labels: string[], lang: Lang): Promise<Words[]> {
  const [head = [], ...rows] = await csvRows(url);
  const k = head.indexOf(spec.key);
  const cols = spec.columns.map((c) => head.indexOf(c));
  if (k < 0 || cols.some((c) => c < 0)) return [];
  const filled = (v: string | undefined) => v !== undefined && v.trim() !== '' && Number.isFinite(Number(v));
  return rows
    .filter((r) => (r[k] ?? '') >= spec.first && filled(r[cols[0]!]))
    .sort((a, b) => (a[k] ?? '').localeCompare(b[k] ?? ''))
    .map((r) => ({
      title: spec.kind === 'month' ? formatMonth(r[k]!, lang) : formatDate(r[k]!, lang),
      lines: cols.flatMap((c, j) => (filled(r[c]) ? [`${labels[j] ?? ''}: ${formatCount(Number(r[c]), lang)}`] : [])),
    }));
}
