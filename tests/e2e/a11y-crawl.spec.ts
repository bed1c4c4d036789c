import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every page the built sitemap lists, as a path. */
function sitemapPaths(): string[] {
  const files = readdirSync('dist').filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const paths = files.flatMap((f) => [...readFileSync(join('dist', f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
  return [...new Set(paths)].sort();
}

const paths = sitemapPaths();
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

test('the sitemap lists the pages', () => {
  expect(paths).toContain('/');
  expect(paths).toContain('/sources/');
  expect(paths.length).toBeGreaterThan(3);
});

/**
 * Dataset pages share one template and differ in their tables: two of them in each language (the longest
 * table, and the widest with sentences in its cells) are checked in every combination; the others once,
 * at 320 px in dark mode, where contrast and overflow fail first.
 */
const FULL_DATASETS = new Set(['usbp-sw-encounters-monthly', 'aid-announcements']);
const datasetPage = (path: string) => /^\/(es\/)?data\/([^/]+)\/$/.exec(path)?.[2];
const combos = (path: string) => {
  const id = datasetPage(path);
  if (id && !FULL_DATASETS.has(id)) return [{ colorScheme: 'dark' as const, widths: [320] }];
  return (['light', 'dark'] as const).map((colorScheme) => ({ colorScheme, widths: [320, 1280] }));
};

test('every dataset page is in the crawl, two of them in full', () => {
  const ids = new Set(paths.map(datasetPage).filter(Boolean));
  expect(ids.size).toBeGreaterThan(5);
  for (const id of FULL_DATASETS) expect(ids.has(id), id).toBe(true);
});

for (const path of paths) {
  const runs = combos(path);
  const what = runs.length > 1 ? '320 and 1280 px, light and dark' : '320 px, dark';
  test(`axe finds no violations on ${path} (${what}, reduced motion)`, async ({ page }) => {
    test.setTimeout(90_000);
    for (const { colorScheme, widths } of runs) {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      for (const width of widths) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path);
        await page.evaluate(async () => {
          // Wake lazy islands: scroll through the page, then back to the top.
          for (let y = 0; y < document.body.scrollHeight; y += 600) {
            window.scrollTo(0, y);
            await new Promise((r) => setTimeout(r, 30));
          }
          window.scrollTo(0, 0);
        });
        const results = await new AxeBuilder({ page }).withTags(TAGS).options({ rules: { 'target-size': { enabled: true } } }).analyze();
        const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
        expect(summary, `${path} at ${width}px, ${colorScheme}`).toEqual([]);
      }
    }
  });
}
