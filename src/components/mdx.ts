/**
 * The components available in every article without an import: the site's
 * own (Num, Cite, Timeline) and one per chart kind, from the chart registry.
 * The names match src/lib/mdx-registry.ts (a unit test checks both lists agree).
 */
import Num from './Num.astro';
import Cite from './Cite.astro';
import Timeline from './Timeline.astro';
import { chartComponents } from '../charts/frame/tags.ts';
import TripMap from '../charts/map/TripMap.astro';

export const mdxComponents = {
  Num,
  Cite,
  Timeline,
  TripMap,
  ...chartComponents,
};
