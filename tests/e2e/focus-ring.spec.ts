/**
 * A keyboard user can see where they are in every chart: tabbing through a
 * chart's frame (its option buttons, the plot, the table toggle, the links and
 * tools), each element that takes focus draws a ring at least 2 px wide, as an
 * outline or a box-shadow, in a colour at least 3:1 against the background
 * behind it (WCAG 2.2, 2.4.7 and 1.4.11), in the light and the dark theme.
 */
import { test, expect, type Page } from '@playwright/test';
import { CHART_PAGES_EN } from './helpers.ts';

interface Ring {
  what: string;
  visible: boolean;
  width: number;
  contrast: number;
  plot: boolean;
  inside: boolean;
}

/** The ring of the focused element, measured in the page. */
function measure(page: Page, figureId: string): Promise<Ring> {
  return page.evaluate((id) => {
    const el = document.activeElement as HTMLElement | null;
    const fig = document.getElementById(id);
    if (!el || !fig || !fig.contains(el)) return { what: el?.tagName ?? 'nothing', visible: false, width: 0, contrast: 0, plot: false, inside: false };
    // Any CSS colour to sRGB bytes through a canvas (computed colours may be oklch or color()).
    const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
    const rgba = (css: string): [number, number, number, number] => {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = '#000';
      ctx.fillStyle = css;
      ctx.fillRect(0, 0, 1, 1);
      const d = ctx.getImageData(0, 0, 1, 1).data;
      return [d[0]!, d[1]!, d[2]!, d[3]! / 255];
    };
    const lum = ([r, g, b]: number[]) => {
      const c = [r!, g!, b!].map((v) => {
        const s = v / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
    };
    // The ring is drawn around the element, over its parents' background.
    let bg: [number, number, number, number] = [255, 255, 255, 1];
    for (let p = el.parentElement; p; p = p.parentElement) {
      const c = rgba(getComputedStyle(p).backgroundColor);
      if (c[3] > 0.5) {
        bg = c;
        break;
      }
    }
    const cs = getComputedStyle(el);
    let width = 0;
    let colour = '';
    if (cs.outlineStyle !== 'none' && cs.outlineStyle !== 'hidden') {
      width = parseFloat(cs.outlineWidth) || 0;
      colour = cs.outlineColor;
    }
    if (width < 2 && cs.boxShadow && cs.boxShadow !== 'none') {
      // "rgb(10, 88, 168) 0px 0px 0px 3px": the fourth length is the spread.
      const m = /^(.*?\))\s+(-?[\d.]+)px\s+(-?[\d.]+)px\s+([\d.]+)px\s+([\d.]+)px/.exec(cs.boxShadow);
      if (m && Number(m[5]) >= 2) {
        width = Number(m[5]);
        colour = m[1]!;
      }
    }
    const ring = colour ? rgba(colour) : [0, 0, 0, 0];
    const l1 = lum(ring);
    const l2 = lum(bg);
    const contrast = ring[3]! > 0.5 ? (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05) : 0;
    const label = `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}"`;
    return { what: label, visible: el.matches(':focus-visible'), width, contrast: Math.round(contrast * 100) / 100, plot: el.closest('.ch-plot') !== null, inside: true };
  }, figureId);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    // The rings come from the same rules at every width; one viewport keeps the suite fast.
    test.skip(({ isMobile }) => isMobile, 'measured on the desktop viewport');
    for (const path of CHART_PAGES_EN) {
      test(`${path}: every focus stop in every chart shows a ring of 2 px or more, 3:1 against its background`, async ({ page }) => {
        await page.goto(path);
        const ids = await page.locator('figure.ch-frame').evaluateAll((figs) => figs.map((f) => f.id));
        expect(ids.length, path).toBeGreaterThan(0);
        for (const id of ids) {
          const fig = page.locator(`figure#${id}`);
          await fig.scrollIntoViewIfNeeded();
          await expect(fig.locator('chart-island')).toHaveAttribute('data-ready', '');
          // Keyboard first (Tab from the top of the page), then onto the chart's first stop, then Tab through it.
          await page.keyboard.press('Tab');
          await fig.evaluate((f) => {
            const first = [...f.querySelectorAll<HTMLElement>('a[href], button, summary, textarea, input, select, [tabindex]')].find(
              (e) => e.tabIndex >= 0 && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden',
            );
            first?.focus();
          });
          const seen: Ring[] = [];
          for (let i = 0; i < 40; i++) {
            const ring = await measure(page, id);
            if (!ring.inside) break;
            seen.push(ring);
            await page.keyboard.press('Tab');
          }
          expect(seen.some((r) => r.plot), `${path}#${id}: Tab reaches the chart's plot`).toBe(true);
          for (const r of seen) {
            expect(r.visible, `${path}#${id} ${r.what}: matches :focus-visible`).toBe(true);
            expect(r.width, `${path}#${id} ${r.what}: ring width (px)`).toBeGreaterThanOrEqual(2);
            expect(r.contrast, `${path}#${id} ${r.what}: ring contrast against the background`).toBeGreaterThanOrEqual(3);
          }
          await page.keyboard.press('Escape');
        }
      });
    }
  });
}
