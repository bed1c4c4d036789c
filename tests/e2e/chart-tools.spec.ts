import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { guard } from './helpers.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

for (const [lang, path, ok] of [
  ['en', '/border-numbers/', 'Copied.'],
  ['es', '/es/border-numbers/', 'Copiado.'],
] as const) {
  test.describe(`chart tools (${lang})`, () => {
    test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

    test('the copy buttons copy the embed code and the chart’s link, and say so', async ({ page, baseURL }) => {
      const { errors } = guard(page);
      await page.goto(path);
      const fig = page.locator('figure#chart-shelters');
      const tools = fig.locator('.ch-tools');
      await fig.scrollIntoViewIfNeeded();
      // The embed code: open the disclosure, copy, and the clipboard holds the snippet for this chart's embed page.
      await tools.locator('details.ch-embed summary').click();
      const copyCode = tools.getByRole('button', { name: lang === 'es' ? 'Copiar el código' : 'Copy the embed code' });
      await expect(copyCode).toBeVisible();
      await copyCode.click();
      await expect(tools.getByRole('status')).toHaveText(ok);
      const code = await page.evaluate(() => navigator.clipboard.readText());
      expect(code).toBe(await tools.locator('textarea').inputValue());
      const src = /<iframe src="([^"]+)"/.exec(code)?.[1] ?? '';
      expect(new URL(src).pathname).toBe(lang === 'es' ? '/es/embed/shelters/' : '/embed/shelters/');
      // The embed page it names exists here (the snippet's origin is the configured site).
      const embed = await page.request.get(new URL(new URL(src).pathname, baseURL).href);
      expect(embed.status()).toBe(200);
      // The link: the clipboard holds the page's address with the figure's id.
      const copyLink = tools.getByRole('button', { name: lang === 'es' ? 'Copiar el enlace' : 'Copy the link' });
      await page.evaluate(() => navigator.clipboard.writeText(''));
      await copyLink.click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`${path.replace(/\//g, '\\/')}#chart-shelters$`));
      await expect(tools.getByRole('status')).toHaveText(ok);
      expect(errors).toEqual([]);
    });

    test('when the browser refuses the clipboard, the button says so and selects the text', async ({ page }) => {
      await page.addInitScript(() => {
        Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
      });
      await page.goto(path);
      const tools = page.locator('figure#chart-shelters .ch-tools');
      await tools.scrollIntoViewIfNeeded();
      await tools.getByRole('button', { name: lang === 'es' ? 'Copiar el enlace' : 'Copy the link' }).click();
      await expect(tools.getByRole('status')).toContainText(lang === 'es' ? 'No se pudo copiar' : 'Copying was blocked');
      const selected = await tools.locator('input').evaluate((i: HTMLInputElement) => i.value.slice(i.selectionStart ?? 0, i.selectionEnd ?? 0));
      expect(selected).toBe(await tools.locator('input').inputValue());
    });

    test('axe finds nothing in the tools, open, at 375 and 1280 px', async ({ page }) => {
      for (const width of [375, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path);
        for (const s of await page.locator('details.ch-embed summary').all()) await s.click();
        const results = await new AxeBuilder({ page }).include('.ch-tools').withTags(TAGS).options({ rules: { 'target-size': { enabled: true } } }).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        const scroll = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(scroll).toBeLessThanOrEqual(0);
      }
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the embed code and the link are there to select; the copy buttons stay hidden', async ({ page }) => {
    await page.goto('/border-numbers/');
    const tools = page.locator('figure#chart-encounters .ch-tools');
    await tools.locator('details.ch-embed summary').click();
    await expect(tools.locator('textarea')).toBeVisible();
    expect(await tools.locator('textarea').inputValue()).toContain('/embed/encounters/');
    await expect(tools.locator('button')).toHaveCount(2);
    await expect(tools.locator('button:visible')).toHaveCount(0);
  });
});
