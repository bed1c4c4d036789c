/**
 * The chart kinds that draw a thumbnail (src/charts/core/thumbnail.ts has a
 * recipe for each): the charts a piece can name as its hero, which the chart
 * registry hands to the content check. A list of its own, so the registry can
 * read it without importing the thumbnails (which import the registry).
 */
export const THUMBNAIL_KINDS = ['encounters', 'fiscal-years', 'vaccine', 'aid', 'shelters'] as const;
export type ThumbKind = (typeof THUMBNAIL_KINDS)[number];
