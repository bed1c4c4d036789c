import { describe, it, expect } from 'vitest';
import { distDir } from './dist.ts';
import { measureSite, BUDGETS } from '../../scripts/lib/weights.ts';
import '../../src/charts/registry.ts';
import { checkContent } from '../../src/lib/content/load.ts';

const getModel = () => checkContent(process.cwd()).model;

describe('page-weight budgets (gzipped bytes)', () => {
  const weights = measureSite(distDir());
  it('measures every page', () => {
    expect(weights.length).toBeGreaterThan(3);
    expect(weights.every((w) => w.html > 500)).toBe(true);
    expect(weights.find((w) => w.page === '/border-numbers/')?.interactive).toBe(true);
    expect(weights.filter((w) => w.embed).length).toBeGreaterThanOrEqual(2);
    // The data index and a page per dataset, in both languages.
    expect(weights.filter((w) => w.data).length).toBe(2 * (getModel().datasets.size + 1));
  });
  for (const w of weights) {
    it(`${w.page}: HTML ${w.html} B, CSS ${w.css} B, JS ${w.jsOnView} B in view (${w.jsTotal} B with toggles), first load ${w.firstLoad} B`, () => {
      expect(w.html).toBeLessThanOrEqual(w.page === '/border-numbers/' ? BUDGETS.htmlChartPage : BUDGETS.html);
      expect(w.firstLoad).toBeLessThanOrEqual(BUDGETS.firstLoad);
      expect(w.jsOnView).toBeLessThanOrEqual(w.interactive ? BUDGETS.jsChartPage : w.search ? BUDGETS.jsSearchPage : BUDGETS.jsOtherPage);
      expect(w.jsTotal).toBeLessThanOrEqual(w.interactive ? BUDGETS.jsChartPageTotal : w.search ? BUDGETS.jsSearchPage : BUDGETS.jsOtherPage);
      // Embed pages: everything the page can ever load, resize script and chart island included.
      if (w.embed) expect(w.jsTotal).toBeLessThanOrEqual(BUDGETS.jsEmbedPage);
      // Data pages: at most 60 KB of gzipped HTML, and no script at all.
      if (w.data) {
        expect(w.html).toBeLessThanOrEqual(BUDGETS.htmlDataPage);
        expect(w.jsTotal).toBe(BUDGETS.jsDataPage);
      }
    });
  }
});
