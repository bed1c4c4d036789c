/**
 * What a reader of a page sees or hears, split into sentences, with the
 * language of each sentence as franc (restricted to Spanish and English)
 * judges it. Used by tests/build/spanish.test.ts; kept apart so its rules can
 * be tested on small fixtures.
 *
 * Counted: text nodes (SVG <text> and <title> included), the page <title>, and
 * the title, aria-label, alt and placeholder attributes, which screen readers
 * and hover tips give to readers. Not counted: <script>, <style>, <template>,
 * and any element marked with a lang other than the page's, whose text is
 * collected separately as a "foreign run" so that long ones can be refused.
 */
import { francAll } from 'franc-min';
import { parse, NodeType, type HTMLElement, type Node } from 'node-html-parser';

const SKIP = new Set(['script', 'style', 'template', 'noscript']);
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'tspan', 'label', 'button']);
const SPOKEN_ATTRIBUTES = ['title', 'aria-label', 'alt', 'placeholder'];

export interface ForeignRun {
  lang: string;
  words: number;
  text: string;
}

/** A block of text and where it sits: the nearest element with an id, and the attribute it came from, if any. */
export interface Block {
  text: string;
  where: string;
}

export interface PageText {
  /** Blocks of text the reader meets in the page's language, in document order. */
  blocks: Block[];
  /** Runs marked with another language (lang="en" on a Spanish page). */
  foreign: ForeignRun[];
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const entities = (s: string) =>
  s.replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n))).replace(/&#x([0-9a-f]+);/gi, (_m, n: string) => String.fromCodePoint(parseInt(n, 16)));

export function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

/** Collects the page-language text of an HTML document whose root language is pageLang. */
export function pageText(html: string, pageLang: string): PageText {
  const root = parse(html, { comment: false });
  const blocks: Block[] = [];
  const foreign: ForeignRun[] = [];
  let current = '';
  const ids: string[] = [];
  const here = () => (ids.length ? `#${ids[ids.length - 1]}` : 'page');
  const flush = () => {
    const s = squash(current);
    if (s) blocks.push({ text: s, where: here() });
    current = '';
  };
  const attrs = (el: HTMLElement) => {
    for (const a of SPOKEN_ATTRIBUTES) {
      const v = el.getAttribute(a);
      const cls = el.getAttribute('class')?.split(/\s+/)[0];
      if (v && squash(entities(v))) blocks.push({ text: squash(entities(v)), where: `${here()} ${el.rawTagName.toLowerCase()}${cls ? `.${cls}` : ''}[${a}]` });
    }
  };
  const walk = (node: Node) => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      current += entities(node.rawText);
      return;
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) return;
    const el = node as HTMLElement;
    const tag = (el.rawTagName ?? '').toLowerCase();
    if (SKIP.has(tag)) return;
    const lang = el.getAttribute('lang');
    if (tag !== 'html' && lang && !lang.toLowerCase().startsWith(pageLang)) {
      const text = squash(entities(el.textContent));
      foreign.push({ lang, words: wordCount(text), text });
      // Keep the inline flow going: a quoted English run does not end the sentence around it.
      current += ' ';
      return;
    }
    const inline = INLINE.has(tag);
    if (!inline) flush();
    const id = el.getAttribute('id');
    if (id) ids.push(id);
    attrs(el);
    if (tag === 'br') current += ' ';
    for (const c of el.childNodes) walk(c);
    if (!inline) flush();
    if (id) ids.pop();
  };
  walk(root);
  flush();
  return { blocks, foreign };
}

/** Splits a block into sentences at ., ?, ! or ; followed by a space, and at middle dots and bars. */
export function sentences(block: string): string[] {
  return block
    .split(/(?<=[.?!;…])\s+|\s+[·|]\s+/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The letters-only core of a sentence: numbers, dates, URLs and symbols out. */
function core(s: string): string {
  return squash(s.replace(/https?:\/\/\S+/g, ' ').replace(/[^\p{L}\s'’-]/gu, ' '));
}

/** Minimum size of a sentence the detector is asked about; shorter ones are not judged reliably. */
export const MIN_WORDS = 4;
export const MIN_LETTERS = 20;

/**
 * Function words of each language. On short sentences franc's trigram scores
 * for Spanish and English can come within a hair of each other; then the
 * function words, which carry the grammar of a sentence, break the tie.
 */
const FUNCTION_WORDS = {
  eng: new Set(['the', 'of', 'and', 'in', 'on', 'to', 'by', 'for', 'with', 'from', 'at', 'as', 'was', 'were', 'is', 'are', 'be', 'been', 'has', 'have', 'had', 'that', 'which', 'this', 'these', 'its', 'their', 'between', 'after', 'before', 'not', 'or', 'than', 'it', 'an', 'into', 'over', 'under', 'who', 'what', 'when', 'where']),
  spa: new Set(['el', 'la', 'los', 'las', 'de', 'del', 'y', 'en', 'por', 'para', 'con', 'que', 'se', 'un', 'una', 'es', 'fue', 'son', 'entre', 'al', 'su', 'sus', 'no', 'o', 'como', 'más', 'sin', 'sobre', 'desde', 'hasta', 'lo', 'le', 'les', 'este', 'esta', 'ese', 'esa', 'cuando', 'donde', 'quien', 'e', 'ni']),
};
/** franc's runner-up within this distance of the winner counts as a tie. */
const TIE = 0.05;

/** "spa", "eng", or "und" when the sentence is too short to judge. */
export function languageOf(sentence: string): 'spa' | 'eng' | 'und' {
  const c = core(sentence);
  if (wordCount(c) < MIN_WORDS || c.replace(/[^\p{L}]/gu, '').length < MIN_LETTERS) return 'und';
  const words = c.toLowerCase().split(/\s+/);
  const eng = words.filter((w) => FUNCTION_WORDS.eng.has(w)).length;
  const spa = words.filter((w) => FUNCTION_WORDS.spa.has(w)).length;
  // Without a single function word there is no grammar to judge: a name ("Andrés Manuel López Obrador"), not a sentence.
  if (eng === 0 && spa === 0) return 'und';
  const ranked = francAll(c, { only: ['spa', 'eng'], minLength: MIN_LETTERS });
  const [first, second] = ranked;
  if (!first || (first[0] !== 'spa' && first[0] !== 'eng')) return 'und';
  const verdict = first[0] as 'spa' | 'eng';
  if (second && first[1] - second[1] >= TIE) return verdict;
  return eng > spa ? 'eng' : spa > eng ? 'spa' : verdict;
}

/** Sentences on a page that read as English, in document order, without repeats. */
export function englishSentences(html: string, pageLang = 'es'): string[] {
  return englishSentencesWhere(html, pageLang).map((b) => b.text);
}

/** The same, each with where it sits on the page (for the test's report). */
export function englishSentencesWhere(html: string, pageLang = 'es'): Block[] {
  const out: Block[] = [];
  for (const b of pageText(html, pageLang).blocks) for (const s of sentences(b.text)) if (languageOf(s) === 'eng' && !out.some((o) => o.text === s)) out.push({ text: s, where: b.where });
  return out;
}

/** Longest run marked as another language that a page may carry. */
export const MAX_FOREIGN_WORDS = 30;

export function longForeignRuns(html: string, pageLang = 'es'): ForeignRun[] {
  return pageText(html, pageLang).foreign.filter((r) => r.words > MAX_FOREIGN_WORDS);
}
