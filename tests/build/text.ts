/**
 * The text of built HTML as a reader meets it: inline runs joined exactly as
 * the browser shows them, block elements on lines of their own, scripts and
 * styles left out. Tests that look for words run together read this, never
 * the markup.
 */
import { NodeType, type HTMLElement, type Node } from 'node-html-parser';

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'section', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
const SKIP = new Set(['script', 'style', 'template', 'noscript']);

function collect(node: Node, out: string[]): void {
  if (node.nodeType === NodeType.TEXT_NODE) {
    out.push(node.text);
    return;
  }
  if (node.nodeType !== NodeType.ELEMENT_NODE) return;
  const el = node as HTMLElement;
  const tag = el.rawTagName?.toLowerCase() ?? '';
  if (SKIP.has(tag)) return;
  const block = BLOCK.has(tag);
  if (block) out.push('\n');
  for (const c of el.childNodes) collect(c, out);
  if (block) out.push('\n');
}

/** Visible text of an element: one line per block, spaces collapsed as a browser collapses them. */
export function readerText(el: HTMLElement): string {
  const out: string[] = [];
  collect(el, out);
  return out
    .join('')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** Text a reader can also hear or see outside the page body: title, alt and aria-label attributes. */
export function attributeText(root: HTMLElement): string[] {
  const out: string[] = [];
  for (const el of root.querySelectorAll('[title], [alt], [aria-label]')) {
    for (const a of ['title', 'alt', 'aria-label']) {
      const v = el.getAttribute(a);
      if (v) out.push(v);
    }
  }
  return out;
}
