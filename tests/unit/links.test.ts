import { describe, it, expect } from 'vitest';
import { withBase, localePath } from '../../src/lib/links.ts';

describe('base-aware links', () => {
  it('joins the root base', () => {
    expect(withBase('/sources/', '/')).toBe('/sources/');
    expect(withBase('sources/', '/')).toBe('/sources/');
    expect(withBase('/', '/')).toBe('/');
  });
  it('joins a sub-path base with or without a trailing slash', () => {
    expect(withBase('/sources/', '/explainer/')).toBe('/explainer/sources/');
    expect(withBase('/data/aid.csv', '/explainer')).toBe('/explainer/data/aid.csv');
    expect(withBase('/', '/explainer/')).toBe('/explainer/');
  });
  it('leaves external links and fragments alone', () => {
    expect(withBase('https://www.cbp.gov/', '/explainer/')).toBe('https://www.cbp.gov/');
    expect(withBase('#sources', '/explainer/')).toBe('#sources');
    expect(withBase('mailto:desk@example.org', '/x/')).toBe('mailto:desk@example.org');
  });
});

describe('language paths', () => {
  it('prefixes Spanish paths and leaves English alone', () => {
    expect(localePath('en', '/sources/')).toBe('/sources/');
    expect(localePath('es', '/sources/')).toBe('/es/sources/');
    expect(localePath('es', 'sources/#x')).toBe('/es/sources/#x');
  });
});
