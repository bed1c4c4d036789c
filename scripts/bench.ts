/**
 * npm run bench: speed and size, measured. Not part of CI.
 *
 * 1. Builds this site and reports wall time and peak memory.
 * 1b. Times the content check (npm run check:content) on this content: the
 *    median of several runs, each a fresh process as an editor runs it.
 * 2. Generates 1,000 articles, half in English and half in Spanish (figures, a
 *    chart and links in each), into a copy of this project in a temporary folder, times the content
 *    check on it (median of several runs) and builds it; then builds a bare
 *    Astro + MDX site with the same articles (no charts, no figures: one
 *    [slug].astro page) and reports each build's ms per page and the ratio of
 *    the two. A ratio holds on a shared machine where a time does not.
 * 3. Reports gzipped page weights of this site.
 * 3b. Share cards: builds this site again from an empty card cache and reports
 *    ms per card image, then once more unchanged and counts the cards drawn
 *    (0 expected: cards are cached by content hash).
 * 4. Runs Lighthouse (mobile) on the home page, every article with charts and
 *    the sources page: the four category scores, LCP, CLS and TBT.
 * Writes bench-results/latest.json and docs/benchmarks.md.
 * Options: --skip-lighthouse, --skip-1000 (no generated sites), --sizes 100,1000
 * (generated articles, half in each language), --check-runs N (default 5),
 * --lighthouse-only (measure the built dist/ with Lighthouse alone, every chart
 * page in both languages; a full run measures the English ones), --port N
 * (default 4399). A full run takes about four minutes on two shared cores.
 */
import { spawnSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, totalmem, tmpdir, release, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { measureSite, BUDGETS, type PageWeight } from './lib/weights.ts';
import { bareSite, generatedSite } from './lib/bench-sites.ts';
import { childrenCpuMs } from './lib/cpu.ts';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const skipLighthouse = args.includes('--skip-lighthouse');
const lighthouseOnly = args.includes('--lighthouse-only');
const portArg = args[args.indexOf('--port') + 1];
const PORT = args.includes('--port') && portArg ? Number(portArg) : 4399;
const sizesArg = args[args.indexOf('--sizes') + 1];
const SIZES = args.includes('--skip-1000') ? [] : args.includes('--sizes') && sizesArg ? sizesArg.split(',').map(Number) : [1000];
const checkRunsArg = args[args.indexOf('--check-runs') + 1];
const CHECK_RUNS = args.includes('--check-runs') && checkRunsArg ? Math.max(1, Number(checkRunsArg)) : 5;
/** lcpChartMs is an aim reported beside the figure, not a pass/fail budget: these machines are shared. */
const TARGETS = { checkMs: 1000, msPerPageAt1000: 25, peakMBAt1000: 2048, lighthouseScore: 100, lcpMs: 1800, lcpChartMs: 1000, cls: 0.02, msPerCard: 50 };

interface BuildRun {
  label: string;
  pages: number;
  ms: number;
  /** CPU time of the build (all its threads and the child processes it waited for). */
  cpuMs: number;
  peakRssMB: number;
  msPerPage: number;
  cpuMsPerPage: number;
  /** Share cards drawn during the build (cached ones are not drawn), and the ms each took. */
  cardsDrawn: number;
  cardMs: number[];
  cardCpuMs: number[];
}

interface CheckRun {
  label: string;
  articles: number;
  runsMs: number[];
  medianMs: number;
  /** CPU time of each run (the check's process), and its median. */
  cpuMs: number[];
  medianCpuMs: number;
  loadAverage: number;
}

/** Wall time of the content check in a fresh process, as `npm run check:content` runs it (Node start-up included), over several runs. */
function timeCheck(root: string, label: string, runs: number): CheckRun {
  const runsMs: number[] = [];
  const cpuMs: number[] = [];
  let articles = 0;
  for (let i = 0; i < runs; i++) {
    const c0 = childrenCpuMs();
    const t0 = performance.now();
    const check = spawnSync(process.execPath, [join(ROOT, 'scripts/check-content.ts'), '--root', root], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    runsMs.push(Math.round(performance.now() - t0));
    cpuMs.push(childrenCpuMs() - c0);
    if (check.status !== 0) throw new Error(`content check failed for ${label}:\n${check.stderr}`);
    articles = Number(/(\d+) articles/.exec(check.stdout)?.[1] ?? 0);
  }
  return { label, articles, runsMs, medianMs: median(runsMs), cpuMs, medianCpuMs: median(cpuMs), loadAverage: Math.round(loadavg()[0]! * 10) / 10 };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return 0;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : Math.round((s[mid - 1]! + s[mid]!) / 2);
}

/** Builds a project; `check` first runs its content check once (the build refuses content that fails it). */
function measureBuild(root: string, label: string, check = true): BuildRun {
  if (check) {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/check-content.ts'), '--root', root], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (run.status !== 0) throw new Error(`content check failed for ${label}:\n${run.stderr}`);
  }
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/lib/measure-build.ts'), root], { encoding: 'utf8', cwd: root, maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`build failed for ${label}:\n${run.stderr}\n${run.stdout}`);
  const last = run.stdout.trim().split('\n').pop() ?? '{}';
  const { ms, cpuMs, peakRssMB } = JSON.parse(last) as { ms: number; cpuMs: number; peakRssMB: number };
  const pages = countPages(join(root, 'dist'));
  // One line per language that drew cards: "[cards] drew N cards (en) in T ms: X ms per card (CPU Y ms per card)".
  const drawn = [...run.stdout.matchAll(/\[cards\] drew (\d+) cards.* in (\d+) ms: [\d.]+ ms per card \(CPU ([\d.]+) ms per card\)/g)];
  const cardMs = drawn.flatMap((m) => Array<number>(Number(m[1])).fill(Number(m[2]) / Number(m[1])));
  const cardCpuMs = drawn.flatMap((m) => Array<number>(Number(m[1])).fill(Number(m[3])));
  return { label, pages, ms, cpuMs, peakRssMB, msPerPage: Math.round((ms / pages) * 10) / 10, cpuMsPerPage: Math.round((cpuMs / pages) * 10) / 10, cardsDrawn: cardMs.length, cardMs, cardCpuMs };
}

function countPages(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) n += countPages(join(dir, e.name));
    else if (e.name.endsWith('.html')) n++;
  }
  return n;
}

function lighthouse(url: string): Record<string, number> {
  const out = join(tmpdir(), `lh-${Date.now()}.json`);
  const flags = '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run';
  const chromePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  const run = spawnSync(
    'npx',
    ['--yes', 'lighthouse@12.2.3', url, '--quiet', '--output=json', `--output-path=${out}`, `--chrome-flags=${flags}`, '--only-categories=performance,accessibility,best-practices,seo', ...(chromePath ? [`--chrome-path=${chromePath}`] : [])],
    { encoding: 'utf8', timeout: 240_000, env: { ...process.env, CHROME_PATH: chromePath ?? '' } },
  );
  if (!existsSync(out)) throw new Error(`lighthouse failed for ${url}: ${run.stderr?.slice(-2000)}`);
  const r = JSON.parse(readFileSync(out, 'utf8')) as { categories: Record<string, { score: number }>; audits: Record<string, { numericValue: number }> };
  return {
    performance: Math.round(r.categories.performance!.score * 100),
    accessibility: Math.round(r.categories.accessibility!.score * 100),
    bestPractices: Math.round(r.categories['best-practices']!.score * 100),
    seo: Math.round(r.categories.seo!.score * 100),
    lcpMs: Math.round(r.audits['largest-contentful-paint']!.numericValue),
    cls: Math.round(r.audits['cumulative-layout-shift']!.numericValue * 1000) / 1000,
    tbtMs: Math.round(r.audits['total-blocking-time']!.numericValue),
  };
}

async function main() {
  const results: Results = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '', memoryGB: Math.round(totalmem() / 2 ** 30), kernel: release(), node: process.version },
    builds: [],
    checks: [],
    baselines: [],
    weights: [],
    lighthouse: {},
    cards: { images: 0, msTotal: 0, msPerImage: 0, msMedian: 0, cpuMsPerImage: 0, msFirst: 0, drawnOnUnchangedRebuild: 0, loadAverage: 0 },
    budgetsMissed: [],
  };

  let cold: BuildRun | undefined;
  let warm: BuildRun | undefined;
  if (!lighthouseOnly) {
    console.log('bench: building this site (empty card cache)');
    rmSync(join(ROOT, '.cache/cards'), { recursive: true, force: true });
    cold = measureBuild(ROOT, 'this site');
    results.builds.push(cold);
  }
  results.weights = measureSite(join(ROOT, 'dist'));
  if (!lighthouseOnly) {
    console.log('bench: building this site again, unchanged');
    warm = measureBuild(ROOT, 'this site, rebuilt unchanged');
    results.builds.push(warm);
  }
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const mean = (xs: number[]) => (xs.length ? Math.round((sum(xs) / xs.length) * 10) / 10 : 0);
  if (cold && warm) {
    results.cards = {
      images: cold.cardsDrawn,
      msTotal: sum(cold.cardMs),
      msPerImage: mean(cold.cardMs),
      msMedian: median(cold.cardMs),
      cpuMsPerImage: mean(cold.cardCpuMs),
      msFirst: cold.cardMs[0] ?? 0,
      drawnOnUnchangedRebuild: warm.cardsDrawn,
      loadAverage: Math.round(loadavg()[0]! * 10) / 10,
    };
  }

  if (!lighthouseOnly) {
    console.log(`bench: content check on this content, ${CHECK_RUNS} runs`);
    results.checks.push(timeCheck(ROOT, 'this content', CHECK_RUNS));
  }

  for (const n of lighthouseOnly ? [] : SIZES) {
    const perLang = Math.ceil(n / 2);
    const label = `${n} generated articles (${perLang} per language)`;
    console.log(`bench: generating ${label}`);
    const dir = generatedSite(ROOT, perLang);
    let bare: string | undefined;
    try {
      const runs = Math.max(1, Math.min(CHECK_RUNS, 3));
      console.log(`bench: content check on ${label}, ${runs} runs`);
      results.checks.push(timeCheck(dir, label, runs));
      console.log(`bench: building the site with ${label}`);
      const site = measureBuild(dir, label, false);
      results.builds.push(site);
      console.log(`bench: building a bare Astro + MDX site with the same articles`);
      bare = bareSite(ROOT, dir);
      const base = measureBuild(bare, `bare Astro + MDX, ${label}`, false);
      const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 10) / 10 : 0);
      results.baselines.push({ articles: n, site, bare: base, ratio: ratio(site.cpuMsPerPage, base.cpuMsPerPage), wallRatio: ratio(site.msPerPage, base.msPerPage), loadAverage: Math.round(loadavg()[0]! * 10) / 10 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
      if (bare) rmSync(bare, { recursive: true, force: true });
    }
  }

  if (!skipLighthouse) {
    const port = PORT;
    const server = spawn(process.execPath, [join(ROOT, 'tests/serve.ts'), join(ROOT, 'dist'), String(port)], { stdio: 'ignore' });
    await new Promise((r) => setTimeout(r, 800));
    try {
      // LCP for every page with a chart, in both languages.
      // Article pages with charts (embeds are the same charts alone). A full run measures the English ones, to stay
      // within a few minutes; --lighthouse-only measures both languages.
      const chartPages = results.weights
        .filter((w) => w.interactive && !w.embed && (lighthouseOnly || !w.page.startsWith('/es/')))
        .map((w) => w.page)
        .sort();
      for (const path of ['/', ...chartPages, '/sources/']) {
        console.log(`bench: lighthouse ${path}`);
        results.lighthouse[path] = lighthouse(`http://127.0.0.1:${port}${path}`);
      }
    } finally {
      server.kill();
    }
  }

  const own = results.checks.find((c) => c.label === 'this content');
  if (own && own.medianMs > TARGETS.checkMs) results.budgetsMissed.push(`content check: ${own.medianMs} ms median on this content (target ${TARGETS.checkMs})`);
  const big = results.builds.find((b) => b.label.startsWith('1000'));
  if (big && big.msPerPage > TARGETS.msPerPageAt1000) results.budgetsMissed.push(`build: ${big.msPerPage} ms per page at 1,000 articles (target ${TARGETS.msPerPageAt1000})`);
  if (big && big.peakRssMB > TARGETS.peakMBAt1000) results.budgetsMissed.push(`build: ${big.peakRssMB} MB peak at 1,000 articles (target ${TARGETS.peakMBAt1000})`);
  if (results.cards.msPerImage > TARGETS.msPerCard) results.budgetsMissed.push(`cards: ${results.cards.msPerImage} ms per image, wall clock (target ${TARGETS.msPerCard}; load average ${results.cards.loadAverage})`);
  if (results.cards.cpuMsPerImage > TARGETS.msPerCard) results.budgetsMissed.push(`cards: ${results.cards.cpuMsPerImage} ms of CPU per image (target ${TARGETS.msPerCard})`);
  if (results.cards.drawnOnUnchangedRebuild > 0) results.budgetsMissed.push(`cards: ${results.cards.drawnOnUnchangedRebuild} drawn again on an unchanged rebuild (expected 0)`);
  for (const w of results.weights) {
    const html = w.page === '/border-numbers/' ? BUDGETS.htmlChartPage : BUDGETS.html;
    if (w.html > html) results.budgetsMissed.push(`${w.page}: HTML ${w.html} B gzipped (budget ${html})`);
    if (w.firstLoad > BUDGETS.firstLoad) results.budgetsMissed.push(`${w.page}: first load ${w.firstLoad} B (budget ${BUDGETS.firstLoad})`);
    const js = w.interactive ? BUDGETS.jsChartPage : w.search ? BUDGETS.jsSearchPage : w.data ? BUDGETS.jsDataPage : BUDGETS.jsOtherPage;
    if (w.jsOnView > js) results.budgetsMissed.push(`${w.page}: JS ${w.jsOnView} B once its charts are in view (budget ${js})`);
  }
  const r2w = (page: string) => results.weights.find((w) => w.page === page);
  for (const [page, l] of Object.entries(results.lighthouse)) {
    for (const k of ['performance', 'accessibility', 'bestPractices', 'seo'] as const) if ((l[k] ?? 0) < TARGETS.lighthouseScore) results.budgetsMissed.push(`${page}: Lighthouse ${k} ${l[k]} (target 100)`);
    if ((l.lcpMs ?? 0) > TARGETS.lcpMs) results.budgetsMissed.push(`${page}: LCP ${l.lcpMs} ms (target ${TARGETS.lcpMs})`);
    const w = r2w(page);
    if (w?.interactive && (l.lcpMs ?? 0) > TARGETS.lcpChartMs) results.budgetsMissed.push(`${page}: LCP ${l.lcpMs} ms on a chart page (aim ${TARGETS.lcpChartMs}; reported, not enforced)`);
    if ((l.cls ?? 0) > TARGETS.cls) results.budgetsMissed.push(`${page}: CLS ${l.cls} (target ${TARGETS.cls})`);
  }

  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench-results/latest.json'), JSON.stringify(results, null, 2) + '\n');
  const md = report(results);
  writeFileSync(join(ROOT, 'docs/benchmarks.md'), md);
  console.log('\n' + md);
}

interface Results {
  machine: Record<string, string | number>;
  date: string;
  builds: BuildRun[];
  checks: CheckRun[];
  /** The site against a bare Astro + MDX build of the same generated articles. */
  baselines: { articles: number; site: BuildRun; bare: BuildRun; ratio: number; wallRatio: number; loadAverage: number }[];
  weights: PageWeight[];
  lighthouse: Record<string, Record<string, number>>;
  cards: { images: number; msTotal: number; msPerImage: number; msMedian: number; cpuMsPerImage: number; msFirst: number; drawnOnUnchangedRebuild: number; loadAverage: number };
  budgetsMissed: string[];
}

function report(r: Results): string {
  const kb = (b: number) => (b / 1024).toFixed(1);
  const lines = [
    '# Benchmarks',
    '',
    `Measured ${r.date.slice(0, 10)} with \`npm run bench\` on ${r.machine.cpus} cores (${r.machine.cpuModel}), ${r.machine.memoryGB} GB memory, Linux ${r.machine.kernel}, Node ${r.machine.node}. Raw figures: \`bench-results/latest.json\` (regenerated by each run, not committed).`,
    '',
    '## Build',
    '',
    '| Site | Pages | Wall time (s) | ms per page | CPU ms per page | Peak memory (MB) |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...r.builds.map((b) => `| ${b.label} | ${b.pages} | ${(b.ms / 1000).toFixed(1)} | ${b.msPerPage} | ${b.cpuMsPerPage} | ${b.peakRssMB} |`),
    '',
    `Targets at 1,000 pages: at most ${TARGETS.msPerPageAt1000} ms per page and ${TARGETS.peakMBAt1000} MB peak memory. Each page has a share card; the generated sites start with an empty card cache, so their times include drawing one card per article. A generated site has half its articles in English and half in Spanish, each with named figures, a chart and links.`,
    '',
    '## Content check',
    '',
    '| Content | Articles | Median (ms) | Runs (ms) | Median CPU (ms) | Load average |',
    '| --- | ---: | ---: | --- | ---: | ---: |',
    ...r.checks.map((c) => `| ${c.label} | ${c.articles} | ${c.medianMs} | ${c.runsMs.join(', ')} | ${c.medianCpuMs} | ${c.loadAverage} |`),
    '',
    `Each run is \`npm run check:content\` as an editor runs it: a fresh Node process, start-up included. Target on this content: under ${TARGETS.checkMs} ms of wall time. CPU time (10 ms steps) is the check's own work, which moves less than wall time when other work shares the machine.`,
    '',
    '## Cost per page against a bare Astro + MDX site',
    '',
    '| Generated articles | Site: pages | Site: ms per page (CPU ms) | Bare Astro + MDX: pages | Bare: ms per page (CPU ms) | Ratio, CPU | Ratio, wall time | Load average |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...r.baselines.map((b) => `| ${b.articles} | ${b.site.pages} | ${b.site.msPerPage} (${b.site.cpuMsPerPage}) | ${b.bare.pages} | ${b.bare.msPerPage} (${b.bare.cpuMsPerPage}) | ${b.ratio} | ${b.wallRatio} | ${b.loadAverage} |`),
    '',
    'The bare site builds the same generated MDX files with Astro and @astrojs/mdx alone: one `[slug].astro` page per article, no layout, no charts, no figures (their tags render nothing), no share cards, search index or sitemap. The ratio is the site’s cost per page over that baseline. The CPU ratio is the one to compare between runs: CPU time counts the work done, while wall time also counts the waits for other work on a shared machine (the load average at the end of the pair is given).',
    '',
    '## Share cards (1200×630 PNG, satori + resvg)',
    '',
    `From an empty cache: ${r.cards.images} images in ${Math.round(r.cards.msTotal)} ms of build time, ${r.cards.msPerImage} ms per image (the first language's batch also loads the fonts and the renderer), ${r.cards.cpuMsPerImage} ms of CPU per image. Cards are drawn per language as a pipeline: satori lays out one card while resvg rasterizes the previous one on the other core. Load average during the run: ${r.cards.loadAverage}. Target: at most ${TARGETS.msPerCard} ms per image.`,
    '',
    `Rebuilt without changes: ${r.cards.drawnOnUnchangedRebuild} images drawn (each card is cached under a hash of its text, the fonts and the design version, in \`.cache/cards/\`).`,
    '',
    '## Page weight (gzipped, KB)',
    '',
    '| Page | HTML | CSS | JS once charts are in view | JS with toggles | First load |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...r.weights.sort((a, b) => a.page.localeCompare(b.page)).map((w) => `| ${w.page} | ${kb(w.html)} | ${kb(w.css)} | ${kb(w.jsOnView)} | ${kb(w.jsTotal)} | ${kb(w.firstLoad)} |`),
    '',
    `Budgets: HTML ≤ ${kb(BUDGETS.html)} KB (≤ ${kb(BUDGETS.htmlChartPage)} KB on /border-numbers/), JS 0 on pages without a chart and ≤ ${kb(BUDGETS.jsChartPage)} KB once a chart page's charts are in view (≤ ${kb(BUDGETS.jsChartPageTotal)} KB with what a toggle loads), first load ≤ ${kb(BUDGETS.firstLoad)} KB.`,
    '',
  ];
  if (Object.keys(r.lighthouse).length) {
    lines.push('## Lighthouse 12.2.3, mobile emulation', '', '| Page | Performance | Accessibility | Best practices | SEO | LCP (ms) | CLS | TBT (ms) |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const [page, l] of Object.entries(r.lighthouse)) lines.push(`| ${page} | ${l.performance} | ${l.accessibility} | ${l.bestPractices} | ${l.seo} | ${l.lcpMs} | ${l.cls} | ${l.tbtMs} |`);
    lines.push('', `Targets: 100 in all four categories, LCP ≤ ${TARGETS.lcpMs} ms (aim ≤ ${TARGETS.lcpChartMs} ms on chart pages, reported only), CLS ≤ ${TARGETS.cls}. Pages are served from \`dist/\` by \`tests/serve.ts\` on localhost, which gzips text as static hosts do; Lighthouse applies its own mobile network and CPU throttling.`, '');
  }
  lines.push('## Budgets not met', '', ...(r.budgetsMissed.length ? r.budgetsMissed.map((m) => `- ${m}`) : ['None.']), '');
  return lines.join('\n');
}

await main();
