/**
 * content/cards.yaml: the key figure each piece shows on its share card (the
 * 1200×630 picture a chat app or social feed displays with a link). Keyed by
 * the piece's file name; one entry serves both languages, so it carries a
 * caption in each. A piece with no entry gets a card with its headline and dek.
 */
import { parseYaml, yamlProblem } from './yaml-lines.ts';
import { handTypedFigures } from './figures-in-text.ts';
import type { Problem } from './problems.ts';
import type { ContentModel } from './model.ts';

export interface CardFigure {
  /** A figure id from content/figures*.yaml. */
  figure: string;
  caption: string;
  caption_es?: string | undefined;
}

/** File name of the piece ("border-numbers") -> its card figure. */
export type CardsConfig = Map<string, CardFigure>;

const FILE = 'content/cards.yaml';

/**
 * Check content/cards.yaml against the figures and the pieces that exist.
 * `pieces` lists every article and page as { lang, slug }.
 */
export function checkCards(text: string | undefined, model: ContentModel, pieces: { lang: string; slug: string }[], problems: Problem[]): CardsConfig {
  const out: CardsConfig = new Map();
  if (text === undefined) return out; // optional: every card then shows headline and dek
  const y = parseYaml(text);
  const yamlError = yamlProblem(FILE, y);
  if (yamlError) {
    problems.push(yamlError);
    return out;
  }
  const data = (y.data ?? {}) as Record<string, unknown>;
  const bad = (path: (string | number)[], message: string, fix: string) => {
    const p = y.pos(path);
    problems.push({ file: FILE, line: p.line, column: p.column, message, fix });
  };
  const raw = data.pieces;
  if (raw === undefined || raw === null) return out;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    bad(['pieces'], '"pieces" is not a list of file names', 'write "pieces:" and under it one "file-name:" entry per piece, each with figure, caption and caption_es');
    return out;
  }
  for (const [slug, value] of Object.entries(raw as Record<string, unknown>)) {
    const langs = pieces.filter((p) => p.slug === slug).map((p) => p.lang);
    if (langs.length === 0) {
      bad(['pieces', slug], `names "${slug}", which is not an article or page in content/`, 'use the file name of a piece without ".mdx", for example "border-numbers"');
      continue;
    }
    const v = (value ?? {}) as Record<string, unknown>;
    for (const key of Object.keys(v)) {
      if (!['figure', 'caption', 'caption_es'].includes(key)) bad(['pieces', slug, key], `the entry for "${slug}" has an unknown field "${key}"`, 'use only figure, caption and caption_es');
    }
    const figure = typeof v.figure === 'string' ? v.figure : '';
    if (!figure) bad(['pieces', slug], `the entry for "${slug}" has no figure`, 'add "figure: <id>" with an id from content/figures.yaml');
    else if (!model.figures.has(figure) && !model.brokenFigures.has(figure)) {
      bad(['pieces', slug, 'figure'], `the card of "${slug}" uses the figure "${figure}", which is not in content/figures.yaml`, 'check the spelling or add the figure to content/figures.yaml');
    }
    const caption = typeof v.caption === 'string' ? v.caption.trim() : '';
    const captionEs = typeof v.caption_es === 'string' ? v.caption_es.trim() : '';
    if (langs.includes('en') && !caption) bad(['pieces', slug], `the card of "${slug}" has no caption`, 'add "caption: ..." saying in a few words what the number is');
    if (langs.includes('es') && !captionEs) bad(['pieces', slug], `the card of "${slug}" has no caption_es, and the piece has a Spanish edition`, 'add "caption_es: ..." with the caption in Spanish');
    for (const [key, s] of [['caption', caption], ['caption_es', captionEs]] as const) {
      for (const f of handTypedFigures(s)) bad(['pieces', slug, key], `the ${key} of "${slug}" has the figure "${f.text}" typed into it`, 'keep numbers out of captions: the card prints the figure itself');
      if (s.length > 140) bad(['pieces', slug, key], `the ${key} of "${slug}" is too long for the card (${s.length} characters)`, 'keep it to 140 characters or fewer');
    }
    out.set(slug, { figure, caption, caption_es: captionEs || undefined });
  }
  return out;
}
