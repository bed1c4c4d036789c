import { test, expect } from '@playwright/test';
import { guard, noHorizontalScroll } from './helpers.ts';

test('a reader goes from the front page to an article and back', async ({ page }) => {
  const g = guard(page);
  await page.goto('/');
  await expect(page.locator('h1')).toHaveCount(1);
  const first = page.locator('#pieces ~ ol a').first();
  const title = (await first.textContent())?.trim() ?? '';
  expect(title.length).toBeGreaterThan(5);
  await first.click();
  await expect(page.locator('h1')).toHaveText(title);
  await expect(page.locator('article time[datetime]').first()).toBeVisible();
  await page.getByRole('navigation', { name: /main navigation/i }).getByRole('link', { name: 'Home' }).click();
  await expect(page).toHaveURL(/\/$/);
  expect(g.errors).toEqual([]);
  expect(g.external).toEqual([]);
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
});

for (const path of ['/', '/sources/', '/about/', '/404.html']) {
  test(`${path} fits a 320 px screen without horizontal scrolling`, async ({ page }) => {
    const g = guard(page);
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    await noHorizontalScroll(page);
    expect(g.external).toEqual([]);
  });
}

test('every article fits a 320 px screen and loads nothing from another host', async ({ page }) => {
  await page.goto('/');
  const hrefs = await page.locator('#pieces ~ ol a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(0);
  await page.setViewportSize({ width: 320, height: 640 });
  for (const href of hrefs) {
    const g = guard(page);
    await page.goto(href);
    await noHorizontalScroll(page);
    expect(g.errors, href).toEqual([]);
    expect(g.external, href).toEqual([]);
  }
});

test('print hides the navigation and prints link addresses', async ({ page }) => {
  await page.goto('/');
  const href = await page.locator('#pieces ~ ol a').first().getAttribute('href');
  await page.goto(href!);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: /main navigation/i })).toBeHidden();
  await expect(page.locator('.skip-link')).toBeHidden();
  const after = await page.locator('#sources a[href^="http"]').first().evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('http');
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('navigation', { name: /main navigation/i })).toBeVisible();
});

test('an unknown address shows the 404 page', async ({ page }) => {
  const res = await page.goto('/no-such-page/');
  expect(res?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
});
