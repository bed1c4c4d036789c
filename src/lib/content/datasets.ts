/**
 * Reads one dataset: its metadata (content/data/<id>.yaml, checked with the
 * dataset schema) and its table (content/data/<id>.csv, each cell read by its
 * column's kind), then the rules across rows: period, order, outliers.
 */
import { parseCsv } from './csv.ts';
import { parseYaml, yamlProblem } from './yaml-lines.ts';
import { issueProblems } from './issues.ts';
import type { Problem } from './problems.ts';
import type { Column, Dataset, Row } from './types.ts';
import { readCell, checkSeries, typeOfKind, kindOfType } from './values.ts';
import { columnSchema, datasetSchema, COLUMN_KINDS, COLUMN_TYPES, type ColumnKind, type ColumnType } from '../schema/dataset.ts';
import { revisionsSchema, type Revision } from '../schema/revision.ts';
import { sourceRules } from '../schema/source.ts';
import { KEBAB, asText, isRealDate, isRealMonth, ordinal } from '../schema/common.ts';
import { plainError } from '../schema/common.ts';

export function validateDataset(id: string, files: { csv?: string | undefined; yaml?: string | undefined }, sourceIds: Set<string>, problems: Problem[], brokenSources: Set<string> = new Set()): Dataset | null {
  const yamlFile = `content/data/${id}.yaml`;
  const csvFile = `content/data/${id}.csv`;
  if (!KEBAB.test(id)) problems.push({ file: files.csv !== undefined ? csvFile : yamlFile, line: 1, message: `dataset name "${id}" is not kebab-case`, fix: 'rename the file to lower-case words joined by hyphens, for example aid-announcements.csv' });
  if (files.yaml === undefined) {
    problems.push({ file: csvFile, line: 1, message: 'has no metadata file beside it', fix: `create ${yamlFile} with title, description, unit, key, columns, sources, vintage and checked (see docs/editing.md)` });
    return null;
  }
  if (files.csv === undefined) {
    problems.push({ file: yamlFile, line: 1, message: 'describes a dataset whose CSV file is missing', fix: `add ${csvFile}, or delete ${yamlFile}` });
    return null;
  }
  const y = parseYaml(files.yaml);
  const yamlError = yamlProblem(yamlFile, y);
  if (yamlError) {
    problems.push(yamlError);
    return null;
  }
  const m = (y.data && typeof y.data === 'object' && !Array.isArray(y.data) ? y.data : {}) as Record<string, unknown>;
  const before = problems.length;
  const rawColumns = Array.isArray(m.columns) ? (m.columns as unknown[]) : [];
  const colName = (i: number) => asText((rawColumns[i] as Record<string, unknown> | null)?.name);
  const subject = (path: (string | number)[]) => {
    if (path[0] === 'columns' && typeof path[1] === 'number') {
      const name = colName(path[1]);
      return path[2] === 'name' || !name ? `the ${ordinal(path[1] + 1)} column` : `column "${name}"`;
    }
    if (path[0] === 'revisions' && typeof path[1] === 'number') {
      const rev = `the ${ordinal(path[1] + 1)} revision`;
      if (path[2] === 'changes' && typeof path[3] === 'number') return `the ${ordinal(path[3] + 1)} change of ${rev}`;
      return typeof path[2] === 'string' ? `the "${path[2]}" of ${rev}` : rev;
    }
    return '';
  };
  const parsed = datasetSchema.safeParse(y.data ?? {}, { error: plainError });
  if (!parsed.success) problems.push(...issueProblems(datasetSchema, parsed.error.issues, { file: yamlFile, y, subject }));
  const columns: Column[] = [];
  const unreadableColumns = new Set<string>();
  rawColumns.forEach((c, i) => {
    const r = columnSchema.safeParse(c, { error: plainError });
    if (!r.success) problems.push(...issueProblems(columnSchema, r.error.issues, { file: yamlFile, y, base: ['columns', i], subject: (p) => subject(['columns', i, ...p]) }));
    const col = (c && typeof c === 'object' ? c : {}) as Record<string, unknown>;
    const name = asText(col.name) ?? '';
    const kindRaw = asText(col.kind) as ColumnKind | undefined;
    const typeRaw = asText(col.type) as ColumnType | undefined;
    const integer = typeof col.integer === 'boolean' ? col.integer : undefined;
    const known = (kindRaw === undefined || COLUMN_KINDS.includes(kindRaw)) && (typeRaw === undefined || COLUMN_TYPES.includes(typeRaw)) && (kindRaw !== undefined || typeRaw !== undefined);
    if (!known) unreadableColumns.add(name);
    const kind: ColumnKind = kindRaw && COLUMN_KINDS.includes(kindRaw) ? kindRaw : typeRaw && COLUMN_TYPES.includes(typeRaw) ? kindOfType(typeRaw) : 'text';
    const type: ColumnType = kindRaw && COLUMN_KINDS.includes(kindRaw) ? typeOfKind(kindRaw, integer) : typeRaw && COLUMN_TYPES.includes(typeRaw) ? typeRaw : 'text';
    const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
    const values = Array.isArray(col.values) ? col.values.map((v) => asText(v) ?? '') : undefined;
    columns.push({
      name,
      kind,
      type,
      label: asText(col.label) ?? name,
      labelEs: asText(col.label_es) ?? asText(col.label) ?? name,
      required: col.required !== false,
      values,
      min: num(col.min),
      max: num(col.max),
      integer: type === 'integer',
      outlierRatio: num(col.outlier_ratio),
      outliersOk: Array.isArray(col.outliers_ok) ? col.outliers_ok.map((v) => asText(v) ?? '') : undefined,
    });
  });
  const srcs = Array.isArray(m.sources) ? m.sources.map((s) => asText(s) ?? '') : [];
  const unknownSource = (path: (string | number)[], s: string, prefix = '') => {
    if (sourceIds.has(s) || brokenSources.has(s)) return;
    const p = y.pos(path);
    const u = sourceRules.unknown(s);
    problems.push({ file: yamlFile, line: p.line, column: p.column, message: `${prefix}names source "${s}", ${u.message}`, fix: u.fix });
  };
  srcs.forEach((s, i) => unknownSource(['sources', i], s));
  let revisions: Revision[] = [];
  const rev = revisionsSchema.safeParse(m.revisions ?? [], { error: plainError });
  if (rev.success) {
    revisions = rev.data;
    revisions.forEach((r, i) => unknownSource(['revisions', i, 'source'], r.source, `the ${ordinal(i + 1)} revision `));
  }
  const key = Array.isArray(m.key) ? m.key.map((k) => asText(k) ?? '') : [];
  const periodRaw = m.period && typeof m.period === 'object' ? (m.period as Record<string, unknown>) : undefined;
  const ps = asText(periodRaw?.start);
  const pe = asText(periodRaw?.end);
  const readable = (v: string | undefined): v is string => Boolean(v && (isRealDate(v) || isRealMonth(v)));
  // A period that ends before it starts is reported by the schema; rows are not judged against it.
  const period = readable(ps) && readable(pe) && ps.slice(0, 7) <= pe.slice(0, 7) ? { start: ps, end: pe } : undefined;
  const order = Array.isArray(m.order) ? m.order.map((k) => asText(k) ?? '').filter((k) => columns.some((c) => c.name === k)) : undefined;
  if (problems.length > before && columns.length === 0) return null;

  const { rows: csvRows, errors } = parseCsv(files.csv);
  for (const e of errors) problems.push({ file: csvFile, line: e.line, message: e.message, fix: e.fix });
  const header = csvRows[0];
  if (!header) {
    // A file that cannot be read as CSV has said so already.
    if (errors.length) return null;
    problems.push({ file: csvFile, line: 1, message: 'is empty', fix: 'add a header line with the column names, then one line per row' });
    return null;
  }
  const names = columns.map((c) => c.name);
  header.cells.forEach((h, i) => {
    if (!names.includes(h)) problems.push({ file: csvFile, line: 1, column: i + 1, message: `has a column "${h}" that the metadata does not describe`, fix: `add it to "columns" in ${yamlFile}, or remove it from the CSV` });
  });
  names.forEach((n, i) => {
    if (!header.cells.includes(n)) problems.push({ file: csvFile, line: 1, message: `is missing the column "${n}"`, fix: `add "${n}" to the header line (as column ${i + 1}) and a value on every row, or remove it from ${yamlFile}` });
    else if (header.cells.indexOf(n) !== i) problems.push({ file: csvFile, line: 1, message: `has column "${n}" in position ${header.cells.indexOf(n) + 1}, but the metadata lists it in position ${i + 1}`, fix: `put the columns in the same order in both files` });
  });
  const rows: Row[] = [];
  const lines: number[] = [];
  const seen = new Map<string, number>();
  let skipped = 0;
  const invalidRows = new Set<Row>();
  const sourceCheck = new Set([...sourceIds, ...brokenSources]);
  for (const r of csvRows.slice(1)) {
    if (r.cells.length !== header.cells.length) {
      const joined = r.cells.map((c, ci) => `${c},${r.cells[ci + 1] ?? ''}`).find((pair) => /^-?\d{1,3},\d{3}/.test(pair) && r.cells.length > header.cells.length);
      const hint = joined ? ` ("${joined.replace(/^(-?\d{1,3},\d{3}\S*?)(?:,.*)?$/, '$1')}" looks like a number with a thousands separator)` : '';
      problems.push({ file: csvFile, line: r.line, message: `has ${r.cells.length} values but the header has ${header.cells.length} columns${hint}`, fix: joined ? 'write numbers without commas, for example 16264' : 'check for a missing or extra comma; put values that contain commas in double quotes' });
      skipped++;
      continue;
    }
    const row: Row = {};
    header.cells.forEach((h, ci) => {
      const col = columns.find((c) => c.name === h);
      if (!col) return;
      const { value, error, warning } = readCell(r.cells[ci] ?? '', col, sourceCheck);
      if (error) {
        problems.push({ file: csvFile, line: r.line, column: ci + 1, message: error.message, fix: error.fix });
        invalidRows.add(row);
      }
      if (warning) problems.push({ file: csvFile, line: r.line, column: ci + 1, message: warning.message, fix: warning.fix, severity: 'warning' });
      row[h] = value;
    });
    if (key.length) {
      const k = key.map((c) => String(row[c] ?? '')).join(' | ');
      const prev = seen.get(k);
      if (prev !== undefined) problems.push({ file: csvFile, line: r.line, message: `repeats the row with ${key.join(' + ')} = "${k}" already on line ${prev}`, fix: 'delete one of the two rows, or correct the value that identifies it' });
      else seen.set(k, r.line);
    }
    rows.push(row);
    lines.push(r.line);
  }
  if (rows.length === 0) problems.push({ file: csvFile, line: 1, message: 'has no data rows', fix: 'add at least one row under the header' });
  const orderWithin = Array.isArray(m.order_within) ? m.order_within.map((k) => asText(k) ?? '') : undefined;
  checkSeries({ csvFile, columns, key, rows, lines, period, order, orderWithin, invalidRows }, problems);
  const strList = (v: unknown) => (Array.isArray(v) ? v.map((x) => asText(x) ?? '').filter(Boolean) : []);
  return {
    id,
    title: asText(m.title) ?? id,
    description: asText(m.description) ?? '',
    unit: asText(m.unit) ?? '',
    titleEs: asText(m.title_es) ?? '',
    descriptionEs: asText(m.description_es) ?? '',
    unitEs: asText(m.unit_es) ?? '',
    vintageEs: asText(m.vintage_es) ?? '',
    notesEs: strList(m.notes_es),
    currency: asText(m.currency),
    key,
    columns,
    sources: srcs,
    vintage: asText(m.vintage) ?? '',
    checked: asText(m.checked) ?? '',
    notes: strList(m.notes),
    caveats: strList(m.caveats),
    caveatsEs: strList(m.caveats_es),
    period,
    order: order ?? [],
    unreadableColumns,
    revisions,
    rows,
    lines,
    skipped,
    invalidRows,
  };
}
