/**
 * Build-time access to the validated data: sources, datasets and named
 * figures. Pages, charts and components read numbers only through here.
 * Any problem in content/ stops the build with the content check's messages.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent, type CheckResult } from './content/load.ts';
import { ContentError } from './content/problems.ts';
import { formatFigure } from './format.ts';
import { FIGURE_TOKEN, rowSource, type ContentModel, type Dataset, type Figure, type Source } from './content/model.ts';
import type { HomeCopy } from './content/home.ts';
import { MDX_TAGS, findTags, isTagName } from './mdx-registry.ts';

export type { Dataset, Figure, Source, Row, Column, Cell } from './content/model.ts';

let cached: ContentModel | null = null;
let cachedHome: CheckResult['home'] = {};
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
  const { model, problems, home } = checkContent(process.cwd());
  cachedHome = home;
  if (problems.length) {
    if (import.meta.env?.DEV) {
      console.warn(new ContentError(problems).message);
    } else {
      throw new ContentError(problems);
    }
  }
  cached = model;
  return model;
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
 * Replaces [[figure-id]] in a dataset's caveat with the formatted figure, so
 * caveats shown under charts read their numbers from the data too.
 */
export function fillFigures(text: string, lang: 'en' | 'es'): string {
  return text.replace(FIGURE_TOKEN, (_m, id: string) => {
    const f = findFigure(id);
    if (!f) throw new Error(`Unknown figure [[${id}]] in a dataset caveat: add it to content/figures.yaml`);
    return formatFigure(f.value, f.kind, lang, f.style);
  });
}

/** A dataset's caveats in a language (Spanish when written, else English), figures filled in. */
export function datasetCaveats(ds: Dataset, lang: 'en' | 'es'): string[] {
  const list = lang === 'es' && ds.caveatsEs.length ? ds.caveatsEs : ds.caveats;
  return list.map((c) => fillFigures(c, lang));
}
