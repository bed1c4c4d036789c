/** Helpers for tests that read the built site in dist/ (run `npm run build` first). */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const ROOT = process.cwd();

export function distDir(name = 'dist'): string {
  const dir = join(ROOT, name);
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`${name}/ has no index.html: run "npm run build" (and "npm run build:base" for dist-base) before these tests`);
  }
  return dir;
}

export function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

export function htmlFiles(dir: string): string[] {
  return walk(dir).filter((f) => f.endsWith('.html'));
}

export function rel(dir: string, file: string): string {
  return relative(dir, file).split(sep).join('/');
}

export function page(dir: string, path: string): HTMLElement {
  const file = join(dir, path.replace(/^\//, ''), path.endsWith('.html') ? '' : 'index.html');
  return parse(readFileSync(file, 'utf8'));
}

/** Resolve a root-relative URL path to a file in dir, the way a static host would. */
export function resolvesTo(dir: string, urlPath: string, base: string): string | null {
  if (!urlPath.startsWith(base)) return null;
  const p = decodeURIComponent(urlPath.slice(base.length));
  const candidates = [join(dir, p), join(dir, p, 'index.html')];
  for (const c of candidates) if (existsSync(c) && statSync(c).isFile()) return c;
  return null;
}
