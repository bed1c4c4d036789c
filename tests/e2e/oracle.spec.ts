/**
 * Tooltips at a known date, against the hand-checked list (tests/oracle/key-figures.yaml).
 * The pointer goes to the date's place on the chart's own time axis (read from
 * the axis labels, not from the line or the table), and the tooltip must name
 * that date and print the value the list gives, in English and Spanish. A
 * tooltip that shows the point next to it fails here.
 */
import { test, expect, type Locator } from '@playwright/test';
import { KEY_FIGURES, LANGS_OF_ORACLE, localPath, tokenIn, type OracleLang } from '../oracle/key-figures.ts';

const LOCALE: Record<OracleLang, string> = { en: 'en-US', es: 'es-419' };

/** Scroll a chart into view and wait until its island has upgraded it. */
async function wake(chart: Locator) {
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator('chart-island')).toHaveAttribute('data-ready', '');
}

async function visibleSvg(chart: Locator): Promise<Locator> {
  const wide = chart.locator('.ch-variant-wide svg');
  return (await wide.isVisible()) ? wide : chart.locator('.ch-variant-narrow svg');
}

/** The date an x-axis label stands for: "2020" is January 1, 2020; "Apr" / "abr" is April 1 of the given year. */
function tickDate(label: string, lang: OracleLang, year: number): number | null {
  if (/^\d{4}$/.test(label)) return Date.UTC(Number(label), 0, 1);
  const f = new Intl.DateTimeFormat(LOCALE[lang], { month: 'short', timeZone: 'UTC' });
  for (let m = 0; m < 12; m++) if (f.format(new Date(Date.UTC(2021, m, 15))) === label) return Date.UTC(year, m, 1);
  return null;
}

/** Page coordinates of a date on the chart's time axis, from the first and last labelled ticks. */
async function placeOf(svg: Locator, iso: string, lang: OracleLang): Promise<{ x: number; y: number }> {
  const read = await svg.evaluate((s: SVGSVGElement) => {
    const axis = [...s.querySelectorAll('g')].find((g) => g.querySelector(':scope > line.ch-axis-line'));
    const ticks = [...(axis?.querySelectorAll('text.ch-tick') ?? [])].map((t) => ({ x: Number(t.getAttribute('x')), label: (t.textContent ?? '').trim() }));
    const plot = (s.getAttribute('data-plot') ?? '').split(' ').map(Number);
    const r = s.getBoundingClientRect();
    return { ticks, plot, box: { x: r.x, y: r.y, w: r.width }, vbw: s.viewBox.baseVal.width };
  });
  const [y, m = 1, d = 1] = iso.split('-').map(Number);
  const target = Date.UTC(y!, m - 1, d);
  // Month labels carry no year: they run on from the target's year, a new year when the months wrap.
  let year = y!;
  let last = -1;
  const known = read.ticks.flatMap((t) => {
    const month = tickDate(t.label, lang, year);
    if (month === null) return [];
    const mo = new Date(month).getUTCMonth();
    if (!/^\d{4}$/.test(t.label) && mo < last) year += 1;
    last = mo;
    const at = /^\d{4}$/.test(t.label) ? month : Date.UTC(year, mo, 1);
    return [{ x: t.x, t: at }];
  });
  expect(known.length, `labelled dates on the time axis: ${read.ticks.map((t) => t.label).join(' ')}`).toBeGreaterThanOrEqual(2);
  const a = known[0]!;
  const b = known[known.length - 1]!;
  const x = a.x + ((target - a.t) / (b.t - a.t)) * (b.x - a.x);
  const k = read.box.w / read.vbw;
  const [y0 = 0, y1 = 0] = read.plot;
  return { x: read.box.x + x * k, y: read.box.y + ((y0 + y1) / 2) * k };
}

for (const k of KEY_FIGURES.filter((f) => f.tooltip)) {
  const tip = k.tooltip!;
  for (const lang of LANGS_OF_ORACLE) {
    test(`${tip.chart} chart (${lang}): the tooltip at ${tip.at} says ${tip.title[lang]} and ${k[lang]}`, async ({ page }) => {
      await page.goto(localPath(tip.page, lang));
      const chart = page.locator(`#chart-${tip.chart}`);
      await wake(chart);
      const svg = await visibleSvg(chart);
      // On a phone the whole figure is taller than the screen: bring the plot itself into view.
      await svg.scrollIntoViewIfNeeded();
      const at = await placeOf(svg, tip.at, lang);
      await page.mouse.move(at.x, at.y);
      const box = chart.locator('.ch-tooltip');
      await expect(box).toBeVisible();
      await expect(box.locator('.ch-tip-title')).toHaveText(tip.title[lang]);
      const text = (await box.innerText()).replace(/\s+/g, ' ');
      expect(tokenIn(text, k[lang]), `tooltip "${text}" prints ${k[lang]}`).toBe(true);
    });
  }
}

test('encounters chart: keyboard focus starts at the trip month, with the value the list gives', async ({ page }) => {
  const k = KEY_FIGURES.find((f) => f.tooltip?.chart === 'encounters')!;
  for (const lang of LANGS_OF_ORACLE) {
    await page.goto(localPath(k.tooltip!.page, lang));
    const chart = page.locator('#chart-encounters');
    await wake(chart);
    await chart.locator('button[data-option]').last().focus();
    await page.keyboard.press('Tab');
    const box = chart.locator('.ch-tooltip');
    await expect(box.locator('.ch-tip-title')).toHaveText(k.tooltip!.title[lang]);
    expect(tokenIn((await box.innerText()).replace(/\s+/g, ' '), k[lang])).toBe(true);
  }
});
