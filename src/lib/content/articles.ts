/**
 * Checks an article file: frontmatter against the article schema; the body
 * compiled by the build's own MDX compiler (src/lib/content/mdx.ts), so a
 * syntax error is named here rather than in a stack trace; every component
 * and its props against the tag rules (src/lib/mdx-registry.ts); and the
 * structure: prose present, no frontmatter field below the frontmatter, no
 * figure typed into the title, dek or alt text, links and anchors that
 * resolve, pictures that exist, and a hero that works.
 */
import { sourceRules } from '../schema/source.ts';
import { articleSchema, pageSchema } from '../schema/article.ts';
import { parseYaml } from './yaml-lines.ts';
import { CHART_TAGS, LEAD_CHART_TAGS, MDX_TAGS } from '../mdx-registry.ts';
import type { Problem } from './problems.ts';
import type { ContentModel } from './model.ts';
import { handTypedFigures } from './figures-in-text.ts';
import { attributeValue, blankFrontmatter, compileMdx, walk, type MdNode } from './mdx.ts';
import { fieldInWords } from './field-words.ts';

export { handTypedFigures };

/** Addresses the site itself uses; an article or page cannot take them. */
export const RESERVED_SLUGS = new Set(['sources', 'data', 'es', 'en', '404', 'index', 'sitemap-index', 'rss']);

export interface ArticleInfo {
  /** Path of the file, from the project root. */
  path: string;
  /** "article" (content/articles) or "page" (content/pages, such as About). */
  kind: 'article' | 'page';
  lang: string;
  slug: string;
  draft: boolean;
  figureIds: string[];
  tags: string[];
  /** Relative links to other pages ("../slug/#part"), checked once every article is known. */
  links: { line: number; column: number; target: string }[];
  /** The ids of the body's headings, as the build makes them (for links to "#part"). */
  anchors: string[];
  /** The lead visual named in the frontmatter, if any. */
  hero?: { src?: string | undefined; alt?: string | undefined; chart?: string | undefined } | undefined;
  /** Words of prose (tags and code excluded). */
  words: number;
  /** The body could not be compiled (reported in this file): its anchors are unknown, so links into it are not checked. */
  bodyFailed: boolean;
  /** An article's place in the list and its kind, with the lines they are written on (when the frontmatter is valid). */
  order?: { value: number; line: number; column: number } | undefined;
  pieceKind?: { value: 'main' | 'focus'; line: number; column: number } | undefined;
}

/** A file's text as the checks read it: a byte-order mark dropped and CRLF line endings made LF (lines keep their numbers). */
export function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/**
 * Split "---\nyaml\n---\nbody" and return the frontmatter, the body, the body's first line number and where
 * the closing "---" ends. A byte-order mark and CRLF line endings are accepted.
 */
export function splitFrontmatter(raw: string): { yaml: string | null; body: string; bodyStart: number; end: number } {
  const text = normalizeText(raw);
  const m = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
  if (!m) return { yaml: null, body: text, bodyStart: 1, end: 0 };
  const yamlLines = m[1]!.split('\n').length;
  return { yaml: m[1]!, body: text.slice(m[0].length), bodyStart: yamlLines + 3, end: m[0].replace(/\n$/, '').length };
}

/** Prose with tags, inline code and code fences blanked out (same length, same lines). */
export function proseOnly(body: string): string {
  let inFence = false;
  return body
    .split('\n')
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) {
        inFence = !inFence;
        return ' '.repeat(line.length);
      }
      if (inFence) return ' '.repeat(line.length);
      if (/^\s*(import|export)\s/.test(line)) return ' '.repeat(line.length);
      return line
        .replace(/`[^`]*`/g, (s) => ' '.repeat(s.length))
        .replace(/<\/?[A-Za-z][^<>]*>/g, (s) => ' '.repeat(s.length))
        .replace(/\]\([^)\s]*\)/g, (s) => ']' + ' '.repeat(s.length - 1))
        .replace(/https?:\/\/\S+/g, (s) => ' '.repeat(s.length));
    })
    .join('\n');
}

/** Words of prose in an MDX body (frontmatter, tags and code left out). */
export function countWords(text: string): number {
  return proseOnly(splitFrontmatter(text).body).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

const KINDS = {
  article: {
    schema: articleSchema,
    folder: 'content/articles',
    fields: 'title, short_title, dek, language, published, updated, authors, tags, kind, order, hero, corrections, draft',
    example: 'trip-at-a-glance.mdx',
  },
  page: { schema: pageSchema, folder: 'content/pages', fields: 'title, description, language', example: 'about.mdx' },
} as const;

/** What the check may look up on disk: whether a file under the project root exists. */
export interface ArticleContext {
  /** Does this path, from the project root ("public/images/a.webp"), exist? */
  exists?: ((path: string) => boolean) | undefined;
}

/** Picture files the site shows; the same list the hero's schema accepts. */
const PICTURE = /\.(?:avif|webp|png|jpe?g|svg)$/i;

/** Where a picture's address points on disk: a file in public/ (the only place pictures live), or why not. */
function pictureFile(src: string): { file: string } | { outside: true } | { bad: true } | { relative: true } {
  if (/^(?:https?:)?\/\//i.test(src)) return { outside: true };
  if (src.startsWith('/')) return { file: `public${safeDecode(src.split(/[?#]/)[0]!)}` };
  if (/^[a-z]+:/i.test(src)) return { bad: true };
  return { relative: true };
}

export function checkArticle(path: string, rawText: string, model: ContentModel, problems: Problem[], kind: 'article' | 'page' = 'article', ctx: ArticleContext = {}): ArticleInfo | null {
  const { schema, folder, fields, example } = KINDS[kind];
  const parts = path.split('/');
  const file = parts.slice(-1)[0] ?? '';
  const lang = parts.slice(-2)[0] ?? '';
  const slug = file.replace(/\.mdx$/, '');
  if (!/\.mdx$/.test(file)) {
    problems.push({ file: path, line: 1, message: 'is not an .mdx file', fix: 'save it as an .mdx file' });
    return null;
  }
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) problems.push({ file: path, line: 1, message: `has file name "${file}", which is not kebab-case`, fix: `rename it to lower-case words joined by hyphens, for example ${example}` });
  if (RESERVED_SLUGS.has(slug)) problems.push({ file: path, line: 1, message: `uses the name "${slug}", which the site already uses for another page`, fix: 'choose another file name' });
  if (lang !== 'en' && lang !== 'es') problems.push({ file: path, line: 1, message: `is in the folder "${lang}", which is not a language of the site`, fix: `move it to ${folder}/en or ${folder}/es` });

  const text = normalizeText(rawText);
  const { yaml, body, bodyStart, end } = splitFrontmatter(text);
  const exists = ctx.exists;
  let draft = false;
  let order: ArticleInfo['order'];
  let pieceKind: ArticleInfo['pieceKind'];
  let hero: ArticleInfo['hero'];
  let heroLine: { line: number; column: number } | undefined;
  /** Frontmatter text fields that must not carry a typed figure, with where they sit. */
  const frontText: { words: string; value: string; line: number; column: number }[] = [];
  if (yaml === null) {
    problems.push({ file: path, line: 1, message: 'has no frontmatter', fix: `start the file with a block between two "---" lines holding ${fields} (see docs/editing.md)` });
  } else {
    const y = parseYaml(yaml);
    for (const e of y.errors) problems.push({ file: path, line: e.line + 1, column: e.column, message: `has frontmatter that is not valid YAML (${e.message})`, fix: 'check the indentation, the colons, and put text containing a colon in quotes' });
    if (!y.errors.length) {
      const data = (y.data && typeof y.data === 'object' ? y.data : {}) as Record<string, unknown>;
      const parsed = schema.safeParse(y.data ?? {});
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const keyPath = issue.path.filter((p): p is string | number => typeof p === 'string' || typeof p === 'number');
          const p = y.pos(keyPath);
          const words = fieldInWords(keyPath);
          let message = issue.message;
          let fix = '';
          if (issue.code === 'unrecognized_keys') {
            const keys = (issue as { keys?: string[] }).keys ?? [];
            const where = keyPath.length ? ` in ${words}` : '';
            message = `has unknown field${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"`).join(', ')}${where}`;
            fix = keyPath[0] === 'hero' ? 'write the hero as { src, alt } (with an optional credit) or { chart }' : `check the spelling; allowed fields are ${fields}`;
            const kp = y.pos([...keyPath, keys[0] ?? '']);
            problems.push({ file: path, line: kp.line + 1, column: kp.column, message, fix });
            continue;
          }
          if (/^Invalid input: expected/.test(message)) message = `has the wrong kind of value (${message.replace(/^Invalid input: /, '')})`;
          if (keyPath.length === 1 && !(String(keyPath[0]) in data)) {
            const field = String(keyPath[0]);
            // The schema's message says what a wrong value is; for a missing one only its example helps.
            const example = /\bwrite it like (\S+?)[.,;]?$/.exec(issue.message)?.[1];
            const fix = /^is required: /.test(issue.message)
              ? `add "${field}: ..." to the frontmatter (${words} ${issue.message.replace(/^is required: /, 'is ')})`
              : `add "${field}: ..." to the frontmatter${example ? `, written like ${example}` : ''}`;
            problems.push({ file: path, line: p.line + 1, column: p.column, message: `is missing the field "${field}"`, fix });
            continue;
          }
          let value: unknown = y.data;
          for (const k of keyPath) value = value && typeof value === 'object' ? (value as Record<string | number, unknown>)[k] : undefined;
          if ((issue.code === 'too_big' || issue.code === 'too_small') && typeof value === 'string') message = message.replace(/^(is too (?:long|short))(:.*)?$/, (_, a: string, b: string | undefined) => `${a} (it has ${value.length} character${value.length === 1 ? '' : 's'})${b ?? ''}`);
          const m = `${words} ${message}`;
          const split = /^(.*?): ((?:add|keep|write|use|describe|check|say|put|make|change|remove|choose|leave|move)\b.*)$/.exec(m);
          if (split) {
            problems.push({ file: path, line: p.line + 1, column: p.column, message: split[1]!, fix: split[2]! });
            continue;
          }
          const hint = /\b(?:write|use|add|keep|describe)\b[^.]*/i.exec(issue.message)?.[0];
          fix = hint ?? (/^must be /.test(message) ? message.replace(/^must be /, 'change it to ') : 'see docs/editing.md for what this field takes');
          problems.push({ file: path, line: p.line + 1, column: p.column, message: m, fix });
        }
      } else {
        const d = parsed.data as Record<string, unknown> & { language: string; draft?: boolean };
        draft = typeof d.draft === 'boolean' ? d.draft : false;
        if (d.language !== lang && (lang === 'en' || lang === 'es')) {
          const p = y.pos(['language']);
          problems.push({ file: path, line: p.line + 1, column: p.column, message: `says language "${d.language}" but is in the folder ${folder}/${lang}`, fix: `write language: ${lang}, or move the file to ${folder}/${d.language}` });
        }
        if (kind === 'article') {
          const o = y.pos(['order']);
          const k = y.pos(['kind']);
          order = { value: d.order as number, line: o.line + 1, column: o.column };
          pieceKind = { value: d.kind as 'main' | 'focus', line: k.line + 1, column: k.column };
          // A correction cannot come before the piece it corrects was published.
          const corrections = (d.corrections ?? []) as { date: string }[];
          corrections.forEach((c, i) => {
            if (String(c.date) < String(d.published)) {
              const p = y.pos(['corrections', i, 'date']);
              problems.push({ file: path, line: p.line + 1, column: p.column, message: `has a correction dated ${String(c.date)}, before the article was published (${String(d.published)})`, fix: `write the day the correction was made, on or after ${String(d.published)}` });
            }
          });
        }
        if (d.hero && typeof d.hero === 'object') {
          hero = d.hero as NonNullable<ArticleInfo['hero']>;
          const p = y.pos(['hero']);
          heroLine = { line: p.line + 1, column: p.column };
        }
      }
      // Figures typed into the words readers see first (they cannot print a <Num>).
      const at = (keys: (string | number)[], value: unknown) => {
        if (typeof value !== 'string') return;
        const p = y.pos(keys);
        frontText.push({ words: fieldInWords(keys), value, line: p.line + 1, column: p.column });
      };
      for (const key of ['title', 'short_title', 'dek', 'description']) at([key], data[key]);
      const h = data.hero as Record<string, unknown> | undefined;
      if (h && typeof h === 'object') at(['hero', 'alt'], h.alt);
    }
  }
  const yamlLines = (yaml ?? '').split('\n');
  for (const f of frontText) {
    for (const typed of handTypedFigures(f.value)) {
      // Point at the figure itself when the value sits on one line (after its opening quote, if any).
      const raw = yamlLines[f.line - 2] ?? '';
      const quoted = /["']/.test(raw.charAt(f.column - 1)) ? 1 : 0;
      const column = typed.line === 1 && raw.slice(f.column - 1 + quoted).startsWith(f.value.split('\n')[0]!.slice(0, 20)) ? f.column + quoted + typed.column - 1 : f.column;
      problems.push({ file: path, line: f.line, column, message: `has the figure "${typed.text}" typed into ${f.words}`, fix: 'leave the number out and say it in words: the text prints figures from the data with <Num id="…" />' });
    }
  }

  const figureIds: string[] = [];
  const tagNames: string[] = [];
  const links: ArticleInfo['links'] = [];
  const anchorLinks: { line: number; column: number; id: string }[] = [];
  const pictures: { line: number; column: number; src: string }[] = [];
  if (hero?.src && heroLine) pictures.push({ ...heroLine, src: hero.src });
  const knownTags = new Map(Object.entries(MDX_TAGS).map(([name, spec]) => [name, spec.example]));
  const source = blankFrontmatter(text, end);
  const compiled = compileMdx(source, knownTags);
  const lines = source.split('\n');
  const push = (where: { line: number; column: number }, message: string, fix: string) => problems.push({ file: path, line: where.line, column: where.column, message, fix });
  let proseWords = 0;
  /** Where the heading being read ends: its words are not prose (an article of headings and charts is still empty). */
  let headingEnd = -1;
  /** Line and column of `name=` inside a tag (a tag may run over several lines), else the tag's start. */
  const attrWhere = (n: MdNode, name: string) => {
    const start = n.position!.start;
    const from = start.offset ?? 0;
    const slice = source.slice(from, n.position!.end.offset ?? from);
    const i = slice.search(new RegExp(`(?<![\\w-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*=`));
    const before = source.slice(0, from + i).split('\n');
    // On the tag's own line the tag is named; on a later line (a tag split over lines), the attribute.
    if (i <= 0 || before.length === start.line) return { line: start.line, column: start.column };
    return { line: before.length, column: before[before.length - 1]!.length + 1 };
  };

  if (compiled.error) {
    push(compiled.error, compiled.error.message, compiled.error.fix);
  } else if (compiled.tree) {
    const fieldNames = fields.split(', ');
    const fieldLine = new RegExp(`^\\s*(${fieldNames.join('|')})\\s*:(?:\\s|$)`);
    walk(compiled.tree, (n, parent) => {
      const where = n.position ? { line: n.position.start.line, column: n.position.start.column } : { line: bodyStart, column: 1 };
      switch (n.type) {
        case 'code':
        case 'inlineCode':
          return false;
        case 'mdxjsEsm':
          push(where, 'has an import or export line', "remove it: the site's components work in the text without importing them");
          return false;
        case 'mdxFlowExpression':
        case 'mdxTextExpression': {
          const code = String(n.value ?? '').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '').trim();
          if (code) push(where, 'has a "{" in the text, which MDX reads as code', 'remove it, or write &#123; for { and &#125; for }; a comment is written {/* like this */}');
          return false;
        }
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement':
          checkTag(n, where);
          return n.name === null || n.name === undefined || /^[a-z]/.test(n.name);
        case 'heading':
          headingEnd = n.position?.end.offset ?? -1;
          if (n.depth === 1) push(where, 'has a level-1 heading "# …" in the text', 'the title is the page’s only level-1 heading: use ## for a section');
          // A component in a heading prints nothing into the heading's text or its id (links to it would miss).
          walk(n, (c) => {
            if ((c.type === 'mdxJsxTextElement' || c.type === 'mdxJsxFlowElement') && c.name && /^[A-Z]/.test(c.name)) {
              const at = c.position ? { line: c.position.start.line, column: c.position.start.column } : where;
              const what = c.name === 'Num' ? 'the number' : c.name === 'Cite' ? 'the citation' : `the <${c.name}>`;
              push(at, `has <${c.name}> in a heading: a heading holds plain words only`, `write ${what} in the paragraph under it`);
            }
          });
          return true;
        case 'paragraph': {
          // "##Heading" with no space is not a heading but a paragraph that prints the #s.
          const startsAt = n.position!.start.offset ?? 0;
          if (/^#{1,6}\p{L}/u.test(source.slice(startsAt, startsAt + 8))) push(where, 'has a heading without a space after its #s, which prints as text', 'put a space after ##, as in "## Heading"');
          // A frontmatter field typed below the closing "---" is printed as a paragraph.
          const s = n.position!.start.line;
          for (let l = s; l <= n.position!.end.line; l++) {
            const fm = fieldLine.exec(lines[l - 1] ?? '');
            if (fm) {
              push({ line: l, column: lines[l - 1]!.search(/\S/) + 1 }, `has the frontmatter field "${fm[1]}" below the frontmatter, where it is printed as text`, 'move the line up, between the two "---" lines at the top of the file');
              break;
            }
          }
          return true;
        }
        case 'text': {
          if (parent?.type === 'link' && (parent.url === n.value || `mailto:${String(n.value)}` === parent.url)) return false;
          const raw = n.position ? source.slice(n.position.start.offset ?? 0, n.position.end.offset ?? 0) : String(n.value ?? '');
          if ((n.position?.start.offset ?? 0) >= headingEnd) proseWords += raw.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
          // A link the compiler could not read stays as text: "[words](../page/" with no ")", or "[words] (../page/)".
          // The tree has no link node for it, so the text node's own words are searched.
          const broken = /\]\([^)]*$/.exec(raw) ?? /\[[^\]\n]*\][ \t]+\(/.exec(raw);
          if (broken) {
            const at = broken[0].startsWith('[') ? broken.index + broken[0].indexOf(']') : broken.index;
            const before = raw.slice(0, at).split('\n');
            const line = where.line + before.length - 1;
            const column = before.length === 1 ? where.column + at : before[before.length - 1]!.length + 1;
            push({ line, column }, 'has a link that is not written right and prints as text', 'write [words](../page/) with no space and the closing )');
          }
          for (const f of handTypedFigures(raw)) {
            const line = where.line + f.line - 1;
            const column = f.line === 1 ? where.column + f.column - 1 : f.column;
            push({ line, column }, `has the figure "${f.text}" typed into the text`, 'print it from the data with <Num id="..." /> (add the figure to content/figures.yaml if it is not there yet)');
          }
          return false;
        }
        case 'image':
          if (n.alt) {
            for (const f of handTypedFigures(n.alt)) push(where, `has the figure "${f.text}" typed into a picture's alt text`, 'describe the picture in words, without the number');
          }
          if (!n.alt || n.alt.trim().length < 5) push(where, 'has a picture without alt text', 'describe it between the brackets: ![what the picture shows](/images/name.webp)');
          pictures.push({ ...where, src: n.url ?? '' });
          return false;
        case 'link':
        case 'definition': {
          const target = n.url ?? '';
          // The column of the address itself, as "](" ends.
          const raw = n.position ? source.slice(n.position.start.offset ?? 0, n.position.end.offset ?? 0) : '';
          const paren = n.type === 'link' ? raw.lastIndexOf('](') : -1;
          const at = paren >= 0 && !raw.slice(0, paren).includes('\n') ? { line: where.line, column: where.column + paren + 1 } : where;
          if (target.startsWith('#')) anchorLinks.push({ ...at, id: safeDecode(target.slice(1)) });
          else if (target.startsWith('/')) push(at, `links to "${target}", a path from the site root, which breaks when the site is served under a sub-path`, 'link to another article as ../its-file-name/ (and to the sources page as ../sources/)');
          else if (/^https?:/.test(target)) push(at, `links to the outside page "${target}" directly`, 'add it to content/sources.yaml and cite it with <Cite id="..." />, so it is listed in the Sources section');
          else if (!/^mailto:/.test(target)) links.push({ ...at, target });
          return true;
        }
        default:
          return true;
      }
    });
    if (proseWords === 0 && !draft) {
      if (kind === 'article') push({ line: bodyStart, column: 1 }, 'has no text: an article needs prose, not only frontmatter and components', 'write the text below the closing "---", or delete the file if it is not ready (or set draft: true)');
      else push({ line: bodyStart, column: 1 }, 'has no text below the frontmatter', 'write the text of the page below the closing "---", or delete the file');
    }
  }

  function checkTag(n: MdNode, where: { line: number; column: number }): void {
    const name = n.name;
    if (name === null || name === undefined) {
      push(where, 'has an empty tag "<>"', 'remove "<>" and "</>": the text needs no wrapper');
      return;
    }
    if (/^[a-z]/.test(name)) {
      // Plain HTML: only a picture needs checking.
      if (name === 'img') {
        const attrs = Object.fromEntries((n.attributes ?? []).flatMap((a) => (a.type === 'mdxJsxAttribute' ? [[a.name, attributeValue(a)] as const] : [])));
        const src = attrs.src && 'value' in attrs.src ? attrs.src.value : '';
        const alt = attrs.alt && 'value' in attrs.alt ? attrs.alt.value : '';
        if (!alt || alt.trim().length < 5) push(where, 'has an <img> without alt text', 'add alt="what the picture shows"');
        for (const f of handTypedFigures(alt)) push(where, `has the figure "${f.text}" typed into a picture's alt text`, 'describe the picture in words, without the number');
        if (src) pictures.push({ ...where, src });
        else push(where, 'has an <img> without src', 'add src="/images/name.webp", a file in public/images/');
      }
      return;
    }
    const spec = Object.hasOwn(MDX_TAGS, name) ? MDX_TAGS[name] : undefined;
    if (!spec) {
      push(where, `uses <${name}>, which is not a component the site knows`, `check the spelling; available components: ${Object.keys(MDX_TAGS).map((t) => `<${t}>`).join(', ')}`);
      return;
    }
    tagNames.push(name);
    if ((n.children ?? []).length) push(where, `has text inside <${name}>…</${name}>, which the component does not show`, `write it as ${spec.example}, with the text outside the tag`);
    const given = new Map<string, string>();
    for (const a of n.attributes ?? []) {
      const v = attributeValue(a);
      if (a.type === 'mdxJsxExpressionAttribute') {
        push(where, `has {${a.value}} on <${name}>, which the check cannot read`, `write each attribute as name="value", for example ${spec.example}`);
        continue;
      }
      const aw = attrWhere(n, a.name);
      const rule = spec.attrs[a.name];
      if (!rule) {
        const allowed = Object.keys(spec.attrs);
        push(aw, `has a <${name}> tag with an unknown attribute "${a.name}"`, allowed.length ? `use only: ${allowed.join(', ')}` : `write it as ${spec.example}, with no attributes`);
        continue;
      }
      if ('problem' in v) {
        push(aw, v.problem === 'no-value' ? `has the attribute "${a.name}" on <${name}> with no value` : `has ${a.name}={${v.text}} on <${name}>, which the check cannot read`, `write it as ${a.name}="…" in quotes, for example ${spec.example}`);
        given.set(a.name, '');
        continue;
      }
      given.set(a.name, v.value);
      const value = v.value;
      if (value !== value.trim()) {
        if (rule.kind === 'figure') figureIds.push(value.trim());
        push(aw, `has ${a.name}="${value}" on <${name}>, with a space inside the quotes`, `remove the space inside the quotes: ${a.name}="${value.trim()}"`);
        continue;
      }
      if (rule.kind === 'figure') {
        figureIds.push(value);
        if (!model.figures.has(value) && !model.brokenFigures.has(value)) push(aw, `uses the figure "${value}", which is not in content/figures.yaml`, `check the spelling, or add a figure with "id: ${value}" to content/figures.yaml`);
      } else if (rule.kind === 'source') {
        // A source in a file that could not be read is reported there, not again at every citation.
        if (!model.sources.has(value) && !model.brokenSources.has(value)) {
          const u = sourceRules.unknown(value);
          push(aw, `cites the source "${value}", ${u.message}`, `check the spelling, or ${u.fix.replace(/, or correct the id$/, '')}`);
        }
      } else if (typeof rule.kind === 'object' && !rule.kind.oneOf.includes(value)) {
        push(aw, `has ${a.name}="${value}" on <${name}>`, `use one of: ${rule.kind.oneOf.join(', ')}`);
      }
    }
    for (const [attr, rule] of Object.entries(spec.attrs)) {
      if (rule.required && !given.has(attr)) push(where, `has a <${name}> tag without the "${attr}" attribute`, `write it like ${spec.example}`);
    }
  }

  // Pictures: in public/ (or beside the file), never from another site (the security policy blocks them).
  for (const pic of pictures) {
    const target = pictureFile(pic.src);
    if ('outside' in target) push(pic, `shows the picture "${pic.src}" from another site, which the site's security policy blocks`, 'save the picture in public/images/ and write its path, for example /images/name.webp');
    else if ('relative' in target) push(pic, `shows the picture "${pic.src}" by a path that does not start with "/"`, 'save the picture in public/images/ and write its path from public/, for example /images/name.webp');
    else if ('bad' in target || !PICTURE.test(pic.src.split(/[?#]/)[0]!)) push(pic, `shows "${pic.src}", which is not a picture file`, 'use a .webp, .avif, .png, .jpg or .svg file in public/images/');
    else if (exists && !exists(target.file)) push(pic, `shows the picture "${pic.src}", but ${target.file} does not exist`, `save the picture as ${target.file}, or correct the path`);
  }
  // The hero: a chart must be one the piece places, and one that can lead (it draws a thumbnail).
  if (hero?.chart && heroLine && !compiled.error) {
    const placed = [...new Set(tagNames.filter((t) => LEAD_CHART_TAGS.has(t)))];
    const choose = placed.length ? `use one of the charts the text places: ${placed.join(', ')}` : 'use a picture instead: hero: { src, alt }';
    if (!CHART_TAGS.has(hero.chart)) push(heroLine, `names "${hero.chart}" as its hero, which is not a chart`, choose);
    else if (!LEAD_CHART_TAGS.has(hero.chart)) push(heroLine, `names ${hero.chart} as its hero, a chart that has no small version for the front page`, choose);
    else if (!placed.includes(hero.chart)) push(heroLine, `names ${hero.chart} as its hero, but the text does not place it`, placed.length ? choose : `place the chart in the text (for example <${hero.chart} />), or use a picture: hero: { src, alt }`);
  }
  // Same-page anchors, against the heading ids the build makes.
  const anchors = compiled.headings.map((h) => h.slug);
  for (const l of anchorLinks) {
    if (!anchors.includes(l.id) && !LAYOUT_ANCHORS.has(l.id)) push(l, `links to "#${l.id}", which is not a heading in this ${kind === 'article' ? 'article' : 'page'}`, anchorFix(anchors, l.id));
  }

  const words = countWords(body);
  return { path, kind, lang, slug, draft, figureIds, tags: tagNames, links, anchors, hero, words, bodyFailed: compiled.error !== null, order, pieceKind };
}

/** A percent-encoded part of an address in plain letters ("andr%C3%A9s" -> "andrés"); left as it is when it is not valid. */
export function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Ids the page layout gives every article, besides its headings. */
export const LAYOUT_ANCHORS = new Set(['sources']);

/** Edit distance, for suggesting the heading a mistyped anchor meant. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

/** The fix for a link to a heading that does not exist: the nearest ids there are (all of them when few). */
export function anchorFix(anchors: string[], wanted = ''): string {
  if (!anchors.length) return 'remove the #part: that page has no headings to link to';
  const near = anchors.length <= 6 ? anchors : [...anchors].sort((x, y) => score(x) - score(y)).slice(0, 3);
  function score(a: string): number {
    return a.includes(wanted) || wanted.includes(a) ? -1 : distance(a, wanted);
  }
  return `link to ${anchors.length <= 6 ? 'one of its headings' : 'the heading you mean, for example'}: ${near.map((a) => `#${a}`).join(', ')}`;
}
