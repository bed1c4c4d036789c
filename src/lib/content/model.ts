/**
 * The editors' data, validated: sources, datasets (CSV + YAML metadata) and
 * named figures. `validateContent` takes the files' text and returns the
 * typed model together with every problem found (it never stops at the first).
 *
 * The rules for each file live in its zod schema (src/lib/schema/source.ts,
 * dataset.ts, figure.ts), with the words of every message and fix; the
 * readers are sources.ts, datasets.ts and figures.ts, and the rules on values
 * (kinds, period, order, outliers) are in values.ts. This module holds the
 * model's types and runs the readers in order, then the checks that need
 * everything (figures printed in a dataset's notes and caveats).
 */
import { parseYaml } from './yaml-lines.ts';
import type { Problem } from './problems.ts';
import { handTypedFigures } from './figures-in-text.ts';
import { validateSources } from './sources.ts';
import { validateDataset } from './datasets.ts';
import { validateFigures } from './figures.ts';

export { COLUMN_TYPES, COLUMN_KINDS, type ColumnType, type ColumnKind } from '../schema/dataset.ts';
export { SOURCE_LANGS } from '../schema/source.ts';
export { isRealDate, isRealMonth } from '../schema/common.ts';
export { readCell } from './values.ts';
export * from './types.ts';
import { FIGURE_TOKEN, unbalancedTokens, type ContentFiles, type ContentModel, type Dataset } from './types.ts';

export function validateContent(files: ContentFiles): { model: ContentModel; problems: Problem[] } {
  const problems: Problem[] = [];
  const brokenSources = new Set<string>();
  const sources = validateSources(files.sources, problems, brokenSources);
  const sourceIds = new Set(sources.keys());
  const datasets = new Map<string, Dataset>();
  const brokenDatasets = new Set<string>();
  for (const [id, f] of [...files.datasets].sort(([a], [b]) => a.localeCompare(b))) {
    const ds = validateDataset(id, f, sourceIds, problems, brokenSources);
    if (ds) datasets.set(id, ds);
    else brokenDatasets.add(id);
  }
  const brokenFigures = new Set<string>();
  const figures = validateFigures(files.figures, sources, brokenSources, datasets, brokenDatasets, problems, brokenFigures);
  for (const ds of datasets.values()) {
    const y = parseYaml(files.datasets.get(ds.id)?.yaml ?? '');
    for (const [field, key] of [['caveats', 'caveats'], ['caveatsEs', 'caveats_es'], ['notes', 'notes'], ['notesEs', 'notes_es']] as const) {
      const item = key.replace(/s(_es)?$/, '$1');
      ds[field].forEach((text, i) => {
        const p = y.pos([key, i]);
        const at = (message: string, fix: string) => problems.push({ file: `content/data/${ds.id}.yaml`, line: p.line, column: p.column, message, fix });
        for (const m of text.matchAll(FIGURE_TOKEN)) {
          if (!figures.has(m[1]!) && !brokenFigures.has(m[1]!)) at(`${item} ${i + 1} uses the figure [[${m[1]}]], which is not in content/figures.yaml`, 'check the spelling, or add the figure to content/figures.yaml');
        }
        for (const u of unbalancedTokens(text)) at(`${item} ${i + 1} has "${u.text}", a figure token with a bracket missing`, `close it as [[${u.id}]]`);
        // Notes are the desk's plain explanation of the data and may cite row values; caveats print figures only through [[figure-id]].
        if (field === 'caveats' || field === 'caveatsEs') {
          for (const f of handTypedFigures(text.replace(FIGURE_TOKEN, ' '))) {
            at(`${item} ${i + 1} has the figure "${f.text}" typed into it`, 'name the figure in content/figures.yaml and write [[figure-id]] in its place');
          }
        }
        // The Spanish twin prints the same figures as the English item.
        if (field === 'caveatsEs' || field === 'notesEs') {
          const en = (field === 'caveatsEs' ? ds.caveats : ds.notes)[i] ?? '';
          const ids = (t: string) => [...[...t.matchAll(FIGURE_TOKEN)].map((m) => m[1]!), ...unbalancedTokens(t).map((u) => u.id)].sort().join(', ');
          if (ids(en) !== ids(text)) at(`${item} ${i + 1} prints the figures [${ids(text)}] but the English item prints [${ids(en)}]`, `use the same [[figure-id]] tokens as item ${i + 1} of "${key.replace('_es', '')}"`);
        }
      });
    }
  }
  return { model: { sources, datasets, figures, brokenFigures, brokenSources, brokenDatasets }, problems };
}
