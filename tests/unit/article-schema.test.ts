import { describe, it, expect } from 'vitest';
import { articleSchema } from '../../src/lib/schema/article.ts';

const valid = {
  title: 'The trip at a glance',
  dek: 'Why Harris went to Guatemala and Mexico, whom she met and what was announced.',
  language: 'en',
  published: '2021-06-10',
  authors: ['Desk staff'],
  kind: 'main',
  order: 1,
};

function messages(data: unknown): string[] {
  const r = articleSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('article frontmatter schema', () => {
  it('accepts a valid entry and fills defaults', () => {
    const r = articleSchema.parse(valid);
    expect(r.draft).toBe(false);
    expect(r.tags).toEqual([]);
    expect(r.corrections).toEqual([]);
  });
  it('accepts YAML dates given as Date objects', () => {
    expect(articleSchema.parse({ ...valid, published: new Date('2021-06-10T00:00:00Z') }).published).toBe('2021-06-10');
  });
  it('rejects a missing title with a readable message', () => {
    const { title: _omit, ...rest } = valid;
    expect(messages(rest)).toEqual(['title: is required: the headline of the article']);
  });
  it('rejects a dek that is too long', () => {
    expect(messages({ ...valid, dek: 'x'.repeat(241) })).toEqual(['dek: is too long: keep it under 240 characters']);
  });
  it('rejects a date in the wrong format and an impossible date', () => {
    expect(messages({ ...valid, published: 'June 10, 2021' })[0]).toBe('published: is not a date written as YYYY-MM-DD: write it like 2021-06-06');
    expect(messages({ ...valid, published: '2021-02-30' })[0]).toBe('published: is not a real calendar date: check the month and the day');
  });
  it('rejects an update before publication', () => {
    expect(messages({ ...valid, updated: '2021-06-01' })).toEqual(['updated: is before the published date: write the same day or a later one']);
  });
  it('rejects an unknown kind, a bad order and an empty author list', () => {
    expect(messages({ ...valid, kind: 'feature' })[0]).toMatch(/^kind: is neither main nor focus: write main .* or focus/);
    expect(messages({ ...valid, order: 1.5 })[0]).toBe('order: is not a whole number: write 1, 2, 3 …');
    expect(messages({ ...valid, authors: [] })[0]).toBe('authors: is empty: add at least one name, like [Desk staff]');
  });
  it('requires alt text for a hero image', () => {
    expect(messages({ ...valid, hero: { src: '/images/a.webp' } })[0]).toBe('hero.alt: is required: describe the picture for readers who cannot see it');
  });
  it('rejects unknown fields (typos)', () => {
    expect(messages({ ...valid, titel: 'x' })[0]).toMatch(/Unrecognized key.*titel/);
  });
  it('rejects a bad correction', () => {
    expect(messages({ ...valid, corrections: [{ date: '2021-13-01', text: 'Fixed the date of the meeting.' }] })[0]).toMatch(/^corrections\.0\.date:/);
  });
});

describe('titles for the browser tab', () => {
  it('asks for a short title when the headline is too long for the tab, and checks its length', () => {
    const long = 'A headline long enough that the browser tab would cut it';
    expect(messages({ ...valid, title: long + ' off' })).toEqual([`title: is too long for the browser tab and search results (${long.length + 4} characters): add a short_title of at most 56 characters`]);
    expect(messages({ ...valid, title: long + ' off', short_title: 'A short headline' })).toEqual([]);
    expect(messages({ ...valid, short_title: 'x'.repeat(57) })).toEqual(['short_title: is too long for the browser tab (it has 57 characters): keep it to 56 or fewer']);
    expect(messages({ ...valid, language: 'es', title: 'x'.repeat(53) })[0]).toMatch(/at most 52 characters/);
  });
});
