/**
 * The piece on what came next, as built: both editions print the fiscal 2022
 * total from the figure file in their own number style, carry the encounters
 * chart with its table, stay inside 900-1,500 words, and mark the
 * English names left on the Spanish page with lang="en".
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { distDir, page } from './dist.ts';
import { findFigure } from '../../src/lib/data.ts';
import { formatCount } from '../../src/lib/format.ts';
import { countWords } from '../../src/lib/content/articles.ts';

const dist = distDir();

function articleText(path: string): { text: string; english: string[] } {
  const doc = page(dist, path);
  const body = doc.querySelector('article') ?? doc.querySelector('main');
  if (!body) throw new Error(`${path} has no article`);
  // Prose only: charts, navigation and the list of sources (whose English titles are expected) go first.
  for (const el of body.querySelectorAll('figure, nav, script, style, #sources, [aria-labelledby="more-title"]')) el.remove();
  const english = body.querySelectorAll('[lang="en"]').map((e) => e.text.trim());
  return { text: body.text.replace(/\s+/g, ' '), english };
}

describe('what-came-next, as built', () => {
  const fy2022 = findFigure('fy2022-usbp-sw-ohss')!.value;

  for (const [lang, path] of [['en', '/what-came-next/'], ['es', '/es/what-came-next/']] as const) {
    it(`${path} prints the fiscal 2022 total and the chart`, () => {
      const { text } = articleText(path);
      expect(text).toContain(formatCount(fy2022, lang));
      const doc = page(dist, path);
      expect(doc.querySelector('figure#chart-fiscal-years svg')).not.toBeNull();
      expect(doc.querySelector('figure#chart-fiscal-years table')).not.toBeNull();
    });

    it(`${path} is within 900 to 1,500 words of prose`, () => {
      // The site's own counter (the one behind the reading time), over the MDX body.
      const words = countWords(readFileSync(`content/articles/${lang}/what-came-next.mdx`, 'utf8'));
      expect(words).toBeGreaterThanOrEqual(900);
      expect(words).toBeLessThanOrEqual(1500);
    });
  }

  it('the Spanish page marks the English names it keeps, and only short runs', () => {
    const { english } = articleText('/es/what-came-next/');
    expect(english).toEqual(expect.arrayContaining(['Call to Action', 'Central America Forward']));
    for (const run of english) expect(run.split(/\s+/).length, run).toBeLessThanOrEqual(10);
  });
});
