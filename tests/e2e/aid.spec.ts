/**
 * The aid chart on a phone and beyond, as Chromium draws it: about one screen
 * tall at 375 px, nothing overlapping or dropped at 320 to 1280 px, zero on
 * every panel's axis, and the keyboard and tooltips still working.
 */
import { test, expect, type Page } from '@playwright/test';
import { guard } from './helpers.ts';

/** The chart (its key and its bars) may take about one phone screen. */
const PHONE_BUDGET_PX = 900;
const PAGES = [
  { lang: 'en', path: '/what-the-us-offered/', zero: '$0' },
  { lang: 'es', path: '/es/what-the-us-offered/', zero: 'US$0' },
];

async function open(page: Page, path: string) {
  await page.goto(path);
  const chart = page.locator('#chart-aid');
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator('chart-island')).toHaveAttribute('data-ready', '');
  return chart;
}

for (const p of PAGES) {
  test(`${p.lang}: at 375 px the aid chart takes about one screen`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    const chart = await open(page, p.path);
    const height = (await chart.locator('chart-island').boundingBox())!.height;
    expect(height).toBeGreaterThan(300);
    expect(height).toBeLessThanOrEqual(PHONE_BUDGET_PX);
  });

  for (const width of [320, 375, 768, 1280]) {
    test(`${p.lang} at ${width} px: every label, amount and tick shows, clear of the others and inside the chart`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      const chart = await open(page, p.path);
      const report = await chart.evaluate((fig) => {
        const list = fig.querySelector('.aid-list')!;
        const box = list.getBoundingClientRect();
        const out: string[] = [];
        const boxes: { text: string; r: DOMRect }[] = [];
        const texts = [...list.querySelectorAll<Element>('.aid-head, .aid-subhead, .aid-label, .aid-value, .aid-tick-label')];
        for (const t of texts) {
          // The box of the text itself, not of its grid cell (text can overflow a cell).
          const range = document.createRange();
          range.selectNodeContents(t);
          const r = t instanceof SVGElement ? t.getBoundingClientRect() : range.getBoundingClientRect();
          const text = (t.textContent ?? '').trim();
          if (!text || r.width === 0 || r.height === 0) out.push(`"${text}" is not shown`);
          if (r.left < box.left - 1 || r.right > box.right + 1) out.push(`"${text}" leaves the chart`);
          boxes.push({ text, r });
        }
        const bars = [...list.querySelectorAll<SVGRectElement>('.aid-bar rect')].map((r) => ({ text: 'a bar', r: r.getBoundingClientRect() }));
        const hit = (a: DOMRect, b: DOMRect) => a.left + 1 < b.right && b.left + 1 < a.right && a.top + 1 < b.bottom && b.top + 1 < a.bottom;
        boxes.forEach((a, i) => {
          for (const b of [...boxes.slice(i + 1), ...bars]) if (hit(a.r, b.r)) out.push(`"${a.text}" overlaps "${b.text}"`);
        });
        const axes = [...list.querySelectorAll('.aid-axis')].map((a) => [...a.querySelectorAll('.aid-tick-label')].map((t) => t.textContent ?? ''));
        return { out, axes, heads: list.querySelectorAll('.aid-head').length, rows: list.querySelectorAll('.aid-row').length, labels: [...list.querySelectorAll('.aid-label')].map((l) => l.textContent ?? '') };
      });
      expect(report.out).toEqual([]);
      // One axis per panel, each from zero.
      expect(report.heads).toBe(3);
      expect(report.axes).toHaveLength(3);
      for (const ticks of report.axes) expect(ticks[0]).toBe(p.zero);
      expect(report.rows).toBeGreaterThanOrEqual(10);
      expect(report.labels.every((l) => l.trim().length > 0)).toBe(true);
    });
  }

  test(`${p.lang}: keys and hover show the full wording and the amount as prose prints it`, async ({ page }) => {
    const g = guard(page);
    await page.setViewportSize({ width: 375, height: 812 });
    const chart = await open(page, p.path);
    const list = chart.locator('.aid-list');
    const rows = list.locator('.aid-row');
    const tipOf = async (i: number) => ((await rows.nth(i).getAttribute('data-tip')) ?? '').split('\n');
    const tip = chart.locator('.ch-tooltip');
    await list.focus();
    await expect(tip).toBeVisible();
    const [firstTitle, firstAmount] = await tipOf(0);
    await expect(tip).toContainText(firstTitle!);
    await expect(tip).toContainText(firstAmount!);
    // The short label on the row, the full wording in the tooltip.
    expect((await rows.nth(0).locator('.aid-label').textContent())!.length).toBeLessThan(firstTitle!.length);
    await page.keyboard.press('ArrowDown');
    const [second] = await tipOf(1);
    await expect(tip).toContainText(second!);
    await expect(chart.locator('[data-live]')).toContainText(second!);
    await page.keyboard.press('End');
    const last = (await rows.count()) - 1;
    await expect(tip).toContainText((await tipOf(last))[0]!);
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
    // Hover a row in the last panel.
    const row = rows.nth(last - 1);
    await row.scrollIntoViewIfNeeded();
    await row.hover();
    await expect(tip).toContainText((await tipOf(last - 1))[1]!);
    expect(g.errors).toEqual([]);
  });
}
