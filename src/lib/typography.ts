/**
 * Curly quotes for everything a reader sees. Markdown prose already gets
 * them from Astro; text that comes from data files and frontmatter (source
 * titles, notes, labels, deks) does not, so the build passes every page
 * through `curlyQuotesHtml`. It changes text between tags only: never
 * attributes, scripts, styles, JSON-LD, code or preformatted text.
 */

/** Elements whose text is not prose. */
const RAW = new Set(['script', 'style', 'code', 'pre', 'kbd', 'samp', 'textarea']);
/** Elements that keep a sentence going; any other tag starts a new run of text. */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'data', 'dfn', 'em', 'i', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'tspan']);

const ENTITIES: Record<string, string> = { '&quot;': '"', '&#34;': '"', '&#x22;': '"', '&#39;': "'", '&#x27;': "'", '&apos;': "'" };

/** The character before a quote decides which way it turns: after a space or an opening bracket it opens. */
const OPENS_AFTER = /[\s([{\u2014\u2013/\u201c\u2018-]/;

/** Curly quotes for one run of plain text; `before` is the character that preceded it ('' at the start of a run). */
export function curlyQuotes(text: string, before = ''): string {
  let out = '';
  let prev = before;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const next = text[i + 1] ?? '';
    let r = c;
    if (c === '"') {
      r = prev === '' || OPENS_AFTER.test(prev) ? '\u201c' : '\u201d';
    } else if (c === "'") {
      const opens = prev === '' || OPENS_AFTER.test(prev);
      // ’90s, ’21: an apostrophe before a year's digits drops them; it is not an opening quote.
      const elision = opens && /\d/.test(next);
      r = opens && !elision ? '\u2018' : '\u2019';
    }
    out += r;
    prev = c;
  }
  return out;
}

/** Curly quotes in the text of an HTML document; everything else is returned byte for byte. */
export function curlyQuotesHtml(html: string): string {
  const parts = html.split(/(<!--[\s\S]*?-->|<[^>]+>)/);
  let raw: string | null = null;
  let before = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (i % 2 === 1) {
      const m = /^<(\/?)([a-zA-Z][\w-]*)/.exec(part);
      if (!m) continue;
      const [, closing, tagName] = m;
      const name = tagName!.toLowerCase();
      if (raw) {
        if (closing && name === raw) raw = null;
        continue;
      }
      if (!closing && RAW.has(name) && !part.endsWith('/>')) raw = name;
      if (!INLINE.has(name)) before = '';
      continue;
    }
    if (raw || !/["']|&(?:quot|apos|#34|#x22|#39|#x27);/.test(part)) {
      if (!raw && part) before = lastChar(part, before);
      continue;
    }
    const text = part.replace(/&(?:quot|apos|#34|#x22|#39|#x27);/g, (e) => ENTITIES[e]!);
    parts[i] = curlyQuotes(text, before);
    before = lastChar(text, before);
  }
  return parts.join('');
}

function lastChar(text: string, fallback: string): string {
  const decoded = text.replace(/&[a-z#0-9]+;$/i, ' ');
  return decoded.length ? decoded[decoded.length - 1]! : fallback;
}
