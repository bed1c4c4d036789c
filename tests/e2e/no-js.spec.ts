import { test, expect } from '@playwright/test';

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
