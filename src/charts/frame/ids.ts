/**
 * Element ids per chart instance: chart-<kind> for the first chart of a kind
 * on a page, then chart-<kind>-2, -3. Counted per rendered page (request).
 */
const seen = new WeakMap<object, Map<string, number>>();

export function nextChartId(page: object, kind: string): string {
  let counts = seen.get(page);
  if (!counts) seen.set(page, (counts = new Map()));
  const n = (counts.get(kind) ?? 0) + 1;
  counts.set(kind, n);
  return n === 1 ? `chart-${kind}` : `chart-${kind}-${n}`;
}
