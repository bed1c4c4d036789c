/**
 * Bringing a new official file into a dataset (`npm run data:update`): the
 * new CSV is checked with the content check's own rules, compared with the
 * current rows by key, and, when asked, written with a revision entry added
 * to the dataset's YAML. Pure: the script in scripts/data-update.ts reads and
 * writes the files.
 */
import { parseDocument, isSeq, isScalar, type Document } from 'yaml';
import { validateContent, type Cell, type ContentFiles, type Dataset, type Figure } from './content/model.ts';
import { formatProblem, isError, type Problem } from './content/problems.ts';
import type { Revision, RevisionChange } from './schema/revision.ts';
import { formatCount, formatDate, formatMonth, formatPeriod } from './format.ts';
import { findTags } from './mdx-registry.ts';
import type { Lang } from './i18n.ts';

export interface UpdateInput {
  /** The content files as the site has them now (readContentFiles). */
  files: ContentFiles;
  datasetId: string;
  /** The new file's text and its path as the editor typed it (used in messages). */
  csv: string;
  csvPath: string;
  /** Article and page files (path -> MDX text), to name the pieces a changed figure appears in. */
  pieces?: Map<string, string> | undefined;
}

/** A named figure whose value moves, and where readers see it. */
export interface AffectedFigure {
  figure: Figure;
  change: RevisionChange;
  /** Files of the pieces that print it with <Num id="…" />. */
  pieces: string[];
}

export interface UpdatePlan {
  /** Problems with the new file (file:line in the new file's path); any error refuses the update. */
  problems: Problem[];
  changes: RevisionChange[];
  affected: AffectedFigure[];
  dataset?: Dataset | undefined;
  /** Ids of every source, for --source. */
  sourceIds: Set<string>;
}

/** The key of a row as a revision entry writes it: key values joined with ", ". */
export function rowKeyText(ds: Dataset, row: Record<string, Cell>): string {
  return ds.key.map((k) => String(row[k] ?? '')).join(', ');
}

const same = (a: Cell | undefined, b: Cell | undefined) => (a ?? null) === (b ?? null);

/** Rows added, rows removed and values changed, by key, in the order of the new file (removed rows last). */
export function diffRows(before: Dataset, after: Dataset): RevisionChange[] {
  const old = new Map(before.rows.map((r) => [rowKeyText(before, r), r]));
  const out: RevisionChange[] = [];
  const seen = new Set<string>();
  for (const r of after.rows) {
    const key = rowKeyText(after, r);
    seen.add(key);
    const o = old.get(key);
    if (!o) {
      out.push({ change: 'added', key });
      continue;
    }
    for (const c of after.columns) {
      if (after.key.includes(c.name)) continue;
      if (!same(o[c.name], r[c.name])) out.push({ change: 'changed', key, column: c.name, old: o[c.name] ?? null, new: r[c.name] ?? null });
    }
  }
  for (const r of before.rows) {
    const key = rowKeyText(before, r);
    if (!seen.has(key)) out.push({ change: 'removed', key });
  }
  return out;
}

/** Checks the new file as if it were the dataset's CSV, and compares it with the current one. */
export function planUpdate(input: UpdateInput): UpdatePlan {
  const { files, datasetId, csv, csvPath } = input;
  const current = files.datasets.get(datasetId);
  if (!current?.yaml || current.csv === undefined) {
    const known = [...files.datasets.keys()].join(', ');
    return { problems: [{ file: csvPath, line: 1, message: `cannot be brought in: there is no dataset "${datasetId}"`, fix: `name one of: ${known}` }], changes: [], affected: [], sourceIds: new Set() };
  }
  const before = validateContent(files);
  const known = new Set(before.problems.map(formatProblem));
  const next: ContentFiles = { ...files, datasets: new Map(files.datasets) };
  next.datasets.set(datasetId, { ...current, csv });
  const after = validateContent(next);
  const csvFile = `content/data/${datasetId}.csv`;
  // Only what the new file brings: problems already in the content are the content check's business.
  const all = after.problems
    .filter((p) => !known.has(formatProblem(p)))
    .map((p) => (p.file === csvFile ? { ...p, file: csvPath } : p));
  // When the new file itself is wrong (other columns, bad values), say only that: the figures that can no longer
  // read it follow from it. A clean file that leaves a figure without its row is reported at the figure.
  const own = all.filter((p) => p.file === csvPath);
  const problems = own.some(isError) ? own : all;
  const oldDs = before.model.datasets.get(datasetId);
  const newDs = after.model.datasets.get(datasetId);
  if (!oldDs || !newDs || problems.some(isError)) return { problems, changes: [], affected: [], dataset: oldDs, sourceIds: new Set(before.model.sources.keys()) };
  const changes = diffRows(oldDs, newDs);
  const affected: AffectedFigure[] = [];
  for (const f of before.model.figures.values()) {
    if (f.dataset !== datasetId) continue;
    const change = changes.find((c) => c.key === f.rowKey && (c.change === 'removed' || c.column === f.column));
    if (!change) continue;
    const pieces = [...(input.pieces ?? new Map<string, string>())].filter(([, body]) => findTags(body).some((t) => t.name === 'Num' && t.attrs.id === f.id)).map(([path]) => path);
    affected.push({ figure: f, change, pieces });
  }
  return { problems, changes, affected, dataset: oldDs, sourceIds: new Set(before.model.sources.keys()) };
}

/** A row key for readers: months and dates in words, periods as ranges. */
export function keyWords(key: string, lang: Lang): string {
  return key
    .split(', ')
    .map((k) => (/^\d{4}-\d{2}-\d{2}$/.test(k) ? formatDate(k, lang) : /^\d{4}-\d{2}$/.test(k) ? formatMonth(k, lang) : formatPeriod(k, lang, true)))
    .join(', ');
}

function cellWords(v: Cell | undefined, lang: Lang): string {
  if (v === null || v === undefined || v === '') return lang === 'es' ? 'vacío' : 'empty';
  return typeof v === 'number' ? formatCount(v, lang) : String(v);
}

function listWords(items: string[], lang: Lang): string {
  return new Intl.ListFormat(lang === 'es' ? 'es-419' : 'en-US', { style: 'long', type: 'conjunction' }).format(items);
}

/** What changed, in words, for the revision's summary and summary_es. */
export function summarize(ds: Dataset, changes: RevisionChange[], lang: Lang): string {
  const added = changes.filter((c) => c.change === 'added').map((c) => keyWords(c.key, lang));
  const removed = changes.filter((c) => c.change === 'removed').map((c) => keyWords(c.key, lang));
  const changed = changes.filter((c) => c.change === 'changed');
  const label = (col: string | undefined) => {
    const c = ds.columns.find((x) => x.name === col);
    return c ? (lang === 'es' ? c.labelEs : c.label) : (col ?? '');
  };
  const parts: string[] = [];
  if (lang === 'es') {
    if (added.length) parts.push(`${added.length === 1 ? 'Se añadió una fila' : `Se añadieron ${added.length} filas`} (${listWords(added, lang)})`);
    if (removed.length) parts.push(`${removed.length === 1 ? 'Se quitó una fila' : `Se quitaron ${removed.length} filas`} (${listWords(removed, lang)})`);
    if (changed.length) parts.push(`${changed.length === 1 ? 'Se revisó un valor' : `Se revisaron ${changed.length} valores`}: ${changed.map((c) => `${keyWords(c.key, lang)}, ${label(c.column)}, de ${cellWords(c.old, lang)} a ${cellWords(c.new, lang)}`).join('; ')}`);
    return parts.length ? `${parts.join('. ')}.` : 'Sin cambios en los datos.';
  }
  if (added.length) parts.push(`${added.length === 1 ? 'One row added' : `${added.length} rows added`} (${listWords(added, lang)})`);
  if (removed.length) parts.push(`${removed.length === 1 ? 'One row removed' : `${removed.length} rows removed`} (${listWords(removed, lang)})`);
  if (changed.length) parts.push(`${changed.length === 1 ? 'One value revised' : `${changed.length} values revised`}: ${changed.map((c) => `${keyWords(c.key, lang)}, ${label(c.column)}, from ${cellWords(c.old, lang)} to ${cellWords(c.new, lang)}`).join('; ')}`);
  return parts.length ? `${parts.join('. ')}.` : 'No change to the data.';
}

/** The diff as the command prints it: one line per change, then the figures that move. */
export function formatPlan(plan: UpdatePlan): string {
  const lines: string[] = [];
  const added = plan.changes.filter((c) => c.change === 'added');
  const removed = plan.changes.filter((c) => c.change === 'removed');
  const changed = plan.changes.filter((c) => c.change === 'changed');
  lines.push(`Rows added: ${added.length}`, ...added.map((c) => `  + ${c.key}`));
  lines.push(`Rows removed: ${removed.length}`, ...removed.map((c) => `  - ${c.key}`));
  lines.push(`Values changed: ${changed.length}`, ...changed.map((c) => `  ~ ${c.key} ${c.column}: ${String(c.old ?? '')} → ${String(c.new ?? '')}`));
  if (plan.affected.length) {
    lines.push('Named figures that move (their pieces will show a dated update note):');
    for (const a of plan.affected) {
      const what = a.change.change === 'removed' ? 'row removed' : `${String(a.change.old ?? '')} → ${String(a.change.new ?? '')}`;
      lines.push(`  ${a.figure.id} (${what}): ${a.pieces.length ? a.pieces.join(', ') : 'not printed in any piece'}`);
    }
  }
  return lines.join('\n');
}

/** The CSV as written to content/data: no byte-order mark, Unix line ends, no empty rows at the end (blank or commas only), one final newline. */
export function normalizeCsv(text: string): string {
  return `${text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/(?:\n[ \t,]*)+$/, '')}\n`;
}

/**
 * The dataset's YAML with a revision appended and `checked` set to its date,
 * edited in place (comments, order and layout of everything else survive).
 */
export function appendRevision(yamlText: string, revision: Revision): string {
  const doc: Document = parseDocument(yamlText);
  const entry = doc.createNode({ date: revision.date, source: revision.source, summary: revision.summary, summary_es: revision.summary_es, changes: [] as unknown[] });
  const changes = entry.get('changes', true);
  if (isSeq(changes)) {
    for (const c of revision.changes) {
      const node = doc.createNode(Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)));
      node.flow = true;
      // Keys stay text when read back (a key such as 2021 or true would otherwise turn into a number or a boolean).
      const key = node.get('key', true);
      if (isScalar(key)) key.type = 'QUOTE_DOUBLE';
      changes.items.push(node);
    }
  }
  const revisions = doc.get('revisions', true);
  if (isSeq(revisions)) revisions.items.push(entry);
  else doc.set('revisions', doc.createNode([entry]));
  if (doc.has('checked')) doc.set('checked', revision.date);
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
