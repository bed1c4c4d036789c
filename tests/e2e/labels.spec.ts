/**
 * The label tests again, on real text boxes: the layouts place labels with an
 * estimate of text width, and the fonts a browser picks may differ. On every
 * chart page, in both languages, at 320, 375, 768 and 1280 px, no chart label
 * overlaps another, a bar or the trip band, or leaves its chart.
 */
import { test, expect } from '@playwright/test';
import { CHART_PAGES } from './helpers.ts';

for (const width of [320, 375, 768, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });
    for (const path of CHART_PAGES) {
      test(`${path}: chart labels keep clear of each other and of the marks`, async ({ page }) => {
        await page.goto(path);
        const bad = await page.evaluate(() => {
          const out: string[] = [];
          const shrink = (r: DOMRect, by: number) => ({ l: r.left + by, r: r.right - by, t: r.top + by, b: r.bottom - by });
          const hit = (a: ReturnType<typeof shrink>, b: ReturnType<typeof shrink>) => a.l < b.r && b.l < a.r && a.t < b.b && b.t < a.b;
          document.querySelectorAll<SVGSVGElement>('figure.ch-frame .ch-variant svg').forEach((svg) => {
            const box = svg.getBoundingClientRect();
            if (box.width === 0) return;
            const fig = svg.closest('figure')?.id ?? '?';
            // One box per line of text (tspans), as drawn.
            const texts = [...svg.querySelectorAll('text')].flatMap((t) => {
              const spans = t.querySelectorAll('tspan');
              return (spans.length ? [...spans] : [t]).map((e) => ({ text: e.textContent ?? '', r: e.getBoundingClientRect() })).filter((x) => x.text.trim() && x.r.width > 0);
            });
            const marks = [...svg.querySelectorAll('rect.org-bar, rect[class^="vax-"], rect.ch-trip-band, rect.enc-trip-band')].map((m) => m.getBoundingClientRect()).filter((r) => r.width > 0);
            texts.forEach((a, i) => {
              const A = shrink(a.r, 1);
              if (a.r.left < box.left - 1 || a.r.right > box.right + 1) out.push(`${fig}: "${a.text}" leaves the chart`);
              texts.slice(i + 1).forEach((b) => {
                if (hit(A, shrink(b.r, 1))) out.push(`${fig}: "${a.text}" overlaps "${b.text}"`);
              });
              for (const m of marks) if (hit(A, shrink(m, 0))) out.push(`${fig}: "${a.text}" overlaps a mark`);
            });
          });
          return out;
        });
        expect(bad).toEqual([]);
      });
    }
  });
}
