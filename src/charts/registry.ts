/**
 * Every chart kind, once. A new chart is its folder plus one line here: the
 * MDX tag, the content check's rules for it, the island it loads and the
 * tests all come from this list.
 */
import { registerTags } from '../lib/mdx-registry.ts';
import type { ChartDefinition } from './core/definition.ts';
import { THUMBNAIL_KINDS } from './core/thumbnail-kinds.ts';
import { aidChart } from './aid/index.ts';
import { encountersChart } from './encounters/index.ts';
import { originChart } from './origin/index.ts';
import { sheltersChart } from './shelters/index.ts';
import { vaccineChart } from './vaccine/index.ts';
import { fiscalYearsChart } from './fiscal-years/index.ts';

/** Each entry keeps its own prop and data types; the list holds them all. */
export type AnyChart = ChartDefinition<any>;
export const CHARTS: readonly AnyChart[] = [aidChart, vaccineChart, encountersChart, sheltersChart, originChart, fiscalYearsChart];

// The charts with a thumbnail are the ones a piece can name as its hero.
registerTags(
  Object.fromEntries(CHARTS.map((c) => [c.tag.name, c.tag])),
  CHARTS.filter((c) => (THUMBNAIL_KINDS as readonly string[]).includes(c.kind)).map((c) => c.tag.name),
);

export function chartByKind(kind: string): AnyChart | undefined {
  return CHARTS.find((c) => c.kind === kind);
}
