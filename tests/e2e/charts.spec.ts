import { test, expect, type Locator } from '@playwright/test';
import { guard, noHorizontalScroll, CHART_PAGES, CHART_PAGES_EN } from './helpers.ts';


/** Scroll a chart into view and wait until its island has upgraded it. */
async function wake(chart: Locator) {
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator('chart-island')).toHaveAttribute('data-ready', '');
}

/** The months the encounters chart draws, read from the CSV it links (the page carries no second copy of the data). */
async function chartData(chart: Locator): Promise<{ month: string; all: number; children: number | null }[]> {
  const href = await chart.locator('a.ch-download').first().getAttribute('href');
  const csv = await (await chart.page().request.get(href!)).text();
  const [head, ...lines] = csv.trim().split('\n');
  const cols = head!.split(',');
  return lines.map((l) => {
    const c = l.split(',');
    const v = (name: string) => c[cols.indexOf(name)] ?? '';
    return { month: v('month'), all: Number(v('encounters')), children: v('uc_encounters') === '' ? null : Number(v('uc_encounters')) };
  });
}

const fmt = (n: number) => new Intl.NumberFormat('en-US').format(n);
const monthName = (m: string) => new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${m}-01T00:00:00Z`));

async function visibleSvg(chart: Locator): Promise<Locator> {
  const wide = chart.locator('.ch-variant-wide svg');
  return (await wide.isVisible()) ? wide : chart.locator('.ch-variant-narrow svg');
}

test.describe('encounters chart', () => {
  test('keyboard: one tab stop, arrows move, the live region speaks, Escape hides', async ({ page }) => {
    const g = guard(page);
    await page.goto('/border-numbers/');
    const chart = page.locator('#chart-encounters');
    await wake(chart);
    const data = await chartData(chart);
    const svg = await visibleSvg(chart);
    // Tab from the element just before the chart's plot lands on the plot, once.
    await chart.locator('button[data-value="children"]').focus();
    await page.keyboard.press('Tab');
    await expect(svg).toBeFocused();
    const tip = chart.locator('.ch-tooltip');
    await expect(tip).toBeVisible();
    const live = chart.locator('[data-live]');
    const june = data.find((d) => d.month === '2021-06')!;
    await expect(tip).toContainText(monthName('2021-06'));
    await expect(tip).toContainText(fmt(june.all));
    await expect(live).toContainText(fmt(june.all));
    await page.keyboard.press('ArrowRight');
    const july = data.find((d) => d.month === '2021-07')!;
    await expect(tip).toContainText(monthName('2021-07'));
    await expect(live).toContainText(fmt(july.all));
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    const may = data.find((d) => d.month === '2021-05')!;
    await expect(live).toContainText(fmt(may.all));
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
    await expect(svg).toBeFocused();
    // The next Tab leaves the chart: one tab stop per chart.
    await page.keyboard.press('Tab');
    await expect(svg).not.toBeFocused();
    expect(g.errors).toEqual([]);
  });

  test('hover shows the value of the month under the pointer', async ({ page }) => {
    await page.goto('/border-numbers/');
    const chart = page.locator('#chart-encounters');
    await wake(chart);
    const data = await chartData(chart);
    const svg = await visibleSvg(chart);
    await svg.scrollIntoViewIfNeeded();
    const box = (await svg.boundingBox())!;
    const tip = chart.locator('.ch-tooltip');
    // The first visit reads the words of the months the table does not list; wait for them.
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.6);
    await expect(chart.locator('chart-island')).toHaveAttribute('data-all-points', '');
    for (const fx of [0.05, 0.3, 0.6, 0.9]) {
      await page.mouse.move(box.x + box.width * fx, box.y + box.height * 0.6);
      await expect(tip).toBeVisible();
      const title = (await tip.locator('.ch-tip-title').textContent())!.trim();
      const row = data.find((d) => monthName(d.month) === title);
      expect(row, `tooltip title "${title}" is a month of the data`).toBeTruthy();
      await expect(tip).toContainText(fmt(row!.all));
    }
    // It stays while hovered, and goes when the pointer leaves.
    await page.waitForTimeout(300);
    await expect(tip).toBeVisible();
    await page.mouse.move(box.x + box.width / 2, box.y - 200);
    await expect(tip).toBeHidden();
  });

  test('the toggle switches to unaccompanied children and says so', async ({ page }) => {
    await page.goto('/border-numbers/');
    const chart = page.locator('#chart-encounters');
    await wake(chart);
    const data = await chartData(chart);
    const all = chart.locator('button[data-value="all"]');
    const kids = chart.locator('button[data-value="children"]');
    await expect(all).toHaveAttribute('aria-pressed', 'true');
    await expect(kids).toHaveAttribute('aria-pressed', 'false');
    const title = chart.locator('.ch-title');
    const desc = chart.locator('.ch-takeaway');
    const caption = chart.locator('table caption');
    const before = { title: await title.textContent(), desc: await desc.textContent(), caption: await caption.textContent() };
    await kids.click();
    await expect(kids).toHaveAttribute('aria-pressed', 'true');
    // The toggle retitles the chart, rewrites its description and relabels its table.
    await expect(title).not.toHaveText(before.title!);
    await expect(title).toContainText(/unaccompanied children/i);
    await expect(desc).not.toHaveText(before.desc!);
    await expect(desc).toContainText('unaccompanied children');
    await expect(caption).not.toHaveText(before.caption!);
    // The table now lists the children's months around the trip (fiscal 2020 to 2022), under the children's heading.
    await expect(chart.locator('thead th').nth(1)).toContainText('unaccompanied children');
    const months = await chartData(chart);
    await expect(chart.locator('tbody tr')).toHaveCount(months.filter((d) => d.children !== null && d.month >= '2019-10' && d.month <= '2022-09').length);
    await expect(chart.locator('table caption')).toContainText('October 2019 to September 2022');
    await all.click();
    await expect(title).toHaveText(before.title!);
    await expect(caption).toHaveText(before.caption!);
    await kids.click();
    await expect(chart.locator('[data-live]')).not.toBeEmpty();
    const svg = await visibleSvg(chart);
    await svg.focus();
    await page.keyboard.press('ArrowRight');
    const june = data.find((d) => d.month === '2021-06')!;
    await expect(chart.locator('.ch-tooltip')).toContainText(fmt(june.children!));
  });
});

test('hover and keys work on every chart', async ({ page }) => {
  for (const path of CHART_PAGES_EN) {
    await page.goto(path);
    const charts = page.locator('figure.ch-frame');
    const n = await charts.count();
    expect(n, path).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) {
      const chart = charts.nth(i);
      await wake(chart);
      const target = chart.locator('[tabindex="0"]:visible').first();
      await target.focus();
      await page.keyboard.press('ArrowRight');
      const tip = chart.locator('.ch-tooltip');
      await expect(tip, `${path} chart ${i}`).toBeVisible();
      await expect(chart.locator('[data-live]')).not.toBeEmpty();
      await page.keyboard.press('Escape');
      await expect(tip).toBeHidden();
    }
  }
});

test.describe('on a 320 px screen', () => {
  test.use({ viewport: { width: 320, height: 700 } });
  for (const path of CHART_PAGES) {
    test(`${path}: charts fit, no horizontal scroll, no text under 12 px`, async ({ page }) => {
      await page.goto(path);
      const charts = page.locator('figure.ch-frame');
      for (let i = 0; i < (await charts.count()); i++) await wake(charts.nth(i));
      await noHorizontalScroll(page);
      const small = await page.evaluate(() => {
        const out: string[] = [];
        document.querySelectorAll('figure.ch-frame').forEach((fig) => {
          const fr = fig.getBoundingClientRect();
          if (fr.right > document.documentElement.clientWidth + 0.5) out.push(`figure ${fig.id} overflows`);
          fig.querySelectorAll('svg').forEach((svg) => {
            const r = svg.getBoundingClientRect();
            if (r.width === 0) return;
            const vb = svg.viewBox.baseVal;
            const scale = vb && vb.width ? r.width / vb.width : 1;
            svg.querySelectorAll('text').forEach((t) => {
              const px = parseFloat(getComputedStyle(t).fontSize) * scale;
              if (px < 11.95) out.push(`${fig.id}: "${t.textContent}" at ${px.toFixed(1)} px`);
            });
          });
          fig.querySelectorAll('p, span, li, button, a, summary, td, th').forEach((e) => {
            const el = e as HTMLElement;
            if (!el.offsetParent || !el.textContent?.trim()) return;
            const px = parseFloat(getComputedStyle(el).fontSize);
            if (px < 12) out.push(`${fig.id}: <${el.tagName.toLowerCase()}> "${el.textContent.trim().slice(0, 30)}" at ${px} px`);
          });
        });
        return out;
      });
      expect(small).toEqual([]);
    });
  }
});

test('nothing shifts when the islands wake (cumulative layout shift is 0)', async ({ page }) => {
  for (const path of CHART_PAGES) {
    await page.goto(path);
    await page.evaluate(() => {
      (window as unknown as { __cls: number }).__cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
          if (!e.hadRecentInput) (window as unknown as { __cls: number }).__cls += e.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const charts = page.locator('figure.ch-frame');
    for (let i = 0; i < (await charts.count()); i++) await wake(charts.nth(i));
    await page.waitForTimeout(300);
    const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
    expect(cls, path).toBe(0);
  }
});

test('with reduced motion no animation or transition runs', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/border-numbers/');
  const chart = page.locator('#chart-encounters');
  await wake(chart);
  await (await visibleSvg(chart)).focus();
  await page.keyboard.press('ArrowRight');
  await chart.locator('button[data-value="children"]').click();
  const running = await page.evaluate(() => document.getAnimations().length);
  expect(running).toBe(0);
  const durations = await chart.locator('.ch-tooltip').evaluate((e) => getComputedStyle(e).transitionDuration);
  expect(durations.split(',').every((d) => parseFloat(d) === 0)).toBe(true);
});

test('the data table opens and matches the chart data; the CSV downloads', async ({ page }) => {
  await page.goto('/border-numbers/');
  const chart = page.locator('#chart-shelters');
  await chart.scrollIntoViewIfNeeded();
  const details = chart.locator('details.ch-details');
  await details.locator('summary').click();
  const table = details.locator('table');
  await expect(table).toBeVisible();
  await expect(table.locator('caption')).not.toBeEmpty();
  await expect(table.locator('thead th[scope="col"]').first()).toBeVisible();
  // The table lists the days from the peak to the end of the trip; the CSV and the dataset page have every day.
  const rows = await table.locator('tbody tr').count();
  expect(rows).toBeGreaterThan(10);
  const link = chart.getByRole('link', { name: /Get the data \(CSV\)/ });
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const path = await download.path();
  const { readFileSync } = await import('node:fs');
  const csv = readFileSync(path, 'utf8').trim().split('\n');
  const dates = csv.slice(1).map((l) => l.split(',')[0]!);
  const fmt = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });
  const shown = await table.locator('tbody th').allTextContents();
  for (const d of shown) expect(dates.map((x) => fmt.format(new Date(`${x}T00:00:00Z`)))).toContain(d.trim());
  const more = details.getByRole('link', { name: /reported days on the dataset’s page/ });
  await expect(more).toContainText(String(csv.length - 1));
  await more.click();
  await expect(page).toHaveURL(/\/data\/hhs-children-in-care-2021\/#table$/);
  await page.locator('details summary', { hasText: /Show all/ }).click();
  await expect(page.locator('table#rows tbody tr')).toHaveCount(csv.length - 1);
});
