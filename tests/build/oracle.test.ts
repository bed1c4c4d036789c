/**
 * Key figures against a hand-checked list (tests/oracle/key-figures.yaml), not
 * against the data files the site reads: a value changed in a CSV changes the
 * pages and every test that reads the same CSV, but not this list. Each figure
 * must appear, exactly as written there, on each of its pages in English and
 * in Spanish: in the text, in every <Num> of that figure, on the front page's
 * key figures and in the takeaway of the charts named.
 */
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { distDir, page } from './dist.ts';
import { readerText } from './text.ts';
import { KEY_FIGURES, LANGS_OF_ORACLE, localPath, tokenIn, type KeyFigure } from '../oracle/key-figures.ts';

const dist = distDir();
const cache = new Map<string, HTMLElement>();
const load = (path: string) => {
  let root = cache.get(path);
  if (!root) cache.set(path, (root = page(dist, path)));
  return root;
};
const texts = new Map<string, string>();
/** The page's running text; a figure's note (shown on hover, a block of its own) is left out so "22,557" is not run into its label. */
const mainText = (path: string) => {
  let text = texts.get(path);
  if (text === undefined) {
    const root = page(dist, path);
    for (const note of root.querySelectorAll('.figure-note')) note.remove();
    texts.set(path, (text = readerText(root.querySelector('main') ?? root)));
  }
  return text;
};

describe('the hand-checked list itself', () => {
  it('has about 25 key figures or more, each traced to the fact sheet or a dataset line', () => {
    expect(KEY_FIGURES.length).toBeGreaterThanOrEqual(25);
    for (const k of KEY_FIGURES) expect(k.trace, k.what).toMatch(/FACTS [A-H]\d*|data\/[a-z0-9-]+\.csv lines? \d/);
  });
  it('covers the front page, every chart kind that prints a number in its takeaway, and two tooltips', () => {
    expect(KEY_FIGURES.filter((k) => k.home).length).toBe(4);
    const charts = new Set(KEY_FIGURES.flatMap((k) => (k.charts ?? []).map((c) => c.chart)));
    expect([...charts].sort()).toEqual(['aid', 'encounters', 'fiscal-years', 'origin', 'shelters', 'vaccine']);
    expect(KEY_FIGURES.filter((k) => k.tooltip).length).toBeGreaterThanOrEqual(2);
  });
  it('matches a whole number only: 22,557 is not found in 122,557 or 22,5570', () => {
    expect(tokenIn('on 22,557 days', '22,557')).toBe(true);
    expect(tokenIn('on 122,557 days', '22,557')).toBe(false);
    expect(tokenIn('on 22,5570 days', '22,557')).toBe(false);
    expect(tokenIn('22,557.5', '22,557')).toBe(false);
    expect(tokenIn('$310 million', '$310 million')).toBe(true);
    expect(tokenIn('$310 millions', '$310 million')).toBe(false);
  });
});

describe.each(KEY_FIGURES.map((k) => [k.what, k] as const))('%s', (_what, k: KeyFigure) => {
  for (const lang of LANGS_OF_ORACLE) {
    const expected = k[lang];
    for (const p of k.pages) {
      const path = localPath(p, lang);
      it(`${path} prints ${expected}`, () => {
        expect(tokenIn(mainText(path), expected), `"${expected}" in the text of ${path}`).toBe(true);
        if (!k.figure) return;
        const refs = load(path).querySelectorAll(`[data-figure="${k.figure}"]`);
        expect(refs.length, `<Num id="${k.figure}"> on ${path}`).toBeGreaterThan(0);
        for (const r of refs) expect(r.text.trim(), `<Num id="${k.figure}"> on ${path}`).toBe(expected);
      });
    }
    if (k.home) {
      const path = localPath('/', lang);
      it(`${path} shows it among the key figures`, () => {
        const shown = load(path)
          .querySelectorAll('section[aria-labelledby="key-figures"] figure > p')
          .map((e) => e.text.trim());
        expect(shown).toContain(expected);
      });
    }
    for (const c of k.charts ?? []) {
      const path = localPath(c.page, lang);
      it(`${path}: the ${c.chart} chart's takeaway says ${expected}`, () => {
        const takeaway = load(path).querySelector(`figure#chart-${c.chart} .ch-takeaway`);
        expect(takeaway, `chart-${c.chart} on ${path}`).toBeTruthy();
        expect(tokenIn(readerText(takeaway!), expected), readerText(takeaway!)).toBe(true);
      });
    }
  }
});
