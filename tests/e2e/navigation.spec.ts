/** Finding your way: search from any page, the figure notes and their way back, the series, and no layout shift. */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { guard, noHorizontalScroll } from './helpers.ts';
import { BUDGETS } from '../../scripts/lib/weights.ts';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const SEARCHES = [
  { lang: 'en', from: '/corruption-and-aid/', query: 'vaccine doses', piece: '/vaccine-diplomacy/', results: /results? for “vaccine doses”/ },
  { lang: 'es', from: '/es/corruption-and-aid/', query: 'dosis prometidas', piece: '/es/vaccine-diplomacy/', results: /resultados? para “dosis prometidas”/ },
] as const;

for (const s of SEARCHES) {
  test(`${s.lang}: a search from the header of a text page reaches the right piece`, async ({ page }) => {
    const g = guard(page);
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto(s.from);
    expect(scripts, 'a text page runs no script').toEqual([]);
    const form = page.locator('header form[role="search"]');
    await form.getByRole('searchbox').fill(s.query);
    await form.getByRole('button').click();
    await expect(page).toHaveURL(new RegExp(`${s.lang === 'en' ? '' : '/es'}/search/\\?q=`));
    await expect(page.locator('html')).toHaveAttribute('lang', s.lang);
    await expect(page.getByRole('status')).toHaveText(s.results);
    await expect(page.getByRole('searchbox')).toHaveValue(s.query);
    const first = page.locator('.search-results li').first();
    await expect(first.locator('mark').first()).toBeVisible();
    await first.getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`${s.piece}$`));
    expect(g.errors).toEqual([]);
    expect(g.external).toEqual([]);
  });
}

test('the search page searches again without reloading, and says when nothing is found', async ({ page }) => {
  const g = guard(page);
  await page.goto('/search/?q=Giammattei');
  await expect(page.getByRole('status')).toHaveText(/results? for “Giammattei”/);
  const box = page.locator('#search-q');
  await box.fill('zzzyqxw');
  await box.press('Enter');
  await expect(page.getByRole('status')).toHaveText(/Nothing found for “zzzyqxw”/);
  await expect(page.locator('.search-results li')).toHaveCount(0);
  await expect(page).toHaveURL(/\?q=zzzyqxw$/);
  expect(g.errors).toEqual([]);
});

/** What the test server sends for a file of dist/: gzipped text, other files as they are (see tests/serve.ts). */
function servedBytes(pathname: string): number {
  const file = join('dist', decodeURIComponent(pathname));
  if (!existsSync(file) || !statSync(file).isFile()) return 0;
  const body = readFileSync(file);
  return /\.(html|css|js|json|svg|xml|txt)$/.test(file) ? gzipSync(body).length : body.length;
}

/** The largest index chunk of a language: a one-word query never loads more index than this. */
function largestChunk(lang: string): { name: string; bytes: number } {
  const dir = join('dist', 'pagefind', 'index');
  return readdirSync(dir)
    .filter((n) => n.startsWith(`${lang}_`))
    .map((n) => ({ name: n, bytes: statSync(join(dir, n)).size }))
    .reduce((a, b) => (b.bytes > a.bytes ? b : a));
}

for (const s of [
  { lang: 'en', path: '/search/', query: 'vaccine' },
  { lang: 'es', path: '/es/search/', query: 'vacunas' },
] as const) {
  test(`${s.lang}: a first search transfers at most ${BUDGETS.searchQuery / 1024} KB, whichever index chunk its word is in`, async ({ page, browserName }) => {
    test.skip(browserName !== 'chromium');
    await page.goto(s.path);
    await page.waitForLoadState('networkidle');
    const sizes: Promise<{ path: string; bytes: number }>[] = [];
    page.on('requestfinished', (r) =>
      sizes.push(
        r.sizes().then((z) => {
          const path = new URL(r.url()).pathname;
          // Chromium reports no body for a worker's own script; the bytes the server sent count all the same.
          return { path, bytes: Math.max(z.responseBodySize, servedBytes(path)) + z.responseHeadersSize };
        }),
      ),
    );
    await page.locator('#search-q').fill(s.query);
    await page.locator('#search-q').press('Enter');
    await expect(page.locator('.search-results li').first()).toBeVisible();
    await expect(page.locator('.search-results li').first().locator('mark').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    const got = await Promise.all(sizes);
    const bytes = got.reduce((n, r) => n + r.bytes, 0);
    const chunks = got.filter((r) => r.path.endsWith('.pf_index'));
    expect(chunks.length, 'a one-word query loads one index chunk').toBe(1);
    // The same query with its word in the language's largest chunk: the worst first query.
    const largest = largestChunk(s.lang);
    const worst = bytes - servedBytes(chunks[0]!.path) + largest.bytes;
    const fragments = got.filter((r) => r.path.endsWith('.pf_fragment')).length;
    console.log(`${s.lang} first search “${s.query}”: ${got.length} requests, ${(bytes / 1024).toFixed(1)} KB; with the largest index chunk (${(largest.bytes / 1024).toFixed(1)} KB): ${(worst / 1024).toFixed(1)} KB`);
    expect(got.some((r) => r.path.endsWith('pagefind-worker.js')), 'Pagefind runs without its web worker').toBe(false);
    expect(fragments, 'only the results on screen bring their fragments').toBe(await page.locator('.search-results li').count());
    expect(fragments).toBeLessThanOrEqual(2);
    expect(bytes).toBeLessThanOrEqual(BUDGETS.searchQuery);
    expect(worst).toBeLessThanOrEqual(BUDGETS.searchQuery);
  });
}

test('axe finds nothing on the search page with results, light and dark, in both languages', async ({ page }) => {
  for (const path of ['/search/?q=vaccine', '/es/search/?q=vacunas']) {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      await expect(page.locator('.search-results li').first()).toBeVisible();
      await noHorizontalScroll(page);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`), `${path} ${colorScheme}`).toEqual([]);
    }
  }
});

test('a figure’s source entry leads back to the figure in the text', async ({ page, isMobile }) => {
  test.skip(isMobile, 'the touch path is tested below');
  await page.goto('/border-numbers/');
  const fig = page.locator('a.figure-ref').first();
  const id = (await fig.getAttribute('id'))!;
  await fig.click();
  const entry = page.locator((await fig.getAttribute('href'))!);
  await expect(entry).toBeInViewport();
  await expect(fig).not.toBeInViewport();
  const back = entry.locator(`a[href="#${id}"]`);
  await back.click();
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  await expect(fig).toBeInViewport();
  await expect(page.locator(`#${id}:target`)).toHaveCount(1);
});

test('on hover or keyboard focus a figure shows what it counts and who says so', async ({ page, isMobile }) => {
  test.skip(isMobile);
  await page.goto('/trip-at-a-glance/');
  const fig = page.locator('a[data-figure="aid-310m"]').first();
  const note = page.locator(`#${await fig.getAttribute('aria-describedby')}`);
  await expect(note).toBeHidden();
  await fig.focus();
  await expect(note).toBeVisible();
  await expect(note).toContainText('Source: The White House');
  await fig.blur();
  await expect(note).toBeHidden();
});

test('on a touch screen a tap shows the figure’s note in place, without leaving the paragraph', async ({ page, isMobile }) => {
  test.skip(!isMobile, 'touch only');
  await page.goto('/es/trip-at-a-glance/');
  const fig = page.locator('a[data-figure="aid-310m"]').first();
  await fig.scrollIntoViewIfNeeded();
  const y = await page.evaluate(() => window.scrollY);
  const note = page.locator(`#${await fig.getAttribute('aria-describedby')}`);
  await fig.locator('xpath=..').tap();
  await expect(note).toBeVisible();
  // What the number counts, then who says so, as separate words (a screen reader hears the note as one text).
  await expect(note).toContainText(/\S\s+Fuente: \S/);
  await expect(note).toBeInViewport();
  expect(new URL(page.url()).hash).toBe('');
  expect(await page.evaluate(() => window.scrollY)).toBe(y);
  await noHorizontalScroll(page);
  await page.locator('h1').tap();
  await expect(note).toBeHidden();
});

test('the series: next and previous walk the pieces in order, in both languages', async ({ page }) => {
  for (const home of ['/', '/es/']) {
    await page.goto(home);
    await page.locator('a.start-here').click();
    const seen: string[] = [new URL(page.url()).pathname];
    while (await page.locator('a[rel="next"]').count()) {
      await page.locator('a[rel="next"]').click();
      seen.push(new URL(page.url()).pathname);
    }
    const total = Number(/(\d+)\D*$/.exec((await page.locator('#series-title').textContent())!)![1]);
    expect(seen.length).toBe(total);
    await page.locator('a[rel="prev"]').click();
    expect(new URL(page.url()).pathname).toBe(seen.at(-2));
  }
});

async function layoutShift(page: Page, path: string): Promise<number> {
  await page.goto(path);
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 500) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 40));
    }
  });
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) total += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 300);
      }),
  );
}

for (const path of ['/', '/es/', '/trip-at-a-glance/', '/border-numbers/', '/es/vaccine-diplomacy/', '/search/?q=vaccine']) {
  test(`${path} does not shift as it loads (CLS 0)`, async ({ page }) => {
    test.skip(page.context().browser()?.browserType().name() !== 'chromium');
    expect(await layoutShift(page, path)).toBe(0);
  });
}

test('type: body lines hold 60 to 72 characters on a wide screen, and on a phone an H2 is well below the H1', async ({ page, isMobile }) => {
  for (const path of ['/trip-at-a-glance/', '/es/border-numbers/', '/about/']) {
    await page.goto(path);
    const t = await page.evaluate(() => {
      const perLine: number[] = [];
      for (const p of document.querySelectorAll<HTMLElement>('article.prose > p, article .prose > p')) {
        const range = document.createRange();
        range.selectNodeContents(p);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.bottom))).size;
        // Full lines only: paragraphs of three lines or more, the last (short) line counted as half.
        if (lines >= 3) perLine.push(p.innerText.length / (lines - 0.5));
      }
      const size = (sel: string) => parseFloat(getComputedStyle(document.querySelector(sel)!).fontSize);
      return { chars: perLine.reduce((a, b) => a + b, 0) / perLine.length, h1: size('h1'), h2: size('article h2') };
    });
    if (isMobile) {
      expect(t.h2 / t.h1, `${path}: H2 ${t.h2}px against H1 ${t.h1}px`).toBeLessThanOrEqual(0.75);
    } else {
      expect(t.chars, `${path}: characters per line`).toBeGreaterThanOrEqual(60);
      expect(t.chars, `${path}: characters per line`).toBeLessThanOrEqual(72);
      expect(t.h2).toBeLessThan(t.h1 * 0.7);
    }
  }
});

test('one serif and one sans: every element of a page uses one of the two families', async ({ page }) => {
  await page.goto('/border-numbers/');
  const families = await page.evaluate(() => [...new Set([...document.querySelectorAll('body *')].map((e) => getComputedStyle(e).fontFamily))]);
  expect(families.length).toBe(2);
  expect(families.some((f) => /serif$/.test(f) && !/sans-serif$/.test(f))).toBe(true);
  expect(families.some((f) => /sans-serif$/.test(f))).toBe(true);
});
