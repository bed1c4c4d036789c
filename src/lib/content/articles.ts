/**
 * Checks an article file: frontmatter against the article schema, tags
 * against the component list, figure ids against figures.yaml, and the MDX
 * traps in prose (`<5%`, a stray `{`, figures typed by hand).
 */
import { articleSchema, pageSchema } from '../schema/article.ts';
import { parseYaml } from './yaml-lines.ts';
import { MDX_TAGS, findTags } from '../mdx-registry.ts';
import type { Problem } from './problems.ts';
import type { ContentModel } from './model.ts';
import { handTypedFigures } from './figures-in-text.ts';

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
  /** Words of prose (tags and code excluded). */
  words: number;
}

/** Split "---\nyaml\n---\nbody" and return the frontmatter, the body and the body's first line number. */
export function splitFrontmatter(text: string): { yaml: string | null; body: string; bodyStart: number } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!m) return { yaml: null, body: text, bodyStart: 1 };
  const yamlLines = m[1]!.split('\n').length;
  return { yaml: m[1]!, body: text.slice(m[0].length), bodyStart: yamlLines + 3 };
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

export function checkArticle(path: string, text: string, model: ContentModel, problems: Problem[], kind: 'article' | 'page' = 'article'): ArticleInfo | null {
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

  const { yaml, body, bodyStart } = splitFrontmatter(text);
  let draft = false;
  if (yaml === null) {
    problems.push({ file: path, line: 1, message: 'has no frontmatter', fix: `start the file with a block between two "---" lines holding ${fields} (see docs/editing.md)` });
  } else {
    const y = parseYaml(yaml);
    for (const e of y.errors) problems.push({ file: path, line: e.line + 1, column: e.column, message: `has frontmatter that is not valid YAML (${e.message})`, fix: 'check the indentation, the colons, and put text containing a colon in quotes' });
    if (!y.errors.length) {
      const parsed = schema.safeParse(y.data ?? {});
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const keyPath = issue.path.filter((p): p is string | number => typeof p === 'string' || typeof p === 'number');
          const p = y.pos(keyPath);
          const field = keyPath.join('.') || 'frontmatter';
          let message = issue.message;
          let fix = 'correct the value as described';
          if (issue.code === 'unrecognized_keys') {
            const keys = (issue as { keys?: string[] }).keys ?? [];
            message = `has unknown field${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"`).join(', ')}`;
            fix = `check the spelling; allowed fields are ${fields}`;
            const kp = y.pos([keys[0] ?? '']);
            problems.push({ file: path, line: kp.line + 1, column: kp.column, message, fix });
            continue;
          }
          if (/^is |^must |^needs |^Invalid|^Expected/i.test(message)) {
            if (/^Invalid input: expected/.test(message)) message = `has the wrong kind of value (${message.replace(/^Invalid input: /, '')})`;
            if (!(field in ((y.data as Record<string, unknown>) ?? {})) && keyPath.length === 1) {
              message = `is missing the field "${field}"`;
              fix = `add "${field}: ..." to the frontmatter (${issue.message})`;
            }
          }
          let value: unknown = y.data;
          for (const k of keyPath) value = value && typeof value === 'object' ? (value as Record<string | number, unknown>)[k] : undefined;
          if ((issue.code === 'too_big' || issue.code === 'too_small') && typeof value === 'string') message = `${message.replace(/:.*$/, '')} (it has ${value.length} characters)`;
          const m = message.startsWith('is missing') ? message : `field "${field}" ${message}`;
          const split = /^(.*?): ((?:add|keep|write|use|describe|must)\b.*)$/.exec(m);
          if (split) {
            problems.push({ file: path, line: p.line + 1, column: p.column, message: split[1]!, fix: split[2]! });
            continue;
          }
          if (fix === 'correct the value as described') {
            const hint = /(?:must|write|use|add|keep|describe)[^.]*/i.exec(issue.message)?.[0];
            fix = hint ? hint : 'correct the value';
          }
          problems.push({ file: path, line: p.line + 1, column: p.column, message: m, fix });
        }
      } else {
        draft = 'draft' in parsed.data ? parsed.data.draft : false;
        if (parsed.data.language !== lang && (lang === 'en' || lang === 'es')) {
          const p = y.pos(['language']);
          problems.push({ file: path, line: p.line + 1, column: p.column, message: `says language "${parsed.data.language}" but is in the folder ${folder}/${lang}`, fix: `write language: ${lang}, or move the file to ${folder}/${parsed.data.language}` });
        }
      }
    }
  }

  const figureIds: string[] = [];
  const tagNames: string[] = [];
  for (const use of findTags(body, bodyStart - 1)) {
    const spec = Object.hasOwn(MDX_TAGS, use.name) ? MDX_TAGS[use.name] : undefined;
    if (!spec) {
      problems.push({ file: path, line: use.line, column: use.column, message: `uses <${use.name}>, which is not a component the site knows`, fix: `check the spelling; available components: ${Object.keys(MDX_TAGS).map((n) => `<${n}>`).join(', ')}` });
      continue;
    }
    tagNames.push(use.name);
    if (use.malformed) problems.push({ file: path, line: use.line, column: use.column, message: `has a <${use.name}> tag whose attributes cannot be read`, fix: `write attributes as name="value", for example ${spec.example}` });
    for (const [name, a] of Object.entries(spec.attrs)) {
      if (a.required && !(name in use.attrs)) problems.push({ file: path, line: use.line, column: use.column, message: `has a <${use.name}> tag without the "${name}" attribute`, fix: `write it like ${spec.example}` });
    }
    for (const [name, value] of Object.entries(use.attrs)) {
      const a = spec.attrs[name];
      if (!a) {
        const allowed = Object.keys(spec.attrs);
        problems.push({ file: path, line: use.line, column: use.column, message: `has a <${use.name}> tag with an unknown attribute "${name}"`, fix: allowed.length ? `use only: ${allowed.join(', ')}` : `write it as ${spec.example}, with no attributes` });
        continue;
      }
      if (a.kind === 'figure') {
        figureIds.push(value);
        if (!model.figures.has(value) && !model.brokenFigures.has(value)) problems.push({ file: path, line: use.line, column: use.column, message: `uses the figure "${value}", which is not in content/figures.yaml`, fix: `check the spelling, or add a figure with "id: ${value}" to content/figures.yaml` });
      } else if (a.kind === 'source') {
        if (!model.sources.has(value)) problems.push({ file: path, line: use.line, column: use.column, message: `cites the source "${value}", which is not in content/sources.yaml`, fix: `check the spelling, or add a source with "id: ${value}" to content/sources.yaml` });
      } else if (typeof a.kind === 'object' && !a.kind.oneOf.includes(value)) {
        problems.push({ file: path, line: use.line, column: use.column, message: `has ${name}="${value}" on <${use.name}>`, fix: `use one of: ${a.kind.oneOf.join(', ')}` });
      }
    }
  }

  // MDX traps and hand-typed figures, in prose only.
  const prose = proseOnly(body);
  prose.split('\n').forEach((line, i) => {
    const ln = i + bodyStart;
    for (const m of line.matchAll(/<\s*(?=[\d$.=])/g)) {
      problems.push({ file: path, line: ln, column: (m.index ?? 0) + 1, message: 'has "<" before a number, which MDX reads as the start of a tag', fix: 'write "less than" in words, or write &lt; instead of <' });
    }
    for (const m of line.matchAll(/[{}]/g)) {
      problems.push({ file: path, line: ln, column: (m.index ?? 0) + 1, message: `has a "${m[0]}" in the text, which MDX reads as code`, fix: 'remove it, or write &#123; for { and &#125; for }' });
    }
  });
  for (const f of handTypedFigures(prose)) {
    problems.push({ file: path, line: f.line + bodyStart - 1, column: f.column, message: `has the figure "${f.text}" typed into the text`, fix: 'print it from the data with <Num id="..." /> (add the figure to content/figures.yaml if it is not there yet)' });
  }
  const links: ArticleInfo['links'] = [];
  let fence = false;
  body.split('\n').forEach((line, i) => {
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    if (fence) return;
    for (const m of line.matchAll(/\]\(([^)\s]+)\)/g)) {
      const target = m[1]!;
      const where = { line: i + bodyStart, column: (m.index ?? 0) + 2 };
      if (target.startsWith('/')) {
        problems.push({ file: path, ...where, message: `links to "${target}", a path from the site root, which breaks when the site is served under a sub-path`, fix: 'link to another article as ../its-file-name/ (and to the sources page as ../sources/)' });
      } else if (/^https?:/.test(target)) {
        problems.push({ file: path, ...where, message: `links to the outside page "${target}" directly`, fix: 'add it to content/sources.yaml and cite it with <Cite id="..." />, so it is listed in the Sources section' });
      } else if (!/^(mailto:|#)/.test(target)) {
        links.push({ ...where, target });
      }
    }
  });
  const words = countWords(body);
  return { path, kind, lang, slug, draft, figureIds, tags: tagNames, links, words };
}
