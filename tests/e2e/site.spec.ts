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

test('a reader switches the overview to Spanish and back; figures follow the language', async ({ page }) => {
  const g = guard(page);
  await page.goto('/trip-at-a-glance/');
  await expect(page.locator('a[data-figure="aid-310m"]').first()).toHaveText('$310 million');
  await page.getByRole('link', { name: 'Leer en español' }).click();
  await expect(page).toHaveURL(/\/es\/trip-at-a-glance\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.locator('a[data-figure="aid-310m"]').first()).toHaveText('310 millones de dólares');
  await expect(page.locator('.timeline time').first()).toHaveText(/de marzo de 2021/);
  await page.getByRole('link', { name: 'Read in English' }).click();
  await expect(page).toHaveURL(/\/trip-at-a-glance\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(g.errors).toEqual([]);
});

test('a figure in the text links to its entry in the sources list', async ({ page, isMobile }) => {
  await page.goto('/trip-at-a-glance/');
  const fig = page.locator('a[data-figure="hhs-peak-2021"]').first();
  const target = (await fig.getAttribute('href'))!;
  expect(target).toMatch(/^#source-/);
  if (isMobile) {
    // On a touch screen the first tap opens the figure's note; its link goes on to the source.
    await fig.locator('xpath=..').tap();
    await page.locator(`#${await fig.getAttribute('aria-describedby')} a`).tap();
  } else {
    await fig.click();
  }
  await expect(page.locator(target)).toBeInViewport();
  await expect(page.locator(target)).toContainText('Health and Human Services');
});
