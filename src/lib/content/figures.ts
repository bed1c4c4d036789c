/**
 * Reads the figure files (content/figures.yaml and content/figures/*.yaml)
 * with the figure schema, then what only the whole content can tell: the
 * source exists, the dataset row exists and holds a number of the right kind,
 * and [[figure-id]] tokens in labels and notes name real figures.
 */
import { issueProblems, readListFile } from './issues.ts';
import { handTypedFigures } from './figures-in-text.ts';
import type { Problem } from './problems.ts';
import type { Dataset, Figure, Source } from './types.ts';
import { FIGURE_TOKEN, findRow, rowDate, rowSource, unbalancedTokens } from './types.ts';
import { kindRule } from './values.ts';
import { figureSchema, figureFileSchema, FIGURE_KINDS } from '../schema/figure.ts';
import { sourceRules } from '../schema/source.ts';
import { KEBAB, asText, describe } from '../schema/common.ts';
import { plainError } from '../schema/common.ts';
import type { FigureKind, FigureStyle } from '../format.ts';

/** A [[figure-id]] written in a figure's label or note, checked once every figure is read. */
interface FigureRef {
  file: string;
  line: number;
  column: number;
  owner: string;
  field: string;
  ref: string;
}

export function validateFigures(files: Map<string, string>, sources: Map<string, Source>, brokenSources: Set<string>, datasets: Map<string, Dataset>, brokenDatasets: Set<string>, problems: Problem[], broken: Set<string>): Map<string, Figure> {
  const out = new Map<string, Figure>();
  const refs: FigureRef[] = [];
  const seen = new Map<string, string>();
  for (const [file, text] of files) validateFigureFile(file, text, sources, brokenSources, datasets, brokenDatasets, problems, broken, out, refs, seen);
  for (const r of refs) {
    if (r.ref === r.owner) problems.push({ file: r.file, line: r.line, column: r.column, message: `figure "${r.owner}" uses itself, [[${r.ref}]], in its ${r.field}`, fix: 'say "this amount" or "this number" instead' });
    else if (!out.has(r.ref) && !broken.has(r.ref)) problems.push({ file: r.file, line: r.line, column: r.column, message: `figure "${r.owner}" uses the figure [[${r.ref}]] in its ${r.field}, which is not in content/figures.yaml`, fix: 'check the spelling, or add the figure to content/figures.yaml' });
  }
  return out;
}

function validateFigureFile(file: string, text: string, sources: Map<string, Source>, brokenSources: Set<string>, datasets: Map<string, Dataset>, brokenDatasets: Set<string>, problems: Problem[], broken: Set<string>, out: Map<string, Figure>, refs: FigureRef[], seen: Map<string, string>): void {
  // A file that cannot be read: its figures' uses elsewhere are not reported again.
  const read = readListFile(file, text, figureFileSchema, problems, broken);
  if (!read) return;
  const { y } = read;
  read.list.forEach((raw, i) => {
    const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
    const bad = (k: string | undefined, message: string, fix: string) => {
      const p = y.pos(k && k in r ? [i, k] : [i]);
      problems.push({ file, line: p.line, column: p.column, message, fix });
    };
    const id = asText(r.id);
    const label = id ? `figure "${id}"` : `figure number ${i + 1}`;
    const parsed = figureSchema.safeParse(raw, { error: plainError });
    if (!id || !KEBAB.test(id)) {
      const p = y.pos('id' in r ? [i, 'id'] : [i]);
      problems.push({ file, line: p.line, column: p.column, message: `${label} has ${id ? 'an id that is not kebab-case' : 'no id'}`, fix: 'give it an id of lower-case words joined by hyphens, for example "aid-310m"' });
      return;
    }
    const first = seen.get(id);
    if (first) {
      bad('id', `figure id "${id}" is used twice: it is already the id of the figure at ${first}`, 'give each figure its own id');
      return;
    }
    const at = y.pos([i, 'id']);
    seen.set(id, `${file}:${at.line}`);
    const before = problems.length;
    if (!parsed.success) problems.push(...issueProblems(figureSchema, parsed.error.issues, { file, y, base: [i], subject: () => label }));
    for (const k of ['label', 'label_es', 'note', 'note_es'] as const) {
      const t = asText(r[k]) ?? '';
      const p = y.pos(k in r ? [i, k] : [i]);
      for (const m of t.matchAll(FIGURE_TOKEN)) refs.push({ file, line: p.line, column: p.column, owner: id, field: k, ref: m[1]! });
      for (const u of unbalancedTokens(t)) bad(k, `${label} has "${u.text}" in its ${k}, a figure token with a bracket missing`, `close it as [[${u.id}]]`);
      for (const f of handTypedFigures(t.replace(FIGURE_TOKEN, ' '))) bad(k, `${label} has the figure "${f.text}" typed into its ${k}`, 'name that figure in content/figures.yaml and write [[figure-id]] in its place, or reword without it');
    }
    // Read from the entry itself, so a figure with only a warning is still printed.
    const kind = (FIGURE_KINDS as readonly string[]).includes(String(r.kind)) ? (r.kind as FigureKind) : undefined;
    let value: number | undefined = typeof r.value === 'number' && Number.isFinite(r.value) ? r.value : undefined;
    let source: string | undefined = asText(r.source);
    let asOf: string | undefined;
    let rowKey: string | undefined;
    const datasetId = asText(r.dataset);
    if (datasetId !== undefined) {
      value = undefined;
      source = undefined;
      const ds = datasets.get(datasetId);
      if (!ds && brokenDatasets.has(datasetId)) broken.add(id);
      else if (!ds) bad('dataset', `${label} points at dataset "${datasetId}", which does not exist`, 'use the name of a file in content/data (without .csv), or correct the spelling');
      else {
        const keys: Record<string, string> = {};
        const rowSpec = r.row && typeof r.row === 'object' && !(r.row instanceof Date) ? (r.row as Record<string, unknown>) : null;
        if (!rowSpec) bad('row', `${label} has no "row"`, `add "row: { ${ds.key.map((k) => `${k}: ...`).join(', ')} }" naming the row by its key`);
        else for (const [k, v] of Object.entries(rowSpec)) keys[k] = asText(v) ?? '';
        const column = asText(r.column);
        const col = ds.columns.find((c) => c.name === column);
        if (col && ds.unreadableColumns.has(col.name)) broken.add(id);
        else if (!col) bad('column', `${label} names column ${describe(r.column)}, which dataset "${datasetId}" does not have`, `use one of: ${ds.columns.filter((c) => c.type === 'integer' || c.type === 'number').map((c) => c.name).join(', ')}`);
        else if (col.type !== 'integer' && col.type !== 'number') bad('column', `${label} names column "${col.name}", which holds ${col.kind} values, not numbers`, 'name a numeric column');
        else if (kind && col.kind && (FIGURE_KINDS as readonly string[]).includes(col.kind) && col.kind !== kind) bad('kind', `${label} has kind "${kind}", but column "${col.name}" of dataset "${datasetId}" holds ${col.kind === 'money' ? 'money' : `${col.kind}s`}`, `write kind: ${col.kind}`);
        if (rowSpec && col && !ds.unreadableColumns.has(col.name)) {
          const row = findRow(ds, keys);
          // A key outside the dataset's period is most likely a typo in the year.
          const outside = ds.period ? Object.entries(keys).find(([k, v]) => {
            const c = ds.columns.find((c) => c.name === k);
            if (!c || !(c.type === 'date' || c.type === 'month' || c.type === 'day-or-month')) return false;
            const n = (a: string, b: string) => a.slice(0, Math.min(a.length, b.length));
            return n(v, ds.period!.start) < n(ds.period!.start, v) || n(v, ds.period!.end) > n(ds.period!.end, v);
          }) : undefined;
          if (!row && outside) bad('row', `${label} names a row (${outside[0]} = ${outside[1]}) outside the period of dataset "${datasetId}" (${ds.period!.start} to ${ds.period!.end})`, 'check the year and the month of the row');
          // When the CSV has unreadable rows, that problem is reported already; do not pile on.
          else if (!row && ds.skipped === 0) bad('row', `${label} names a row (${Object.entries(keys).map(([k, v]) => `${k} = ${v}`).join(', ')}) that is not in content/data/${datasetId}.csv`, `check the key values against the CSV; the key of this dataset is ${ds.key.join(' + ')}`);
          else if (row) {
            const v = row[col.name];
            if (typeof v !== 'number' && ds.invalidRows.has(row)) broken.add(id);
            else if (typeof v !== 'number') bad('column', `${label} points at an empty cell (column "${col.name}")`, 'fill in the value in the CSV or point at another row');
            else {
              value = v;
              const rule = kind ? kindRule(v, kind) : null;
              const mismatch = col.kind !== undefined && (FIGURE_KINDS as readonly string[]).includes(col.kind) && col.kind !== kind;
              if (rule?.error && !mismatch && !ds.invalidRows.has(row)) bad('kind', `${label} is a ${kind}, but the value it points at (${v}) ${rule.error.message}`, `check that "kind" and "column" are right; ${rule.error.fix}`);
            }
            source = rowSource(ds, row);
            asOf = rowDate(ds, row);
            rowKey = ds.key.map((k) => String(row[k] ?? '')).join(', ');
          }
        }
      }
    } else if (source && !sources.has(source) && !brokenSources.has(source)) {
      const u = sourceRules.unknown(source);
      bad('source', `${label} names source "${source}", ${u.message}`, u.fix);
    }
    if (r.as_of !== undefined && asText(r.as_of)) asOf = asText(r.as_of);
    const errors = problems.slice(before).filter((p) => p.severity !== 'warning').length;
    if (errors > 0 || value === undefined || !kind || !source) broken.add(id);
    else {
      const style = r.style === 'compact' || r.style === 'full' ? (r.style as FigureStyle) : undefined;
      out.set(id, { id, label: asText(r.label) ?? id, labelEs: asText(r.label_es) ?? '', value, kind, style, source, asOf, note: asText(r.note), noteEs: asText(r.note_es), dataset: datasetId, rowKey, column: rowKey ? asText(r.column) : undefined });
    }
  });
}
