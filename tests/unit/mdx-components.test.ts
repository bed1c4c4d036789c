import { it, expect } from 'vitest';
import { mdxComponents } from '../../src/components/mdx.ts';
import { MDX_TAGS } from '../../src/lib/mdx-registry.ts';

it('every tag the content check allows has a component, and no component is unchecked', () => {
  expect(Object.keys(mdxComponents).sort()).toEqual(Object.keys(MDX_TAGS).sort());
});
