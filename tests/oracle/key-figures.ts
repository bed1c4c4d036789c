/** Reads the hand-checked key figures (key-figures.yaml) for the build and browser tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export type OracleLang = 'en' | 'es';
export const LANGS_OF_ORACLE: readonly OracleLang[] = ['en', 'es'];

export interface KeyFigure {
  what: string;
  en: string;
  es: string;
  figure?: string;
  pages: string[];
  home?: boolean;
  charts?: { chart: string; page: string }[];
  tooltip?: { chart: string; page: string; at: string; title: Record<OracleLang, string> };
  trace: string;
}

const FILE = join(import.meta.dirname, 'key-figures.yaml');

function read(): KeyFigure[] {
  const list = parse(readFileSync(FILE, 'utf8')) as KeyFigure[];
  if (!Array.isArray(list)) throw new Error(`${FILE}: expected a list of key figures`);
  for (const [i, k] of list.entries()) {
    for (const f of ['what', 'en', 'es', 'trace'] as const) {
      if (typeof k[f] !== 'string' || !k[f]) throw new Error(`${FILE}: entry ${i + 1} has no "${f}"`);
    }
    if (!Array.isArray(k.pages)) throw new Error(`${FILE}: entry ${i + 1} (${k.what}) has no "pages" list`);
  }
  return list;
}

export const KEY_FIGURES: KeyFigure[] = read();

/** The English path in a language: /border-numbers/ -> /es/border-numbers/. */
export function localPath(path: string, lang: OracleLang): string {
  return lang === 'es' ? `/es${path}` : path;
}

/** The text contains the figure as a whole: no digit, decimal mark or letter runs on either side. */
export function tokenIn(text: string, figure: string): boolean {
  const esc = figure.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const plain = text.replace(/\u00a0/g, ' ');
  return new RegExp(`(?<![\\p{L}\\p{N}]|[\\p{N}][.,])${esc.replace(/\u00a0/g, ' ')}(?![\\p{L}\\p{N}]|[.,][\\p{N}])`, 'u').test(plain);
}
