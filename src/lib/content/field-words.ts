/**
 * Frontmatter field paths in words, for messages: ["tags", 0] is "the first
 * tag", ["hero", "alt"] is "the hero's alt text", ["corrections", 1, "date"]
 * is "the date of the second correction". One helper for every frontmatter
 * issue, so no message shows a path such as "tags.0".
 */
const NAMES: Record<string, string> = {
  title: 'the title',
  short_title: 'the short title',
  dek: 'the dek',
  description: 'the description',
  language: 'the language',
  published: 'the published date',
  updated: 'the updated date',
  authors: 'the list of authors',
  tags: 'the list of tags',
  kind: 'the kind',
  order: 'the order',
  hero: 'the hero',
  corrections: 'the list of corrections',
  draft: 'draft',
};

/** One item of a list field. */
const ITEM: Record<string, string> = { authors: 'author', tags: 'tag', corrections: 'correction' };

/** Parts of a field that holds an object. */
const PARTS: Record<string, string> = { src: 'picture path (src)', alt: 'alt text', credit: 'credit', chart: 'chart', date: 'date', text: 'text' };

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

export function ordinal(index: number): string {
  return ORDINALS[index] ?? `number ${index + 1}`;
}

export function fieldInWords(path: readonly (string | number)[]): string {
  const [top, ...rest] = path;
  if (top === undefined) return 'the frontmatter';
  const key = String(top);
  const name = NAMES[key] ?? `the field "${key}"`;
  if (!rest.length) return name;
  const [second, third] = rest;
  if (typeof second === 'number') {
    const item = `the ${ordinal(second)} ${ITEM[key] ?? 'item'}`;
    if (third === undefined) return ITEM[key] ? item : `${item} of ${name}`;
    return `the ${PARTS[String(third)] ?? `field "${String(third)}"`} of ${item}`;
  }
  const part = PARTS[String(second)] ?? `field "${String(second)}"`;
  return `${name}'s ${part}`;
}
