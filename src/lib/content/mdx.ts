/**
 * Reads an MDX body with the compiler the build uses. Astro 7's @astrojs/mdx
 * hands every .mdx file to @astrojs/markdown-satteri, which compiles it with
 * satteri's `mdxToJs` (GFM and smart punctuation on, the frontmatter blanked
 * to spaces so lines keep their numbers) and gives headings their ids with its
 * heading-ids plugin: github-slugger over each heading's text. The check does
 * the same, so a file the check passes is a file the build compiles, and an
 * anchor the check accepts is an id the page has. The heading plugin here is
 * that plugin's few lines with the same slugger (importing Astro's would load
 * its syntax highlighters, a third of the check's time); a unit test compares
 * the two on every real article.
 */
import { mdxToJs, mdxToMdast, type HastPluginInput } from 'satteri';
import Slugger from 'github-slugger';

/** An mdast node as satteri gives it (mdast plus the MDX node types). */
export interface MdNode {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  alt?: string | null;
  depth?: number;
  attributes?: MdAttribute[];
  children?: MdNode[];
  position?: { start: Point; end: Point };
}
export interface Point {
  line: number;
  column: number;
  offset?: number;
}
export type MdAttribute =
  | { type: 'mdxJsxAttribute'; name: string; value: string | null | { type: 'mdxJsxAttributeValueExpression'; value: string } }
  | { type: 'mdxJsxExpressionAttribute'; value: string };

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface MdxSyntaxError {
  line: number;
  column: number;
  message: string;
  fix: string;
}

export interface MdxResult {
  tree: MdNode | null;
  /** Heading ids exactly as the build gives them. */
  headings: Heading[];
  error: MdxSyntaxError | null;
}

/** The build's settings: Astro's defaults, which astro.config.mjs keeps (gfm and smartypants on). */
export const FEATURES = { gfm: true, smartPunctuation: true };

/** Heading ids as @astrojs/markdown-satteri's heading-ids plugin makes them: an id already set, else github-slugger. */
export function headingIdsPlugin(out: Heading[]): HastPluginInput {
  return () => {
    const slugger = new Slugger();
    return {
      name: 'heading-ids',
      element: {
        filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
        visit(node, ctx) {
          const existing = node.properties?.id;
          const text = ctx.textContent(node);
          out.push({ depth: Number.parseInt(node.tagName[1]!, 10), slug: typeof existing === 'string' ? existing : slugger.slug(text), text });
        },
      },
    };
  };
}

/**
 * `knownTags` maps each component's name to its example, for the fixes.
 * Parse and compile `content`: the whole file with its frontmatter blanked to
 * spaces (see blankFrontmatter), so every position is a position in the file.
 */
export function compileMdx(content: string, knownTags: ReadonlyMap<string, string> = new Map()): MdxResult {
  try {
    const tree = mdxToMdast(content, { features: FEATURES }) as unknown as MdNode;
    const headings: Heading[] = [];
    const out = mdxToJs(content, { hastPlugins: [headingIdsPlugin(headings)], features: FEATURES, jsxImportSource: 'astro', elementAttributeNameCase: 'html' });
    // Every plugin here is synchronous, so the result is too (a Promise would mean an async plugin crept in).
    if (out instanceof Promise) throw new Error('The MDX compiler answered asynchronously');
    return { tree, headings, error: null };
  } catch (e) {
    return { tree: null, headings: [], error: explainMdxError(e instanceof Error ? e.message : String(e), content, knownTags) };
  }
}

/** The tree of a body the content check has passed (for the site's own reading of its tags). */
export function parseMdx(content: string): MdNode {
  try {
    return mdxToMdast(content, { features: FEATURES }) as unknown as MdNode;
  } catch (e) {
    const { line, column, message } = explainMdxError(e instanceof Error ? e.message : String(e), content, new Map());
    throw new Error(`MDX that cannot be read, at line ${line}, column ${column}: it ${message}. Run npm run check:content for the file and the fix.`);
  }
}

/** The file with the frontmatter block replaced by spaces (line breaks kept), as the build passes it. */
export function blankFrontmatter(text: string, frontmatterEnd: number): string {
  return text.slice(0, frontmatterEnd).replace(/[^\r\n]/g, ' ') + text.slice(frontmatterEnd);
}

const VOID_ELEMENTS = new Set(['br', 'hr', 'img', 'input', 'wbr', 'meta', 'link', 'source', 'area', 'col', 'embed', 'param', 'track']);

/**
 * The compiler's message ("3:1: Expected a closing tag for `<Timeline>` … (mdx-jsx:…)")
 * in plain words, with a fix an editor can follow. Never a stack trace.
 */
export function explainMdxError(raw: string, content: string, knownTags: ReadonlyMap<string, string>): MdxSyntaxError {
  const first = raw.split('\n')[0] ?? raw;
  const at = /^(\d+):(\d+)(?:-\d+:\d+)?:\s*(.*)$/.exec(first);
  const line = at ? Number(at[1]) : 1;
  const column = at ? Number(at[2]) : 1;
  const reason = (at ? at[3]! : first).replace(/\s*\([a-z-]+:[a-z-]+\)\s*$/, '');
  const here = content.split('\n')[line - 1]?.slice(column - 1) ?? '';
  const say = (message: string, fix: string) => ({ line, column, message, fix });

  if (/to create a comment in MDX/.test(reason) || here.startsWith('<!--')) {
    return say('has an HTML comment "<!-- -->", which MDX cannot read', 'a comment in MDX is written {/* like this */}');
  }
  let m = /^Expected a closing tag for `<([^>`]*)>`/.exec(reason);
  if (m) {
    const name = m[1]!;
    if (VOID_ELEMENTS.has(name.toLowerCase())) {
      const bare = /^(br|hr|wbr)$/i.test(name);
      return say(`has <${name}> without a closing slash`, bare ? `write <${name} /> (MDX needs the closing slash)` : `end the tag with /> (MDX needs the closing slash), as in <${name} … />`);
    }
    if (knownTags.has(name)) return say(`has a <${name}> tag that is not closed`, `end the tag with />, as in ${knownTags.get(name)}`);
    return say(`has a <${name}> tag that is never closed`, `close it with </${name}>, or end the tag with />`);
  }
  m = /^Unexpected closing tag `<\/([^>`]*)>`, expected an open tag first/.exec(reason);
  if (m) return say(`has a closing tag </${m[1]}> with no opening tag before it`, `remove </${m[1]}>, or write the opening tag before it`);
  m = /^Unexpected closing tag `<\/([^>`]*)>`, expected corresponding closing tag for `<([^>`]*)>`/.exec(reason);
  if (m) return say(`closes <${m[2]}> with </${m[1]}>`, `close it with </${m[2]}>, or end <${m[2]} …> with />`);
  if (/^Unexpected character after `<`/.test(reason) || /^Unexpected character .* before name/.test(reason)) {
    const tag = /^<([A-Z][\w.]*)/.exec(here);
    if (tag) {
      // A component tag the compiler could not read: say which part is wrong.
      const rest = content.slice(content.split('\n').slice(0, line - 1).join('\n').length + (line > 1 ? 1 : 0) + column - 1).split(/\n\s*\n/)[0] ?? '';
      const open = rest.slice(0, rest.search(/\/?>|$/));
      // Curly quotes, as a word processor or smart punctuation types them: MDX takes only straight ones.
      if (/=\s*[“”‘’]/.test(open)) return say(`has a <${tag[1]}> tag with a value in curly quotes`, 'use straight quotes " " instead of curly “ ”, as in id="…"');
      if (/=\s*[^\s"'{]/.test(open)) return say(`has a <${tag[1]}> tag with a value that is not in quotes`, `put each value in quotes, as in id="…"`);
      if (((open.match(/"/g) ?? []).length % 2) + ((open.match(/'/g) ?? []).length % 2) > 0) return say(`has a <${tag[1]}> tag with a quote that is never closed`, 'end each value with the same quote mark it starts with');
      return say(`has a <${tag[1]}> tag that is not closed`, `end the tag with />, as in ${knownTags.get(tag[1]!) ?? `<${tag[1]} />`}`);
    }
    if (/^<\s*[\d$.=]/.test(here)) return say('has "<" before a number, which MDX reads as the start of a tag', 'write "less than" in words, or write &lt; instead of <');
    return say('has a "<" that MDX reads as the start of a tag', "write &lt; or 'less than'");
  }
  if (/^Unexpected end of file in expression/.test(reason) || /closing brace for `\{`/.test(reason)) {
    return say('has a "{" that is never closed, which MDX reads as the start of code', 'write &#123; to print a brace, or remove it');
  }
  if (/^Could not parse expression/.test(reason)) {
    return say('has text in braces { } that MDX reads as code and cannot run', 'remove the braces, or write &#123; and &#125; to print them; a comment is written {/* like this */}');
  }
  if (/^Unexpected end of file/.test(reason)) {
    return say('ends inside a tag or a brace that is never closed', 'end each tag with /> or its closing tag, and close each {');
  }
  const plain = reason.replace(/`/g, '"').replace(/\s*\(note:.*\)$/, '');
  return say(`has MDX that cannot be read (${plain.charAt(0).toLowerCase()}${plain.slice(1)})`, 'write each tag as <Name … /> or with its closing tag, and keep { } for {/* comments */}');
}

/** Depth-first walk; `visit` returns false to skip a node's children. */
export function walk(node: MdNode, visit: (n: MdNode, parent: MdNode | null) => boolean | void, parent: MdNode | null = null): void {
  if (visit(node, parent) === false) return;
  for (const c of node.children ?? []) walk(c, visit, node);
}

/** An attribute's value as written: a string (quotes of either kind), a string literal in braces, or why it cannot be read. */
export function attributeValue(a: MdAttribute): { value: string } | { problem: 'no-value' | 'expression' | 'spread'; text?: string } {
  if (a.type === 'mdxJsxExpressionAttribute') return { problem: 'spread', text: a.value };
  if (a.value === null || a.value === undefined) return { problem: 'no-value' };
  if (typeof a.value === 'string') return { value: a.value };
  const lit = /^\s*(?:"([^"\\]*)"|'([^'\\]*)'|`([^`\\$]*)`)\s*$/.exec(a.value.value);
  if (lit) return { value: lit[1] ?? lit[2] ?? lit[3] ?? '' };
  return { problem: 'expression', text: a.value.value };
}
