/**
 * content/home.yaml: the front page's words per language, checked with the
 * home schema (src/lib/schema/home.ts); then each key figure must name a
 * figure that exists. Each key figure's source line names the publisher in
 * the page's language (publisher_es in the sources).
 */
import { parseYaml, yamlProblem } from './yaml-lines.ts';
import { issueProblems } from './issues.ts';
import type { Problem } from './problems.ts';
import type { ContentModel } from './model.ts';
import { homeSchema } from '../schema/home.ts';
import { asText, ordinal } from '../schema/common.ts';
import { plainError } from '../schema/common.ts';

export interface HomeCopy {
  kicker: string;
  headline: string;
  dek: string;
  needToKnow: string[];
  keyFigures: { id: string; caption: string }[];
}

const FILE = 'content/home.yaml';

/** A path in words: section "en" ... the second item of "need_to_know", the first key figure. */
function subject(path: (string | number)[]): string {
  const [lang, field, i] = path;
  if (lang === undefined) return '';
  if (field === undefined) return `section "${lang}"`;
  if (field === 'need_to_know' && typeof i === 'number') return `the ${ordinal(i + 1)} item of "need_to_know" in section "${lang}"`;
  if (field === 'key_figures' && typeof i === 'number') return `the ${ordinal(i + 1)} key figure in section "${lang}"`;
  return `section "${lang}"`;
}

export function checkHome(text: string | undefined, model: ContentModel, problems: Problem[]): Partial<Record<'en' | 'es', HomeCopy>> {
  const out: Partial<Record<'en' | 'es', HomeCopy>> = {};
  if (text === undefined) {
    problems.push({ file: FILE, line: 1, message: 'is missing', fix: 'create content/home.yaml with the front page text (see docs/editing.md)' });
    return out;
  }
  const y = parseYaml(text);
  const yamlError = yamlProblem(FILE, y);
  if (yamlError) {
    problems.push(yamlError);
    return out;
  }
  const parsed = homeSchema.safeParse(y.data ?? {}, { error: plainError });
  if (!parsed.success) problems.push(...issueProblems(homeSchema, parsed.error.issues, { file: FILE, y, subject }));
  const data = (y.data && typeof y.data === 'object' ? y.data : {}) as Record<string, unknown>;
  for (const lang of ['en', 'es'] as const) {
    const r = data[lang] && typeof data[lang] === 'object' ? (data[lang] as Record<string, unknown>) : undefined;
    if (!r) continue;
    const list = (v: unknown) => (Array.isArray(v) ? v : []);
    const keyFigures = list(r.key_figures).map((k) => {
      const kf = (k && typeof k === 'object' ? k : {}) as Record<string, unknown>;
      return { id: asText(kf.id) ?? '', caption: asText(kf.caption) ?? '' };
    });
    keyFigures.forEach((kf, i) => {
      if (kf.id && !model.figures.has(kf.id) && !model.brokenFigures.has(kf.id)) {
        const p = y.pos([lang, 'key_figures', i, 'id']);
        problems.push({ file: FILE, line: p.line, column: p.column, message: `${subject([lang, 'key_figures', i])} uses the figure "${kf.id}", which is not in content/figures.yaml`, fix: 'check the spelling or add the figure to content/figures.yaml' });
      }
    });
    out[lang] = {
      kicker: asText(r.kicker) ?? '',
      headline: asText(r.headline) ?? '',
      dek: asText(r.dek) ?? '',
      needToKnow: list(r.need_to_know).map((s) => asText(s) ?? '').filter((s) => s.trim()),
      keyFigures,
    };
  }
  // The Spanish front page is the English one in Spanish: the same number of sentences and key figures.
  const en = data.en && typeof data.en === 'object' ? (data.en as Record<string, unknown>) : undefined;
  const es = data.es && typeof data.es === 'object' ? (data.es as Record<string, unknown>) : undefined;
  if (en && es) {
    const fixes = { need_to_know: 'write the same sentences in both sections, in the same order, the Spanish ones in Spanish', key_figures: 'list the same key figures in both sections, in the same order, with a Spanish caption in "es"' };
    for (const [field, words] of [['need_to_know', ['item', 'items']], ['key_figures', ['key figure', 'key figures']]] as const) {
      const a = en[field];
      const b = es[field];
      if (!Array.isArray(a) || !Array.isArray(b) || a.length === b.length) continue;
      const n = (k: number) => `${k} ${k === 1 ? words[0] : words[1]}`;
      const p = y.pos(['es', field], { key: true });
      problems.push({ file: FILE, line: p.line, column: p.column, message: `"${field}" has ${n(b.length)} in section "es" but ${n(a.length)} in section "en"`, fix: fixes[field] });
    }
  }
  return out;
}
