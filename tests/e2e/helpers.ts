import { expect, type Page } from '@playwright/test';

/** Fail the test on console errors, page errors and any request that leaves localhost. */
export function guard(page: Page): { errors: string[]; external: string[] } {
  const errors: string[] = [];
  const external: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!['127.0.0.1', 'localhost'].includes(u.hostname) && u.protocol !== 'data:') external.push(r.url());
  });
  return { errors, external };
}

export async function noHorizontalScroll(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll, 'page is wider than the viewport').toBeLessThanOrEqual(client);
}

/** The English pages that carry charts. */
export const CHART_PAGES_EN = ['/border-numbers/', '/what-the-us-offered/', '/vaccine-diplomacy/', '/what-came-next/'];
/** Every page that carries charts, in both languages. */
export const CHART_PAGES = [...CHART_PAGES_EN, ...CHART_PAGES_EN.map((p) => `/es${p}`)];
