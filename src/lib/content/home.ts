/**
 * content/home.yaml: the front page's words per language: kicker, headline,
 * dek, the "what you need to know" list and the key figures (figure ids with
 * captions). Figures in this file come only through key_figures; each key
 * figure's source line names the publisher in the page's language
 * (publisher_es in content/sources.yaml).
 */
import { parseYaml } from './yaml-lines.ts';
import { handTypedFigures } from './figures-in-text.ts';
import type { Problem } from './problems.ts';
import type { ContentModel } from './model.ts';

export interface HomeCopy {
  kicker: string;
  headline: string;
  dek: string;
  needToKnow: string[];
  keyFigures: { id: string; caption: string }[];
}

const FILE = 'content/home.yaml';

export function checkHome(text: string | undefined, model: ContentModel, problems: Problem[]): Partial<Record<'en' | 'es', HomeCopy>> {
  const out: Partial<Record<'en' | 'es', HomeCopy>> = {};
  if (text === undefined) {
    problems.push({ file: FILE, line: 1, message: 'is missing', fix: 'create content/home.yaml with the front page text (see docs/editing.md)' });
    return out;
  }
  const y = parseYaml(text);
  for (const e of y.errors) problems.push({ file: FILE, line: e.line, column: e.column, message: `is not valid YAML (${e.message})`, fix: 'check the indentation and the colons' });
  if (y.errors.length) return out;
  const data = (y.data ?? {}) as Record<string, unknown>;
  for (const lang of ['en', 'es'] as const) {
    const raw = data[lang];
    if (raw === undefined) {
      if (lang === 'en') problems.push({ file: FILE, line: 1, message: 'has no "en" section', fix: 'add an "en:" section with kicker, headline, dek, need_to_know and key_figures' });
      continue;
    }
    const r = (raw ?? {}) as Record<string, unknown>;
    const bad = (path: (string | number)[], message: string, fix: string) => {
      const p = y.pos([lang, ...path]);
      problems.push({ file: FILE, line: p.line, column: p.column, message, fix });
    };
    const text = (k: string) => {
      const v = r[k];
      if (typeof v !== 'string' || !v.trim()) {
        bad([k], `section "${lang}" has no "${k}"`, `add "${k}: ..." under "${lang}:"`);
        return '';
      }
      return v;
    };
    const copy: HomeCopy = { kicker: text('kicker'), headline: text('headline'), dek: text('dek'), needToKnow: [], keyFigures: [] };
    if (!Array.isArray(r.need_to_know) || r.need_to_know.length === 0) bad(['need_to_know'], `section "${lang}" has no "need_to_know" list`, 'add a list of three to six short sentences');
    else
      r.need_to_know.forEach((item: unknown, i: number) => {
        if (typeof item !== 'string' || !item.trim()) return bad(['need_to_know', i], `item ${i + 1} of "need_to_know" is empty`, 'write a sentence or delete the item');
        for (const f of handTypedFigures(item)) bad(['need_to_know', i], `item ${i + 1} of "need_to_know" has the figure "${f.text}" typed into it`, 'leave figures to key_figures, which read them from content/figures.yaml');
        copy.needToKnow.push(item);
      });
    if (r.key_figures !== undefined) {
      if (!Array.isArray(r.key_figures)) bad(['key_figures'], '"key_figures" is not a list', 'write a list of { id, caption } entries');
      else
        r.key_figures.forEach((k: unknown, i: number) => {
          const kf = (k ?? {}) as Record<string, unknown>;
          const id = typeof kf.id === 'string' ? kf.id : '';
          const caption = typeof kf.caption === 'string' ? kf.caption : '';
          for (const k of Object.keys(kf)) if (!['id', 'caption'].includes(k)) bad(['key_figures', i, k], `key figure ${i + 1} has an unknown field "${k}"`, 'use only id and caption');
          if (!model.figures.has(id) && !model.brokenFigures.has(id)) bad(['key_figures', i, 'id'], `key figure ${i + 1} uses the figure "${id}", which is not in content/figures.yaml`, 'check the spelling or add the figure to content/figures.yaml');
          if (!caption.trim()) bad(['key_figures', i], `key figure ${i + 1} has no caption`, 'add "caption: ..." saying what the number is');
          for (const f of handTypedFigures(caption)) bad(['key_figures', i, 'caption'], `the caption of key figure ${i + 1} has the figure "${f.text}" typed into it`, 'keep numbers out of captions');
          copy.keyFigures.push({ id, caption });
        });
    }
    out[lang] = copy;
  }
  return out;
}
