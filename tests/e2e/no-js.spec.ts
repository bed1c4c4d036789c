import { test, expect } from '@playwright/test';
import { CHART_PAGES } from './helpers.ts';

test('without JavaScript every article reads in full', async ({ page }) => {
  await page.goto('/');
  const hrefs = await page.locator('#pieces ~ ol a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) {
    await page.goto(href);
    await expect(page.locator('h1')).toBeVisible();
    const paragraphs = page.locator('article .prose p');
    expect(await paragraphs.count(), href).toBeGreaterThan(5);
    await expect(paragraphs.last()).toBeVisible();
    await expect(page.locator('#sources li').first()).toBeVisible();
    const figures = page.locator('a.figure-ref');
    expect(await figures.count(), href).toBeGreaterThan(0);
  }
});

test('without JavaScript every chart, its labels, table and CSV link are there', async ({ page }) => {
  for (const path of CHART_PAGES) {
    await page.goto(path);
    const charts = page.locator('figure.ch-frame');
    const n = await charts.count();
    expect(n, path).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) {
      const chart = charts.nth(i);
      await chart.scrollIntoViewIfNeeded();
      await expect(chart.locator('.ch-title')).toBeVisible();
      await expect(chart.locator('.ch-takeaway')).toBeVisible();
      await expect(chart.locator('svg:visible').first()).toBeVisible();
      const box = await chart.locator('.ch-plot').boundingBox();
      expect(box!.height, `${path} chart ${i} has height`).toBeGreaterThan(40);
      await expect(chart.locator('chart-island')).not.toHaveAttribute('data-ready', '');
      await chart.locator('details.ch-details summary').click();
      await expect(chart.locator('details table').first()).toBeVisible();
      await expect(chart.getByRole('link', { name: /CSV/ }).first()).toHaveAttribute('href', /\/data\/[a-z0-9-]+\.csv$/);
    }
  }
});
