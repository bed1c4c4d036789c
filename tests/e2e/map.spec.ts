import { test, expect, type Page } from '@playwright/test';
import { guard, noHorizontalScroll } from './helpers.ts';

const PAGES = ['/', '/es/', '/trip-at-a-glance/', '/es/trip-at-a-glance/'];

/** On-screen size (px) of every label the reader can see, and which label sets are showing. */
async function labelSizes(page: Page) {
  return page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('#trip-map svg.tm-svg')!;
    const scale = svg.getScreenCTM()!.a;
    const shown = [...svg.querySelectorAll<SVGGElement>('g.tm-labels')].filter((g) => getComputedStyle(g).display !== 'none');
    const texts = shown.flatMap((g) => [...g.querySelectorAll<SVGTextElement>('text')]);
    return {
      sets: shown.map((g) => g.getAttribute('class')),
      labels: texts.map((t) => ({ text: t.textContent ?? '', px: parseFloat(getComputedStyle(t).fontSize) * scale })),
      mapRight: svg.getBoundingClientRect().right,
    };
  });
}

for (const path of PAGES) {
  test.describe(`trip map on ${path}`, () => {
    test('is legible at 320 px: phone labels, each at least 12 px, and no sideways scroll', async ({ page }) => {
      const { errors } = guard(page);
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(path);
      const { sets, labels, mapRight } = await labelSizes(page);
      expect(sets).toEqual(['tm-labels tm-labels-narrow']);
      expect(labels.length).toBeGreaterThan(5);
      for (const l of labels) expect(l.px, l.text).toBeGreaterThanOrEqual(12);
      expect(mapRight).toBeLessThanOrEqual(320);
      await noHorizontalScroll(page);
      await expect(page.locator('#trip-map ol.tm-itinerary > li').first()).toBeVisible();
      expect(errors).toEqual([]);
    });

    test('uses the wide labels on a desktop screen, still at least 12 px', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(path);
      const { sets, labels } = await labelSizes(page);
      expect(sets).toEqual(['tm-labels tm-labels-wide']);
      for (const l of labels) expect(l.px, l.text).toBeGreaterThanOrEqual(12);
    });
  });
}

test('the map does not shift the page as it loads (CLS 0 on the front page)', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/');
  const shift = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let sum = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) sum += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(sum), 500);
      }),
  );
  expect(shift).toBe(0);
});
