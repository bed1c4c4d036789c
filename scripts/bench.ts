/**
 * npm run bench: speed and size, measured. Not part of CI.
 *
 * 1. Builds this site and reports wall time and peak memory.
 * 2. Builds generated sites of 100 and 1,000 articles (one chart each) in a
 *    temporary folder, and reports ms per page and peak memory.
 * 3. Reports gzipped page weights of this site.
 * 3b. Share cards: builds this site again from an empty card cache and reports
 *    ms per card image, then once more unchanged and counts the cards drawn
 *    (0 expected: cards are cached by content hash).
 * 4. Runs Lighthouse (mobile) on the home page, every page with charts (both
 *    languages) and the sources page: the four category scores, LCP, CLS and TBT.
 * Writes bench-results/latest.json and docs/benchmarks.md.
 * Options: --skip-lighthouse, --sizes 100,1000, --lighthouse-only (measure the
 * built dist/ with Lighthouse alone, for chart-page LCP), --port N (default 4399).
 */
import { spawnSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, totalmem, tmpdir, release, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { measureSite, BUDGETS, type PageWeight } from './lib/weights.ts';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const skipLighthouse = args.includes('--skip-lighthouse');
const lighthouseOnly = args.includes('--lighthouse-only');
const portArg = args[args.indexOf('--port') + 1];
const PORT = args.includes('--port') && portArg ? Number(portArg) : 4399;
const sizesArg = args[args.indexOf('--sizes') + 1];
const SIZES = args.includes('--sizes') && sizesArg ? sizesArg.split(',').map(Number) : [100, 1000];
/** lcpChartMs is an aim reported beside the figure, not a pass/fail budget: these machines are shared. */
const TARGETS = { msPerPageAt1000: 25, peakMBAt1000: 2048, lighthouseScore: 100, lcpMs: 1800, lcpChartMs: 1000, cls: 0.02, msPerCard: 50 };

interface BuildRun {
  label: string;
  pages: number;
  ms: number;
  peakRssMB: number;
  msPerPage: number;
  /** Share cards drawn during the build (cached ones are not drawn), and the ms each took. */
  cardsDrawn: number;
  cardMs: number[];
  cardCpuMs: number[];
}

function measureBuild(root: string, label: string): BuildRun {
  const check = spawnSync(process.execPath, [join(ROOT, 'scripts/check-content.ts'), '--root', root], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`content check failed for ${label}:\n${check.stderr}`);
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/lib/measure-build.ts'), root], { encoding: 'utf8', cwd: root, maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`build failed for ${label}:\n${run.stderr}\n${run.stdout}`);
  const last = run.stdout.trim().split('\n').pop() ?? '{}';
  const { ms, peakRssMB } = JSON.parse(last) as { ms: number; peakRssMB: number };
  const pages = countPages(join(root, 'dist'));
  // One line per language that drew cards: "[cards] drew N cards (en) in T ms: X ms per card (CPU Y ms per card)".
  const drawn = [...run.stdout.matchAll(/\[cards\] drew (\d+) cards.* in (\d+) ms: [\d.]+ ms per card \(CPU ([\d.]+) ms per card\)/g)];
  const cardMs = drawn.flatMap((m) => Array<number>(Number(m[1])).fill(Number(m[2]) / Number(m[1])));
  const cardCpuMs = drawn.flatMap((m) => Array<number>(Number(m[1])).fill(Number(m[3])));
  return { label, pages, ms, peakRssMB, msPerPage: Math.round((ms / pages) * 10) / 10, cardsDrawn: cardMs.length, cardMs, cardCpuMs };
}

function countPages(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) n += countPages(join(dir, e.name));
    else if (e.name.endsWith('.html')) n++;
  }
  return n;
}

/** 1 -> "a", 26 -> "z", 27 -> "aa": a name for the i-th generated piece without digits. */
function letters(i: number): string {
  let s = '';
  for (let k = i; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(97 + ((k - 1) % 26)) + s;
  return s;
}

/** A copy of the project (content, src, config) with N generated articles, each with a chart. */
function generatedSite(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), `bench-${n}-`));
  for (const f of ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'public', 'content']) cpSync(join(ROOT, f), join(dir, f), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  const articles = join(dir, 'content/articles/en');
  rmSync(articles, { recursive: true, force: true });
  rmSync(join(dir, 'content/articles/es'), { recursive: true, force: true });
  rmSync(join(dir, 'content/cards.yaml'), { force: true }); // names pieces that the generated site does not have
  mkdirSync(articles, { recursive: true });
  const charts = ['<AidChart />', '<VaccineChart />', '<EncountersChart series="all" />', '<SheltersChart />', '<OriginChart />'];
  const para =
    'This generated paragraph stands in for an editor’s prose. It has a few sentences of ordinary length, a link to the [sources page](../sources/), and a figure from the data: <Num id="aid-310m" />.';
  for (let i = 1; i <= n; i++) {
    const slug = `generated-piece-${String(i).padStart(4, '0')}`;
    const body = [
      '---',
      // Letters, not digits: a number typed into a title is refused by the content check.
      `title: "Generated piece ${letters(i)} for the benchmark"`,
      'dek: A generated article with a chart, used only to measure how the build scales with the number of pages.',
      'language: en',
      'published: 2021-06-10',
      'authors: [Benchmark]',
      `kind: ${i === 1 ? 'main' : 'focus'}`,
      `order: ${i}`,
      '---',
      '',
      '## First section',
      '',
      para,
      '',
      charts[i % charts.length],
      '',
      '## Second section',
      '',
      para,
      '',
      para,
      '',
    ].join('\n');
    writeFileSync(join(articles, `${slug}.mdx`), body);
  }
  return dir;
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
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
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

  for (const n of lighthouseOnly ? [] : SIZES) {
    console.log(`bench: building a generated site of ${n} articles`);
    const dir = generatedSite(n);
    try {
      results.builds.push(measureBuild(dir, `${n} generated articles`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  if (!skipLighthouse) {
    const port = PORT;
    const server = spawn(process.execPath, [join(ROOT, 'tests/serve.ts'), join(ROOT, 'dist'), String(port)], { stdio: 'ignore' });
    await new Promise((r) => setTimeout(r, 800));
    try {
      // LCP for every page with a chart, in both languages.
      const chartPages = results.weights.filter((w) => w.interactive).map((w) => w.page).sort();
      for (const path of ['/', ...chartPages, '/sources/']) {
        console.log(`bench: lighthouse ${path}`);
        results.lighthouse[path] = lighthouse(`http://127.0.0.1:${port}${path}`);
      }
    } finally {
      server.kill();
    }
  }

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
    const js = w.interactive ? BUDGETS.jsChartPage : BUDGETS.jsOtherPage;
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
    '| Site | Pages | Wall time (s) | ms per page | Peak memory (MB) |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...r.builds.map((b) => `| ${b.label} | ${b.pages} | ${(b.ms / 1000).toFixed(1)} | ${b.msPerPage} | ${b.peakRssMB} |`),
    '',
    `Targets at 1,000 pages: at most ${TARGETS.msPerPageAt1000} ms per page and ${TARGETS.peakMBAt1000} MB peak memory. Each page has a share card; the generated sites start with an empty card cache, so their times include drawing one card per article.`,
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
