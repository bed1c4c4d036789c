/** Visible text on every built page uses curly quotes and apostrophes. */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse, NodeType, type Node, type HTMLElement } from 'node-html-parser';
import { distDir, htmlFiles, rel } from './dist.ts';

/** Not prose: code, scripts and styles (JSON-LD included); attributes are never visited. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'CODE', 'PRE', 'KBD', 'SAMP', 'TEXTAREA']);

function straightQuotes(root: Node, out: string[]) {
  if (root.nodeType === NodeType.ELEMENT_NODE) {
    const el = root as HTMLElement;
    if (SKIP.has(el.tagName)) return;
    // The parser keeps <noscript> as raw text: read what it holds as HTML.
    if (el.tagName === 'NOSCRIPT') return straightQuotes(parse(el.innerHTML), out);
  }
  if (root.nodeType === NodeType.TEXT_NODE) {
    const text = (root as unknown as { text: string }).text;
    if (/["']/.test(text)) out.push(text.trim().slice(0, 100));
  }
  root.childNodes.forEach((c) => straightQuotes(c, out));
}

describe('curly quotes', () => {
  for (const name of ['dist', 'dist-base']) {
    it(`${name}: no page shows a straight ' or " in its text`, () => {
      const dir = distDir(name);
      const found: string[] = [];
      let curly = 0;
      for (const file of htmlFiles(dir)) {
        const html = readFileSync(file, 'utf8');
        curly += (html.match(/[“”’]/g) ?? []).length;
        const hits: string[] = [];
        straightQuotes(parse(html), hits);
        found.push(...hits.map((h) => `${rel(dir, file)}: ${h}`));
      }
      expect(found).toEqual([]);
      expect(curly, 'the pages do have quotes and apostrophes to check').toBeGreaterThan(100);
    });
  }
});
