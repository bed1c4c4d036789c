import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { guard } from './helpers.ts';
import { embedPaths } from './embed-helpers.ts';

const EMBEDS = embedPaths();
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** A host page on another origin (localhost on its own port) that frames an embed with the published snippet. */
let host: Server;
let hostOrigin = '';
test.beforeAll(async ({ baseURL }) => {
  const site = new URL(baseURL!).origin;
  host = createServer((req, res) => {
    const embed = new URL(req.url ?? '/', 'http://x').searchParams.get('embed') ?? '/embed/aid/';
    const withScript = !req.url?.includes('noscript');
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host</title></head><body>` +
        `<p>A news site that runs the chart.</p>` +
        `<iframe src="${site}${embed}" title="Chart" data-rc-embed width="100%" height="720" style="width:100%;border:0"></iframe>` +
        (withScript ? `<script async src="${site}/embed/host.js"></script>` : '') +
        `</body></html>`,
    );
  });
  await new Promise<void>((r) => host.listen(0, 'localhost', r));
  hostOrigin = `http://localhost:${(host.address() as AddressInfo).port}`;
  expect(hostOrigin).not.toBe(site);
});
test.afterAll(() => new Promise<void>((r) => host.close(() => r())));

test('there are embed pages in both languages', () => {
  expect(EMBEDS.filter((p) => p.startsWith('/embed/')).length).toBeGreaterThan(2);
  expect(EMBEDS.filter((p) => p.startsWith('/es/embed/')).length).toBeGreaterThan(2);
});

test('an embed framed by a page on another origin resizes to its content, and again when the width changes', async ({ page }) => {
  const { errors } = guard(page);
  const frameHeight = () => page.locator('iframe[data-rc-embed]').evaluate((f) => Number(f.getAttribute('height')));
  const contentHeight = () =>
    page
      .frameLocator('iframe[data-rc-embed]')
      .locator('body')
      .evaluate((b) => Math.ceil(b.getBoundingClientRect().bottom + (parseFloat(getComputedStyle(b).marginBottom) || 0)));
  for (const path of ['/embed/encounters/', '/es/embed/aid/']) {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${hostOrigin}/?embed=${encodeURIComponent(path)}`);
    await expect.poll(frameHeight, { message: `${path} reports its height` }).not.toBe(720);
    await expect.poll(async () => Math.abs((await frameHeight()) - (await contentHeight())), { message: `${path} fits its content` }).toBeLessThanOrEqual(2);
    const wide = await frameHeight();
    await page.setViewportSize({ width: 375, height: 800 });
    await expect.poll(frameHeight, { message: `${path} grows on a phone` }).toBeGreaterThan(wide);
    await expect.poll(async () => Math.abs((await frameHeight()) - (await contentHeight()))).toBeLessThanOrEqual(2);
  }
  expect(errors).toEqual([]);
});

test('without the host script the iframe keeps the snippet’s fixed height and still shows the chart', async ({ page }) => {
  await page.goto(`${hostOrigin}/noscript?embed=${encodeURIComponent('/embed/shelters/')}`);
  const frame = page.frameLocator('iframe[data-rc-embed]');
  await expect(frame.locator('figure.ch-frame .ch-title')).toBeVisible();
  await page.waitForTimeout(500);
  expect(await page.locator('iframe[data-rc-embed]').getAttribute('height')).toBe('720');
});

test('a message from another origin cannot resize the frame', async ({ page }) => {
  await page.goto(`${hostOrigin}/?embed=${encodeURIComponent('/embed/origin/')}`);
  await expect.poll(() => page.locator('iframe[data-rc-embed]').getAttribute('height')).not.toBe('720');
  const before = await page.locator('iframe[data-rc-embed]').getAttribute('height');
  // The host page itself (not the framed origin) posts a forged height.
  await page.evaluate(() => window.postMessage({ type: 'root-causes:embed-height', height: 50 }, '*'));
  await page.waitForTimeout(300);
  expect(await page.locator('iframe[data-rc-embed]').getAttribute('height')).toBe(before);
});

for (const path of EMBEDS) {
  test(`axe finds no violations on ${path} (320 and 1280 px, light and dark)`, async ({ page }, testInfo) => {
    // The test sets its own widths, so the phone project would only repeat it.
    test.skip(testInfo.project.name !== 'desktop', 'runs once, in the desktop project, at both widths');
    test.setTimeout(60_000);
    const { errors, external } = guard(page);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      for (const width of [320, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path);
        await expect(page.locator('nav')).toHaveCount(0);
        const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
        expect(summary, `${path} at ${width}px, ${colorScheme}`).toEqual([]);
      }
    }
    expect(errors).toEqual([]);
    expect(external, 'no request leaves the site').toEqual([]);
  });
}
