/**
 * Reads the editors' room (content/) from disk and runs every check.
 * Used by `npm run check:content`, by the build (through lib/data.ts) and by
 * the tests, so all three agree.
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { assertTagsRegistered } from '../mdx-registry.ts';
import { join, relative, sep } from 'node:path';
import { validateContent, type ContentFiles, type ContentModel } from './model.ts';
import { checkArticle, anchorFix, safeDecode, LAYOUT_ANCHORS, type ArticleInfo } from './articles.ts';
import { checkHome, type HomeCopy } from './home.ts';
import { checkCards, type CardsConfig } from './cards.ts';
import type { Problem } from './problems.ts';

function read(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

export function readContentFiles(contentDir: string): ContentFiles {
  const datasets: ContentFiles['datasets'] = new Map();
  const dataDir = join(contentDir, 'data');
  if (existsSync(dataDir)) {
    for (const name of readdirSync(dataDir).sort()) {
      const m = /^(.+)\.(csv|yaml|yml)$/.exec(name);
      if (!m) continue;
      const id = m[1]!;
      const entry = datasets.get(id) ?? {};
      if (m[2] === 'csv') entry.csv = readFileSync(join(dataDir, name), 'utf8');
      else entry.yaml = readFileSync(join(dataDir, name), 'utf8');
      datasets.set(id, entry);
    }
  }
  return { sources: yamlSet(contentDir, 'sources'), figures: yamlSet(contentDir, 'figures'), datasets };
}

/** content/<name>.yaml plus any content/<name>/*.yaml (editors may split a long list by topic). */
function yamlSet(contentDir: string, name: string): Map<string, string> {
  const files = new Map<string, string>();
  const main = read(join(contentDir, `${name}.yaml`));
  if (main !== undefined) files.set(`content/${name}.yaml`, main);
  const dir = join(contentDir, name);
  if (existsSync(dir)) {
    for (const f of readdirSync(dir).sort()) {
      if (/\.ya?ml$/.test(f)) files.set(`content/${name}/${f}`, readFileSync(join(dir, f), 'utf8'));
    }
  }
  return files;
}

function articleFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...articleFiles(p));
    else if (/\.(mdx?|markdown)$/.test(name)) out.push(p);
  }
  return out;
}

export interface CheckResult {
  model: ContentModel;
  problems: Problem[];
  articles: ArticleInfo[];
  /** Site pages such as About, from content/pages/<lang>/*.mdx. */
  pages: ArticleInfo[];
  home: Partial<Record<'en' | 'es', HomeCopy>>;
  /** content/cards.yaml: the key figure on each piece's share card. */
  cards: CardsConfig;
}

/** Check everything under `root` (the project root, which holds content/). */
export function checkContent(root: string): CheckResult {
  assertTagsRegistered();
  const contentDir = join(root, 'content');
  const { model, problems } = validateContent(readContentFiles(contentDir));
  const home = checkHome(read(join(contentDir, 'home.yaml')), model, problems);
  const articles: ArticleInfo[] = [];
  const pages: ArticleInfo[] = [];
  for (const [kind, folder, list] of [['article', 'articles', articles], ['page', 'pages', pages]] as const) {
    for (const p of articleFiles(join(contentDir, folder))) {
      const rel = relative(root, p).split(sep).join('/');
      const info = checkArticle(rel, readFileSync(p, 'utf8'), model, problems, kind, { exists: (file) => existsSync(join(root, file)) });
      if (info) list.push(info);
    }
  }
  for (const pg of pages) {
    if (articles.some((a) => a.lang === pg.lang && a.slug === pg.slug)) {
      problems.push({ file: pg.path, line: 1, message: `has the same name as the article content/articles/${pg.lang}/${pg.slug}.mdx, and both would be published at the same address`, fix: 'rename one of the two files' });
    }
  }
  // Links: "../slug/" must name a published article or a site page in the same language (sources is built by
  // the site), and "../slug/#part" one of that page's heading ids, as the build makes them.
  for (const a of [...articles, ...pages]) {
    const file = a.path;
    const targets = new Map([...articles.filter((o) => o.lang === a.lang && !o.draft), ...pages.filter((o) => o.lang === a.lang)].map((o) => [o.slug, o]));
    const known = [...targets.keys(), 'sources'];
    for (const l of a.links) {
      const m = /^\.\.\/([a-z0-9-]+)\/(?:#(.+))?$/u.exec(l.target);
      if (!m) {
        problems.push({ file, line: l.line, column: l.column, message: `has a link to "${l.target}" that the site cannot check`, fix: 'link to another article as ../its-file-name/, optionally followed by #a-heading' });
      } else if (!known.includes(m[1]!)) {
        const draft = articles.some((o) => o.lang === a.lang && o.slug === m[1] && o.draft);
        problems.push({ file, line: l.line, column: l.column, message: draft ? `links to "${m[1]}", which is still a draft and will not be published` : `links to "${m[1]}", which is not an article in content/articles/${a.lang}`, fix: draft ? 'publish that article first (remove "draft: true"), or remove the link' : `check the file name; articles in this language: ${known.join(', ')}` });
      } else if (m[2] !== undefined) {
        const id = safeDecode(m[2]);
        const target = targets.get(m[1]!);
        // The sources page has a section for all sources and one for datasets, and an entry for each.
        const onSources = (x: string) => x === 'all-sources' || x === 'datasets' || (x.startsWith('source-') && model.sources.has(x.slice(7))) || (x.startsWith('dataset-') && model.datasets.has(x.slice(8)));
        // A page whose body could not be compiled is reported in its own file; its headings are unknown, so the link is not judged.
        if (target?.bodyFailed) continue;
        const ok = target ? target.anchors.includes(id) || LAYOUT_ANCHORS.has(id) : onSources(id);
        if (!ok) problems.push({ file, line: l.line, column: l.column, message: target ? `links to "#${id}" in "${m[1]}", which is not a heading there` : `links to "#${id}" on the sources page, which has no such entry`, fix: target ? anchorFix(target.anchors, id) : 'link to ../sources/#source- followed by a source id from content/sources.yaml, or to ../sources/' });
      }
    }
  }
  checkOrder(articles, problems);
  const cards = checkCards(read(join(contentDir, 'cards.yaml')), model, [...articles, ...pages], problems);
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
  return { model, problems, articles, pages, home, cards };
}

/**
 * The list of pieces: in each language every published article has its own `order` and at most one is
 * `kind: main`; and an article and its twin in the other language (same file name) agree on both.
 */
function checkOrder(articles: ArticleInfo[], problems: Problem[]): void {
  const published = articles.filter((a) => !a.draft && a.order && a.pieceKind);
  for (const lang of ['en', 'es']) {
    const here = published.filter((a) => a.lang === lang);
    const byOrder = new Map<number, ArticleInfo>();
    let main: ArticleInfo | undefined;
    for (const a of here) {
      const first = byOrder.get(a.order!.value);
      if (first) problems.push({ file: a.path, line: a.order!.line, column: a.order!.column, message: `has order: ${a.order!.value}, the same as ${first.path}`, fix: `give each article in content/articles/${lang} its own order (1, 2, 3 …)` });
      else byOrder.set(a.order!.value, a);
      if (a.pieceKind!.value === 'main') {
        if (main) problems.push({ file: a.path, line: a.pieceKind!.line, column: a.pieceKind!.column, message: `is kind: main, and so is ${main.path}`, fix: 'keep one main piece per language: write kind: focus in one of the two' });
        else main = a;
      }
    }
  }
  // Each Spanish article against its English twin (reported once, in the Spanish file).
  for (const es of published.filter((a) => a.lang === 'es')) {
    const en = published.find((a) => a.lang === 'en' && a.slug === es.slug);
    if (!en) continue;
    if (en.order!.value !== es.order!.value) problems.push({ file: es.path, line: es.order!.line, column: es.order!.column, message: `has order: ${es.order!.value}, but its English twin ${en.path} has order: ${en.order!.value}`, fix: 'give both the same order' });
    if (en.pieceKind!.value !== es.pieceKind!.value) problems.push({ file: es.path, line: es.pieceKind!.line, column: es.pieceKind!.column, message: `is kind: ${es.pieceKind!.value}, but its English twin ${en.path} is kind: ${en.pieceKind!.value}`, fix: 'give both the same kind' });
  }
}
