/** The data pages as a reader uses them: the index on a phone, a dataset page's table and downloads, the way in from a chart, axe. */
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readdirSync, readFileSync } from 'node:fs';
import { guard, noHorizontalScroll } from './helpers.ts';

const DATASETS = readdirSync('content/data').filter((f) => f.endsWith('.csv')).map((f) => f.replace(/\.csv$/, '')).sort();
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

test('the data index lists every dataset on a 375 px phone, without sideways scrolling or script', async ({ page }) => {
  const g = guard(page);
  await page.setViewportSize({ width: 375, height: 800 });
  for (const [path, rowsWord] of [['/data/', 'Rows'], ['/es/data/', 'Filas']] as const) {
    await page.goto(path);
    await noHorizontalScroll(page);
    expect(await page.locator('script[src], script[type="module"]').count()).toBe(0);
    const items = page.locator('[data-dataset]');
    expect((await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-dataset')))).sort()).toEqual(DATASETS);
    await expect(items.first()).toContainText(`${rowsWord}:`);
    // The menu leads here.
    await expect(page.getByRole('navigation').first().locator('a[aria-current="page"]')).toHaveAttribute('href', path);
  }
  // A dataset's title opens its page.
  await page.goto('/data/');
  await page.locator('[data-dataset="usbp-sw-encounters-monthly"] h2 a').click();
  await expect(page).toHaveURL(/\/data\/usbp-sw-encounters-monthly\/$/);
  await expect(page.locator('h1')).toContainText('Border Patrol encounters');
  await noHorizontalScroll(page);
  expect(g.errors).toEqual([]);
  expect(g.external).toEqual([]);
});

test('a long dataset shows its first and last rows, every row behind “Show all”, and downloads its CSV', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/data/usbp-sw-encounters-monthly/');
  const csv = readFileSync('content/data/usbp-sw-encounters-monthly.csv', 'utf8').trim().split('\n');
  const ends = page.locator('table#rows-ends');
  await expect(ends.locator('tbody tr')).toHaveCount(13);
  await expect(ends.locator('tbody tr').first().locator('th')).toHaveText('October 1999');
  const all = page.locator('table#rows');
  await expect(all).toBeHidden();
  await page.locator('summary', { hasText: `Show all ${csv.length - 1} rows` }).click();
  await expect(all).toBeVisible();
  await expect(all.locator('tbody tr')).toHaveCount(csv.length - 1);
  await noHorizontalScroll(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'The rows (CSV)' }).click()]);
  expect(download.suggestedFilename()).toBe('usbp-sw-encounters-monthly.csv');
  expect(readFileSync((await download.path())!, 'utf8').trim().split('\n')).toHaveLength(csv.length);
  await expect(page.locator('[data-revisions]')).toContainText('No revisions since November 29, 2026');
});

test('a chart links the page of its dataset', async ({ page }) => {
  await page.goto('/es/border-numbers/');
  const link = page.locator('#chart-encounters a[data-dataset-page="usbp-sw-encounters-monthly"]');
  await link.click();
  await expect(page).toHaveURL(/\/es\/data\/usbp-sw-encounters-monthly\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.locator('h2#revisions')).toHaveText('Historial de revisiones');
});

for (const path of ['/data/', '/es/data/', '/data/aid-announcements/', '/es/data/usbp-sw-encounters-monthly/', '/es/data/timeline-2021/']) {
  test(`axe finds no violations on ${path} at 375 px, light and dark, with every row shown`, async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width: 375, height: 800 });
      await page.goto(path);
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      const results = await new AxeBuilder({ page }).withTags(TAGS).options({ rules: { 'target-size': { enabled: true } } }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`), `${path} ${colorScheme}`).toEqual([]);
    }
  });
}
