/**
 * A line's `data-more` attribute. The chart's table lists only the stretch the
 * chart points out; the other vertices of the line get their tooltip words
 * from the dataset's CSV (the download the chart links), read by the island
 * on first use (more.ts). Pure: shared by server and island.
 *
 *   data-more="month|month|1999-10|encounters"
 *   = key column | key kind | key of the line's first vertex | value columns (in the table's order)
 *
 * Vertex k is the k-th CSV row, in key order from the first vertex on, whose first value column is filled.
 */
export interface MoreSpec {
  key: string;
  kind: 'month' | 'date';
  first: string;
  columns: string[];
}

export function moreSpec(s: MoreSpec): string {
  return [s.key, s.kind, s.first, s.columns.join(',')].join('|');
}

export function readMoreSpec(text: string | null): MoreSpec | null {
  const [key, kind, first, cols] = (text ?? '').split('|');
  if (!key || (kind !== 'month' && kind !== 'date') || !first || !cols) return null;
  return { key, kind, first, columns: cols.split(',').filter(Boolean) };
}
