/**
 * Reads the editors' room (content/) from disk and runs every check.
 * Used by `npm run check:content`, by the build (through lib/data.ts) and by
 * the tests, so all three agree.
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { validateContent, type ContentFiles, type ContentModel } from './model.ts';
import { checkArticle, type ArticleInfo } from './articles.ts';
import { checkHome, type HomeCopy } from './home.ts';
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
  return { sources: read(join(contentDir, 'sources.yaml')), figures: read(join(contentDir, 'figures.yaml')), datasets };
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
  home: Partial<Record<'en' | 'es', HomeCopy>>;
}

/** Check everything under `root` (the project root, which holds content/). */
export function checkContent(root: string): CheckResult {
  const contentDir = join(root, 'content');
  const { model, problems } = validateContent(readContentFiles(contentDir));
  const home = checkHome(read(join(contentDir, 'home.yaml')), model, problems);
  const articles: ArticleInfo[] = [];
  for (const p of articleFiles(join(contentDir, 'articles'))) {
    const rel = relative(root, p).split(sep).join('/');
    const info = checkArticle(rel, readFileSync(p, 'utf8'), model, problems);
    if (info) articles.push(info);
  }
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
  return { model, problems, articles, home };
}
