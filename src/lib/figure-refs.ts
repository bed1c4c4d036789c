/**
 * Ids that tie a figure in the text to its source entry and back, as
 * footnotes do: the n-th <Num id="x"> on a page gets id "ref-x" (n = 1) or
 * "ref-x-n", and the entry of its source links back to each of them.
 */
import { findTags } from './mdx-registry.ts';
import { findFigure } from './data.ts';

export function figureRefId(figureId: string, occurrence: number): string {
  return occurrence <= 1 ? `ref-${figureId}` : `ref-${figureId}-${occurrence}`;
}

/** For an article body: each source id -> the ids of the figures that cite it, in reading order. */
export function figureRefsBySource(body: string): Map<string, string[]> {
  const seen = new Map<string, number>();
  const out = new Map<string, string[]>();
  for (const use of findTags(body)) {
    const id = use.name === 'Num' ? use.attrs.id : undefined;
    const figure = id ? findFigure(id) : undefined;
    if (!id || !figure) continue;
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    out.set(figure.source, [...(out.get(figure.source) ?? []), figureRefId(id, n)]);
  }
  return out;
}

/** Counts the figures already printed on the page being rendered (kept in Astro.locals, which is per page). */
export function nextOccurrence(locals: object, figureId: string): number {
  const store = locals as { figureRefs?: Map<string, number> };
  store.figureRefs ??= new Map();
  const n = (store.figureRefs.get(figureId) ?? 0) + 1;
  store.figureRefs.set(figureId, n);
  return n;
}
