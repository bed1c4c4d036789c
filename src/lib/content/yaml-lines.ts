/**
 * YAML parsing that remembers where each value sits, so a problem in
 * `sources.yaml` or a dataset's metadata can name its line and column.
 */
import { parseDocument, LineCounter, isMap, isSeq, isScalar, visit, Scalar, type Node, type Document } from 'yaml';

import type { Problem } from './problems.ts';

export interface YamlFile {
  doc: Document.Parsed;
  data: unknown;
  /** Line and column of the node at a path (falls back to the nearest parent); with `key`, of the field's name rather than its value. */
  pos(path: (string | number)[], opts?: { key?: boolean }): { line: number; column: number };
  errors: { line: number; column: number; message: string; code: string }[];
  /** The text as parsed: without a byte-order mark, which editors' tools may add and nobody sees. */
  text: string;
}

export function parseYaml(raw: string): YamlFile {
  const text = raw.replace(/^\uFEFF/, '');
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const errors = doc.errors.map((e) => {
    const p = lineCounter.linePos(e.pos[0]);
    return { line: p.line, column: p.col, message: e.message.split('\n')[0] ?? e.message, code: e.code };
  });
  const pos = (path: (string | number)[], opts?: { key?: boolean }) => {
    let node: unknown = doc.contents;
    let best: { line: number; column: number } = { line: 1, column: 1 };
    const at = (n: unknown) => {
      const range = (n as Node | undefined)?.range;
      if (range) {
        const p = lineCounter.linePos(range[0]);
        best = { line: p.line, column: p.col };
      }
    };
    at(node);
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((it) => isScalar(it.key) && String(it.key.value) === String(key));
        if (!pair) break;
        at(pair.key);
        node = pair.value;
        if (opts?.key && key === path.at(-1)) break;
        if (node && !isMap(node) && !isSeq(node)) at(node);
      } else if (isSeq(node) && typeof key === 'number') {
        node = node.items[key];
        at(node);
      } else break;
    }
    return best;
  };
  let data: unknown = null;
  try {
    data = doc.toJS({ maxAliasCount: 0 });
  } catch {
    data = null;
  }
  return { doc, data, pos, errors, text };
}

/**
 * The one problem to report for a file that is not valid YAML, in plain words
 * (a tab, an unclosed quote, bad indentation ...). One is enough: the parser's
 * later complaints follow from the first, and the rest of the file is not
 * checked until it reads.
 */
export function yamlProblem(file: string, y: YamlFile): Problem | null {
  if (!y.errors.length) return strayItemProblem(file, y);
  const lines = y.text.split(/\r?\n/);
  const first = y.errors[0]!;
  // A tab anywhere in a line's indentation: YAML refuses it, and the parser's own words never say "tab".
  for (let i = 0; i < lines.length; i++) {
    const m = /^[ ]*\t/.exec(lines[i]!);
    if (m) return { file, line: i + 1, column: m[0].length, message: 'has a tab character in the indentation (YAML only allows spaces for indentation)', fix: 'replace the tab with spaces, lined up with the line above' };
  }
  const at = (line: number, column: number, message: string, fix: string): Problem => ({ file, line, column, message, fix });
  if (first.code === 'MISSING_CHAR' && /closing/.test(first.message)) {
    const q = /closing (["'])/.exec(first.message)?.[1] ?? '"';
    // The quote that never closes: the last value before the error that opens one and does not end with it.
    for (let i = Math.min(first.line, lines.length) - 1; i >= 0; i--) {
      const m = new RegExp(`^(\\s*(?:-\\s+)?(?:[\\w-]+:\\s+)?)${q}`).exec(lines[i]!);
      if (m && !lines[i]!.trimEnd().endsWith(q)) return at(i + 1, m[1]!.length + 1, `has an unclosed quote: the value opens with ${q} and never closes it`, `add the closing ${q} at the end of the value`);
      if (m && lines[i]!.trimEnd().length > m[0].length) break;
    }
    return at(first.line, first.column, `has an unclosed quote (${q})`, `add the closing ${q} at the end of the value`);
  }
  if (first.code === 'DUPLICATE_KEY') {
    const key = /^\s*(?:-\s+)?([^:#]+):/.exec(lines[first.line - 1] ?? '')?.[1]?.trim() ?? '';
    return at(first.line, first.column, `has the field "${key}" twice in the same entry`, 'delete one of the two lines, or start a new entry with "- " if this is a new one');
  }
  const multiline = y.errors.some((e) => e.code === 'MULTILINE_IMPLICIT_KEY');
  if (first.code === 'BLOCK_AS_IMPLICIT_KEY' && !multiline) {
    return at(first.line, first.column, 'has a colon followed by a space inside a value, which YAML reads as a new field', 'put the whole value in double quotes, for example label: "Aid: announced"');
  }
  if (multiline || first.code === 'BAD_INDENT' || (first.code === 'MISSING_CHAR' && /indicator/.test(first.message)) || first.code === 'UNEXPECTED_TOKEN') {
    const line = multiline ? Math.min(first.line + 1, lines.length) : first.line;
    return at(line, 1, 'has bad indentation: this line is not lined up with the other fields of its entry', 'indent it with the same number of spaces as the fields above it (a list item starts with "- ")');
  }
  return at(first.line, first.column, `is not valid YAML (${first.message})`, 'check the indentation, the colons and the quotes on this line and the one above');
}

/**
 * A list item indented further than the items above it is not a new item to
 * YAML: a plain (unquoted) value simply goes on over the next line, so the item
 * merges into the text of the one before ("... money spent. - The border
 * figures ..."). The file reads without error, so look for a plain value whose
 * text goes on to a line that starts with "- ".
 */
function strayItemProblem(file: string, y: YamlFile): Problem | null {
  let found: Problem | null = null;
  visit(y.doc, {
    Scalar(_key, node): symbol | undefined {
      if (found || node.type !== Scalar.PLAIN || !node.range) return undefined;
      const [start, end] = node.range;
      const source = y.text.slice(start, end);
      if (!source.includes('\n')) return undefined;
      const firstLine = y.text.slice(0, start).split('\n').length;
      const lines = source.split('\n');
      for (let k = 1; k < lines.length; k++) {
        const m = /^(\s*)-(\s|$)/.exec(lines[k]!);
        if (!m) continue;
        found = { file, line: firstLine + k, column: m[1]!.length + 1, message: 'starts a new item but is indented further than the others, so it is read as part of the item above', fix: 'line it up with the "-" of the items above' };
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** Ids written as "- id: ..." in a file that could not be read, so their uses elsewhere are not reported as missing. */
export function idsInBrokenFile(text: string): string[] {
  return [...text.matchAll(/^[ \t]*-?[ \t]*id:[ \t]*["']?([A-Za-z0-9_-]+)/gm)].map((m) => m[1]!);
}
