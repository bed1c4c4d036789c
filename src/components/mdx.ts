/**
 * The components available in every article without an import. The names
 * must match src/lib/mdx-registry.ts (a unit test checks both lists agree).
 */
import Num from './Num.astro';
import Cite from './Cite.astro';
import Timeline from './Timeline.astro';

export const mdxComponents = {
  Num,
  Cite,
  Timeline,
};
