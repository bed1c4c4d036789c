/**
 * Build-time access to the validated data: sources, datasets and named
 * figures. Pages, charts and components read numbers only through here.
 * Any problem in content/ stops the build with the content check's messages.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent, type CheckResult } from './content/load.ts';
import { ContentError, isError } from './content/problems.ts';
import { formatFigure } from './format.ts';
import { FIGURE_TOKEN, rowSource, type ContentModel, type Dataset, type Figure, type Source } from './content/model.ts';
import type { HomeCopy } from './content/home.ts';
import type { CardsConfig } from './content/cards.ts';
import { MDX_TAGS, findTags, isTagName } from './mdx-registry.ts';

export type { Dataset, Figure, Source, SourceCopy, Row, Column, Cell } from './content/model.ts';

let cached: ContentModel | null = null;
let cachedHome: CheckResult['home'] = {};
let cachedCards: CardsConfig = new Map();
let cachedStamp = '';

/** Names, sizes and modification times of every file in content/: changes when an editor saves. */
function contentStamp(dir: string): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((e) => {
      const p = join(dir, e.name);
      if (e.isDirectory()) return contentStamp(p);
      const st = statSync(p);
      return `${p}:${st.size}:${st.mtimeMs}`;
    })
    .join('|');
}

/**
 * The validated content model, read once per build. In dev it is read again
 * only when a file in content/ has changed, so edits show at once.
 */
export function getModel(): ContentModel {
  if (cached && !import.meta.env?.DEV) return cached;
  if (cached) {
    const stamp = contentStamp(join(process.cwd(), 'content'));
    if (stamp === cachedStamp) return cached;
    cachedStamp = stamp;
  } else if (import.meta.env?.DEV) {
    cachedStamp = contentStamp(join(process.cwd(), 'content'));
  }
  const { model, problems, home, cards } = checkContent(process.cwd());
  cachedHome = home;
  cachedCards = cards;
  const errors = problems.filter(isError);
  if (errors.length) {
    if (import.meta.env?.DEV) {
      console.warn(new ContentError(errors).message);
    } else {
      throw new ContentError(errors);
    }
  }
  cached = model;
  return model;
}

/** The key figure of each piece's share card (content/cards.yaml), by file name. */
export function getCardFigures(): CardsConfig {
  getModel();
  return cachedCards;
}

/** The front page's words for a language (content/home.yaml). */
export function getHome(lang: 'en' | 'es'): HomeCopy | undefined {
  getModel();
  return cachedHome[lang];
}

export function getSource(id: string): Source {
  const s = getModel().sources.get(id);
  if (!s) throw new Error(`Unknown source "${id}": add it to content/sources.yaml`);
  return s;
}

/** A run of text and the language it is written in, so a page can mark runs in the other language. */
export interface LangText {
  text: string;
  lang: 'en' | 'es';
}

/** The publisher's name as a reader of `lang` sees it: the Spanish name on Spanish pages when there is one. */
export function sourcePublisher(s: Source, lang: 'en' | 'es'): LangText {
  if (lang === 'es' && s.publisherEs) return { text: s.publisherEs, lang: 'es' };
  return { text: s.publisher, lang: s.lang };
}

/** The source's title for a reader of `lang`: its own title, or the desk's Spanish description on Spanish pages. */
export function sourceTitle(s: Source, lang: 'en' | 'es'): LangText {
  // A title with a Spanish twin is the desk's own description, written in English.
  if (s.titleEs) return lang === 'es' ? { text: s.titleEs, lang: 'es' } : { text: s.title, lang: 'en' };
  return { text: s.title, lang: s.lang };
}

/** The name of the site whose copy the desk read, for a reader of `lang`. */
export function copyName(s: Source, lang: 'en' | 'es'): string | undefined {
  if (!s.via) return undefined;
  return lang === 'es' && s.via.nameEs ? s.via.nameEs : s.via.name;
}

/** The source's note in a language (both are required together by the content check). */
export function sourceNote(s: Source, lang: 'en' | 'es'): string | undefined {
  return lang === 'es' ? (s.noteEs ?? s.note) : s.note;
}

export function getDataset(id: string): Dataset {
  const d = getModel().datasets.get(id);
  if (!d) throw new Error(`Unknown dataset "${id}": add content/data/${id}.csv and ${id}.yaml`);
  return d;
}

/** A named figure, or undefined (the caller decides: warning box in dev, error in a build). */
export function findFigure(id: string): Figure | undefined {
  return getModel().figures.get(id);
}

export function allSources(): Source[] {
  return [...getModel().sources.values()].sort((a, b) => a.publisher.localeCompare(b.publisher) || a.title.localeCompare(b.title));
}

/** Every source a dataset cites: its own list plus each row's source. */
export function datasetSources(ds: Dataset): string[] {
  const ids = new Set(ds.sources);
  for (const r of ds.rows) {
    const s = rowSource(ds, r);
    if (s) ids.add(s);
  }
  return [...ids];
}

/** Sources an article cites, in order of first use, from its figures and charts. */
export function citedSources(body: string): Source[] {
  const model = getModel();
  const ids: string[] = [];
  const add = (id: string) => {
    if (id && !ids.includes(id)) ids.push(id);
  };
  for (const use of findTags(body)) {
    if (!isTagName(use.name)) continue;
    if (use.name === 'Num' && use.attrs.id) {
      const f = model.figures.get(use.attrs.id);
      if (f) add(f.source);
    }
    if (use.name === 'Cite' && use.attrs.id) add(use.attrs.id);
    for (const d of MDX_TAGS[use.name]?.datasets ?? []) {
      const ds = model.datasets.get(d);
      if (ds) datasetSources(ds).forEach(add);
    }
  }
  return ids.map((id) => model.sources.get(id)).filter((s): s is Source => Boolean(s));
}

/** For the /sources page: which figures and datasets use a source. */
export function usesOfSource(id: string): { figures: Figure[]; datasets: Dataset[] } {
  const model = getModel();
  return {
    figures: [...model.figures.values()].filter((f) => f.source === id),
    datasets: [...model.datasets.values()].filter((d) => datasetSources(d).includes(id)),
  };
}

/**
 * Replaces [[figure-id]] in a dataset's caveat or note, or in a figure's label
 * or note, with the formatted figure, so those texts read their numbers from
 * the data too.
 */
export function fillFigures(text: string, lang: 'en' | 'es'): string {
  return text.replace(FIGURE_TOKEN, (_m, id: string) => {
    const f = findFigure(id);
    if (!f) throw new Error(`Unknown figure [[${id}]] in a caveat, note or label: add it to content/figures.yaml`);
    return formatFigure(f.value, f.kind, lang, f.style);
  });
}

/** A dataset's caveats in the page's language (the content check makes sure every caveat has its Spanish twin), figures filled in. */
export function datasetCaveats(ds: Dataset, lang: 'en' | 'es'): string[] {
  return (lang === 'es' ? ds.caveatsEs : ds.caveats).map((c) => fillFigures(c, lang));
}

/* Reader-facing text of datasets and figures in the page's language. Components call these, never the raw fields. */

export function datasetTitle(ds: Dataset, lang: 'en' | 'es'): string {
  return lang === 'es' ? ds.titleEs : ds.title;
}

export function datasetDescription(ds: Dataset, lang: 'en' | 'es'): string {
  return lang === 'es' ? ds.descriptionEs : ds.description;
}

export function datasetUnit(ds: Dataset, lang: 'en' | 'es'): string {
  return lang === 'es' ? ds.unitEs : ds.unit;
}

export function datasetVintage(ds: Dataset, lang: 'en' | 'es'): string {
  return lang === 'es' ? ds.vintageEs : ds.vintage;
}

/** A dataset's notes in the page's language, figures filled in. */
export function datasetNotes(ds: Dataset, lang: 'en' | 'es'): string[] {
  return (lang === 'es' ? ds.notesEs : ds.notes).map((n) => fillFigures(n, lang));
}

/** The heading of a dataset column in the page's language. */
export function columnLabel(ds: Dataset, column: string, lang: 'en' | 'es'): string {
  const c = ds.columns.find((x) => x.name === column);
  if (!c) throw new Error(`Dataset "${ds.id}" has no column "${column}"`);
  return lang === 'es' ? c.labelEs : c.label;
}

/** What a named figure is, in the page's language (the hover text of a <Num>), figures filled in. */
export function figureLabel(f: Figure, lang: 'en' | 'es'): string {
  return fillFigures(lang === 'es' ? f.labelEs : f.label, lang);
}

/** A named figure's note in the page's language, if it has one, figures filled in. */
export function figureNote(f: Figure, lang: 'en' | 'es'): string | undefined {
  const n = lang === 'es' ? f.noteEs : f.note;
  return n ? fillFigures(n, lang) : undefined;
}
