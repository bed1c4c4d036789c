import { test, expect } from '@playwright/test';
import { embedPaths } from './embed-helpers.ts';

test('without JavaScript every embed shows its chart, source line, table and link back', async ({ page }) => {
  const paths = embedPaths();
  expect(paths.length).toBeGreaterThan(4);
  for (const path of paths) {
    await page.goto(path);
    const chart = page.locator('figure.ch-frame');
    await expect(chart.locator('.ch-title'), path).toBeVisible();
    await expect(chart.locator('svg, ol, ul').first(), path).toBeVisible();
    await expect(chart.locator('.ch-source a').first(), path).toBeVisible();
    await expect(page.locator('a[target="_top"]'), path).toBeVisible();
    expect(await chart.locator('table').count(), path).toBeGreaterThan(0);
  }
});
