/**
 * Page weight of a built site, in gzipped bytes: HTML, CSS, JS (with every
 * module it imports, static or dynamic) and first-load total. Used by the
 * budget tests and by the benchmark.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, relative, sep, dirname } from 'node:path';

export interface PageWeight {
  page: string;
  html: number;
  css: number;
  /** JS that runs on load (module scripts and their static imports). */
  jsInitial: number;
  /** JS that loads once the page's charts are in view: the initial JS plus the islands of the chart kinds on the page (and what they import statically). */
  jsOnView: number;
  /** All JS the page can load, including chunks an island imports only when a reader acts (a toggle's redraw). */
  jsTotal: number;
  /** HTML + CSS + initial JS + images referenced in the HTML. */
  firstLoad: number;
  interactive: boolean;
  /** An embed page (/embed/<chart>/, /es/embed/<chart>/): one chart for other sites to frame. */
  embed: boolean;
  /** The search page: its own small script; Pagefind loads only when a query runs (measured in tests/e2e/search.spec.ts). */
  search: boolean;
  /** A data page (/data/, /data/<id>/ and their Spanish twins): no script at all. */
  data: boolean;
}

export const BUDGETS = {
  /** Gzipped bytes. */
  html: 60 * 1024,
  /**
   * The heaviest chart page, /border-numbers/ (its Spanish twin carries longer words and is held to `html`).
   * Its line charts' tables list the stretch each chart points out; every row is on the dataset's page.
   */
  htmlChartPage: 30 * 1024,
  /** A data page: the full table is in a <details>, and the page has no script. */
  htmlDataPage: 60 * 1024,
  jsDataPage: 0,
  /** JS a chart page loads once its charts are in view. */
  jsChartPage: 15 * 1024,
  /** Everything a chart page can load, including what a reader's toggle loads. */
  jsChartPageTotal: 30 * 1024,
  /**
   * Everything an embed page can load (its resize script, the loader, the chart's island). Embed pages show a
   * chart as the piece placed it, without option buttons, so no redraw code can load there.
   */
  jsEmbedPage: 10 * 1024,
  jsOtherPage: 0,
  jsSearchPage: 5 * 1024,
  /**
   * A first query on the search page: Pagefind's script and WebAssembly (about 73 KB, no web worker), one index chunk
   * (9 KB or less, split at build time, src/integrations/pagefind-chunks.ts) and the first two results' fragments.
   * Measured in tests/e2e/navigation.spec.ts for the query's own chunk and for the language's largest.
   */
  searchQuery: 100 * 1024,
  firstLoad: 100 * 1024,
};

const gz = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

function fileFor(dist: string, base: string, url: string, fromFile?: string): string | null {
  if (/^(https?:)?\/\//.test(url) || url.startsWith('data:')) return null;
  let p: string;
  if (url.startsWith('/')) p = join(dist, url.slice(base.length - 1 >= 0 && url.startsWith(base) ? base.length : 1));
  else if (fromFile) p = join(dirname(fromFile), url);
  else return null;
  return existsSync(p) && statSync(p).isFile() ? p : null;
}

/**
 * JS files a module imports: static `import ... from "x"` / `import "x"` and
 * dynamic `import("x")`. A dynamic import listed under a chart kind's island
 * (`"../../<kind>/island.ts": () => import("x")`, the loader's map) carries
 * that kind, so a page is charged only for the kinds it shows.
 */
function jsImports(file: string): { statics: string[]; dynamics: { spec: string; kind?: string }[] } {
  const src = readFileSync(file, 'utf8');
  const statics = [...src.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)].map((m) => m[1]!);
  statics.push(...[...src.matchAll(/export\s*[\w*{}\s,$]*from\s*["']([^"']+\.js)["']/g)].map((m) => m[1]!));
  const byKind = new Map<number, string>();
  for (const m of src.matchAll(/["'`]\.\.\/\.\.\/([\w-]+)\/island\.ts["'`]\s*:/g)) byKind.set(m.index + m[0].length, m[1]!);
  const kindAt = (at: number) => {
    let best: [number, string] | undefined;
    for (const [pos, kind] of byKind) if (pos <= at && at - pos < 80 && (!best || pos > best[0])) best = [pos, kind];
    return best?.[1];
  };
  const dynamics = [...src.matchAll(/import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)].map((m) => {
    const kind = kindAt(m.index);
    return kind ? { spec: m[1]!, kind } : { spec: m[1]! };
  });
  return { statics, dynamics };
}

function resolveModule(spec: string, fromFile: string, dist: string, base: string): string | null {
  if (spec.startsWith('.')) return fileFor(dist, base, spec, fromFile);
  return fileFor(dist, base, spec);
}

export function measureSite(dist: string, base = '/'): PageWeight[] {
  const pages = walk(dist).filter((f) => f.endsWith('.html'));
  return pages.map((file) => {
    const html = readFileSync(file, 'utf8');
    const page = '/' + relative(dist, file).split(sep).join('/').replace(/index\.html$/, '');
    const css = new Set<string>();
    const initial = new Set<string>();
    const onView = new Set<string>();
    const all = new Set<string>();
    const images = new Set<string>();
    for (const m of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) {
      const f = fileFor(dist, base, m[1]!);
      if (f) css.add(f);
    }
    for (const m of html.matchAll(/<img\b[^>]*src="([^"]+)"/g)) {
      const f = fileFor(dist, base, m[1]!);
      if (f) images.add(f);
    }
    const kinds = new Set([...html.matchAll(/<chart-island\b[^>]*\bdata-kind="([\w-]+)"/g)].map((m) => m[1]!));
    // A chart island's other chunks load when a reader presses an option button (a toggle's redraw): a page of
    // charts without such buttons can never load them, so they count only where the buttons are.
    const actions = kinds.size === 0 || /<button\b[^>]*\bdata-option=/.test(html);
    // stage 0: runs on load; 1: loads when a chart comes into view (an island); 2: loads when a reader acts.
    const seen = new Map<string, number>();
    const follow = (f: string, stage: number) => {
      if ((seen.get(f) ?? 3) <= stage) return;
      seen.set(f, stage);
      if (stage === 0) initial.add(f);
      if (stage <= 1) onView.add(f);
      all.add(f);
      const { statics, dynamics } = jsImports(f);
      for (const s of statics) {
        const r = resolveModule(s, f, dist, base);
        if (r) follow(r, stage);
      }
      for (const d of dynamics) {
        if (d.kind && !kinds.has(d.kind)) continue;
        if (!d.kind && !actions) continue;
        const r = resolveModule(d.spec, f, dist, base);
        if (r) follow(r, d.kind ? Math.max(stage, 1) : 2);
      }
    };
    for (const m of html.matchAll(/<script\b[^>]*src="([^"]+)"/g)) {
      const f = fileFor(dist, base, m[1]!);
      if (f) follow(f, 0);
    }
    const inlineJs = [...html.matchAll(/<script\b(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('');
    const sum = (set: Set<string>) => [...set].reduce((n, f) => n + gz(readFileSync(f)), 0);
    const htmlBytes = gz(html);
    const cssBytes = sum(css);
    const jsInitial = sum(initial) + (inlineJs ? gz(inlineJs) : 0);
    const jsOnView = sum(onView) + (inlineJs ? gz(inlineJs) : 0);
    const jsTotal = sum(all) + (inlineJs ? gz(inlineJs) : 0);
    const imgBytes = [...images].reduce((n, f) => n + statSync(f).size, 0);
    return {
      page,
      html: htmlBytes,
      css: cssBytes,
      jsInitial,
      jsOnView,
      jsTotal,
      firstLoad: htmlBytes + cssBytes + jsInitial + imgBytes,
      interactive: /\bdata-chart=/.test(html),
      embed: /^\/(?:es\/)?embed\//.test(page),
      search: /<search-page\b/.test(html),
      data: /^\/(?:es\/)?data\//.test(page),
    };
  });
}

