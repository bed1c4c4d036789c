/**
 * YAML parsing that remembers where each value sits, so a problem in
 * `sources.yaml` or a dataset's metadata can name its line and column.
 */
import { parseDocument, LineCounter, isMap, isSeq, isScalar, type Node, type Document } from 'yaml';

export interface YamlFile {
  doc: Document.Parsed;
  data: unknown;
  /** Line and column of the node at a path (falls back to the nearest parent). */
  pos(path: (string | number)[]): { line: number; column: number };
  errors: { line: number; column: number; message: string }[];
}

export function parseYaml(text: string): YamlFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const errors = doc.errors.map((e) => {
    const p = lineCounter.linePos(e.pos[0]);
    return { line: p.line, column: p.col, message: e.message.split('\n')[0] ?? e.message };
  });
  const pos = (path: (string | number)[]) => {
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
  return { doc, data, pos, errors };
}
