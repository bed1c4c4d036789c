/**
 * The mistakes corpus: every folder in tests/fixtures/mistakes/ plants one
 * editor's mistake (or several at once) in a copy of the real content/ and
 * states the exact line the content check must print first.
 *
 * A case is tests/fixtures/mistakes/<name>/case.yaml:
 *
 *   what: A share typed as a percentage
 *   edits:
 *     - file: content/figures.yaml   # from the project root; content/ or public/
 *       find: "value: 0.38"          # exact text, found once (add `nth: 2` for a later one)
 *       replace: "value: 38"
 *     # or `write: <whole text>` (a new or replaced file), or `delete: true`
 *   first: "content/figures.yaml:{line}:10 ... Fix: ..."
 *   all: [...]          # optional: every line, in order (no cascade; three-at-once cases)
 *   warning: true       # optional: the line is a warning and the check still passes
 *
 * `{line}` is the line of the first edit's `find` in the original file;
 * `{line2}`, `{line3}` ... those of the later edits; `{line+1}` the line below.
 */
import { describe, it, expect } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, rmSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { parse } from 'yaml';
import { checkContent } from '../../src/lib/content/load.ts';
import { formatProblem, type Problem } from '../../src/lib/content/problems.ts';

const ROOT = join(import.meta.dirname, '../..');
const CORPUS = join(ROOT, 'tests/fixtures/mistakes');

interface Edit {
  file: string;
  find?: string;
  replace?: string;
  nth?: number;
  write?: string;
  delete?: boolean;
}
interface Case {
  what: string;
  edits: Edit[];
  first: string;
  all?: string[];
  warning?: boolean;
}

function indexOfNth(text: string, find: string, nth: number): number {
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = text.indexOf(find, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

/** Copy content/ and public/ to a temporary root, apply the edits, return the root and the edit lines. */
export function plant(c: Case): { root: string; lines: number[] } {
  const root = mkdtempSync(join(tmpdir(), 'mistake-'));
  for (const dir of ['content', 'public']) if (existsSync(join(ROOT, dir))) cpSync(join(ROOT, dir), join(root, dir), { recursive: true });
  const lines: number[] = [];
  for (const e of c.edits) {
    if (!/^(content|public)\//.test(e.file)) throw new Error(`edit outside content/ or public/: ${e.file}`);
    const p = join(root, e.file);
    if (e.delete) {
      rmSync(p);
      lines.push(1);
    } else if (e.write !== undefined) {
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, e.write);
      lines.push(1);
    } else {
      if (e.find === undefined || e.replace === undefined) throw new Error(`edit of ${e.file} needs find and replace, write, or delete`);
      const text = readFileSync(p, 'utf8');
      const nth = e.nth ?? 1;
      const at = indexOfNth(text, e.find, nth);
      if (at < 0) throw new Error(`"${e.find}" not found in ${e.file}: the real content changed, so update this case`);
      if (e.nth === undefined && text.indexOf(e.find, at + 1) >= 0) throw new Error(`"${e.find}" occurs more than once in ${e.file}; add nth`);
      lines.push(text.slice(0, at).split('\n').length);
      writeFileSync(p, text.slice(0, at) + e.replace + text.slice(at + e.find.length));
    }
  }
  return { root, lines };
}

const cases = existsSync(CORPUS)
  ? readdirSync(CORPUS, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(CORPUS, d.name, 'case.yaml')))
      .map((d) => ({ name: d.name, c: parse(readFileSync(join(CORPUS, d.name, 'case.yaml'), 'utf8')) as Case }))
  : [];

function fill(template: string, lines: number[]): string {
  return template.replace(/\{line(\d*)(?:\+(\d+))?\}/g, (_, n: string, plus?: string) => String(lines[(n ? Number(n) : 1) - 1]! + Number(plus ?? 0)));
}

describe('mistakes corpus', () => {
  it('the real content passes the check with nothing to say', () => {
    expect(checkContent(ROOT).problems.map(formatProblem)).toEqual([]);
  });

  it.each(cases)('$name', ({ c }) => {
    const { root, lines } = plant(c);
    try {
      const problems: Problem[] = checkContent(root).problems;
      const out = problems.map(formatProblem);
      expect(out[0], c.what).toBe(fill(c.first, lines));
      if (c.all) expect(out, c.what).toEqual(c.all.map((l) => fill(l, lines)));
      const errors = problems.filter((p) => (p as { severity?: string }).severity !== 'warning');
      if (c.warning) expect(errors.map(formatProblem), `${c.what}: a warning must not stop the build`).toEqual([]);
      else expect(errors.length, `${c.what}: must stop the build`).toBeGreaterThan(0);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
