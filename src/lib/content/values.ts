/**
 * Values judged by their kind, not only their shape: a count is a whole
 * number of zero or more, a share lies between 0 and 1, a percent between 0
 * and 100, a year has four digits; dates fall inside the dataset's period and
 * come in order; and a value several times its neighbours in a time series is
 * flagged (a warning: the build goes on).
 */
import type { Cell, Column, Period, Row } from './types.ts';
import type { ColumnKind, ColumnType } from '../schema/dataset.ts';
import { isRealDate, isRealMonth } from '../schema/common.ts';
import type { Problem } from './problems.ts';
import { sourceRules } from '../schema/source.ts';

export const DEFAULT_OUTLIER_RATIO = 5;
const YEAR_RANGE = [1900, 2100] as const;

/** The older `type` a kind is read as by code that only needs the shape. */
export function typeOfKind(kind: ColumnKind, integer: boolean | undefined): ColumnType {
  switch (kind) {
    case 'count':
    case 'year':
    case 'fiscal-year':
      return 'integer';
    case 'money':
      return integer === false ? 'number' : 'integer';
    case 'share':
    case 'percent':
      return 'number';
    case 'number':
      return integer ? 'integer' : 'number';
    default:
      return kind;
  }
}

/** The kind a column written with the older `type` is judged by. */
export function kindOfType(type: ColumnType): ColumnKind {
  return type === 'integer' ? 'number' : type;
}

interface CellVerdict {
  value: Cell;
  error?: { message: string; fix: string };
  warning?: { message: string; fix: string };
}

const trimNumber = (n: number) => String(Number(n.toPrecision(12)));

/** Reads one CSV cell as its column's kind; returns a problem text when it cannot, or when the value cannot be right. */
export function readCell(raw: string, column: Column, sourceIds: Set<string> | null): CellVerdict {
  const col = { ...column, kind: column.kind ?? kindOfType(column.type) };
  const where = `in column "${col.name}"`;
  if (raw.trim() !== raw) return { value: null, error: { message: `value "${raw}" ${where} has spaces at the start or end`, fix: 'delete the extra spaces' } };
  if (raw === '') {
    if (col.required) return { value: null, error: { message: `column "${col.name}" is empty but a value is required`, fix: `fill in the ${col.kind === 'number' ? col.type : col.kind} value, or set "required: false" for "${col.name}" in the dataset's .yaml if it may be missing` } };
    return { value: null };
  }
  const type = col.type;
  if (type === 'integer' || type === 'number') {
    if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(raw)) return { value: null, error: { message: `value "${raw}" ${where} has thousands separators`, fix: `write the plain number without commas: ${raw.replace(/,/g, '')}` } };
    if (/^(n\/?a|na|none|null|nil|unknown|-+|—|–|\?+|missing|tbd|s\/d|n\.d\.)$/i.test(raw)) {
      return { value: null, error: { message: `value "${raw}" ${where} is not a number`, fix: col.required ? `write nothing (leave the cell empty) for a missing value, and set "required: false" for "${col.name}" in the dataset's .yaml` : 'write nothing (leave the cell empty) for a missing value' } };
    }
    const whole = type === 'integer';
    const re = whole ? /^-?\d+$/ : /^-?\d+(\.\d+)?$/;
    if (!re.test(raw)) {
      if (whole && /^-?\d+\.\d+$/.test(raw)) return { value: null, error: { message: `value "${raw}" ${where} is not a whole number`, fix: 'write the whole number the source gives, without decimals' } };
      const hint = /[$%€]|[a-z]/i.test(raw) ? 'write only digits (no units, currency signs or words); put the unit in the .yaml "unit" field' : whole ? 'write a whole number using digits only, for example 1234' : 'write a number using digits and a decimal point, for example 0.38';
      return { value: null, error: { message: `value "${raw}" ${where} is not ${whole ? 'a whole number' : 'a number'}`, fix: hint } };
    }
    const n = Number(raw);
    return judgeNumber(n, raw, col);
  }
  switch (type) {
    case 'date':
      if (!isRealDate(raw)) return { value: null, error: { message: `value "${raw}" ${where} is not a date written as YYYY-MM-DD`, fix: 'write the date as year-month-day with zeros, for example 2021-06-07' } };
      return { value: raw };
    case 'month':
      if (!isRealMonth(raw)) return { value: null, error: { message: `value "${raw}" ${where} is not a month written as YYYY-MM`, fix: 'write the month as year-month, for example 2021-06' } };
      return { value: raw };
    case 'day-or-month':
      if (!isRealDate(raw) && !isRealMonth(raw)) {
        return { value: null, error: { message: `value "${raw}" ${where} is not a date written as YYYY-MM-DD, nor a month written as YYYY-MM`, fix: 'write the full date, for example 2021-07-08; if only the month is known, write the month alone, for example 2021-07 (never a made-up day such as 2021-07-01)' } };
      }
      return { value: raw };
    case 'boolean':
      if (raw !== 'true' && raw !== 'false') return { value: null, error: { message: `value "${raw}" ${where} is not true or false`, fix: 'write true or false' } };
      return { value: raw === 'true' };
    case 'source':
      if (sourceIds && !sourceIds.has(raw)) {
        const u = sourceRules.unknown(raw);
        return { value: raw, error: { message: `source "${raw}" ${where} is ${u.message.replace(/^which is /, '')}`, fix: u.fix } };
      }
      return { value: raw };
    case 'text':
      if (col.values && !col.values.includes(raw)) return { value: raw, error: { message: `value "${raw}" ${where} is not one of the allowed values`, fix: `use one of: ${col.values.join(', ')}` } };
      return { value: raw };
  }
}

/** The rules of a number's kind, and the column's own min and max. */
export function judgeNumber(n: number, raw: string, col: Pick<Column, 'name' | 'min' | 'max'> & { kind: ColumnKind }): CellVerdict {
  const where = `in column "${col.name}"`;
  const bad = (message: string, fix: string): CellVerdict => ({ value: n, error: { message: `value "${raw}" ${where} ${message}`, fix } });
  const rule = kindRule(n, col.kind);
  if (rule?.error) return bad(rule.error.message, rule.error.fix);
  if (col.min !== undefined && n < col.min) return bad(`is below the column's minimum of ${col.min}`, `check the value against the source; if it is right, lower "min" for "${col.name}" in the dataset's .yaml`);
  if (col.max !== undefined && n > col.max) return bad(`is above the column's maximum of ${col.max}`, `check the value against the source; if it is right, raise "max" for "${col.name}" in the dataset's .yaml`);
  if (rule?.warning) return { value: n, warning: { message: `value "${raw}" ${where} ${rule.warning.message}`, fix: rule.warning.fix } };
  return { value: n };
}

/**
 * What a kind refuses in a number (shared by dataset cells and named figures).
 * Messages are predicates ("is a negative count"); the caller names the value.
 */
export function kindRule(n: number, kind: ColumnKind | string): { error?: { message: string; fix: string }; warning?: { message: string; fix: string } } | null {
  switch (kind) {
    case 'count':
      if (n < 0) return { error: { message: 'is a negative count', fix: `remove the minus sign, writing ${trimNumber(-n)}, or check the value against the source` } };
      if (!Number.isInteger(n)) return { error: { message: 'is not a whole number, and a count is', fix: 'write the whole number the source gives, without decimals' } };
      return null;
    case 'money':
      if (n < 0) return { error: { message: 'is a negative amount of money', fix: `remove the minus sign, writing ${trimNumber(-n)}, or check the value against the source` } };
      return null;
    case 'share':
      if (n > 1 && n <= 100) return { error: { message: 'is a share above 1', fix: `write ${trimNumber(n / 100)}: a share is a fraction of 1 (0.38 prints as 38%)` } };
      if (n < 0 || n > 1) return { error: { message: 'is a share outside 0 to 1', fix: 'write the share as a fraction of 1, for example 0.38 for 38%' } };
      return null;
    case 'percent':
      if (n < 0 || n > 100) return { error: { message: 'is a percent outside 0 to 100', fix: 'write the percent as a number from 0 to 100, for example 38 for 38%' } };
      if (n > 0 && n < 1) return { warning: { message: 'is a percent below 1, so it prints as less than 1%', fix: `if ${trimNumber(n * 100)}% is meant, write ${trimNumber(n * 100)}; if the value really is under 1 percent, leave it` } };
      return null;
    case 'year':
    case 'fiscal-year':
      if (!Number.isInteger(n) || n < YEAR_RANGE[0] || n > YEAR_RANGE[1]) return { error: { message: `is not a ${kind === 'year' ? 'year' : 'fiscal year'} written with four digits`, fix: 'write the year with four digits, for example 2021' } };
      return null;
    default:
      return null;
  }
}

/** A time value's place against a period bound: compares as far as both are written (a month against a day, by month). */
function compareTime(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) < b.slice(0, n) ? -1 : a.slice(0, n) > b.slice(0, n) ? 1 : 0;
}

export type { Period } from './types.ts';

export interface SeriesInput {
  csvFile: string;
  columns: Column[];
  key: string[];
  rows: Row[];
  lines: number[];
  period?: Period | undefined;
  order?: string[] | undefined;
  orderWithin?: string[] | undefined;
  invalidRows: Set<Row>;
}

/** The dataset-wide rules: period, order, and values far out of line with their neighbours. */
export function checkSeries(d: SeriesInput, problems: Problem[]): void {
  const at = (i: number, col: Column | undefined, message: string, fix: string, severity?: 'warning') =>
    problems.push({ file: d.csvFile, line: d.lines[i]!, column: col ? d.columns.indexOf(col) + 1 : undefined, message, fix, ...(severity ? { severity } : {}) });
  const timeCols = d.columns.filter((c) => c.type === 'date' || c.type === 'month' || c.type === 'day-or-month');
  const yearCols = d.columns.filter((c) => c.kind === 'year' || c.kind === 'fiscal-year');
  const outOf = new Set<Row>();
  if (d.period) {
    const p = d.period;
    const span = `${p.start} to ${p.end}`;
    d.rows.forEach((row, i) => {
      if (d.invalidRows.has(row)) return;
      for (const c of timeCols) {
        const v = row[c.name];
        if (typeof v !== 'string') continue;
        if (compareTime(v, p.start) < 0 || compareTime(v, p.end) > 0) {
          outOf.add(row);
          at(i, c, `value "${v}" in column "${c.name}" is outside the dataset's period (${span})`, `check the year and the month; if the data really reaches ${v}, widen "period" in the dataset's .yaml`);
        }
      }
      for (const c of yearCols) {
        const v = row[c.name];
        if (typeof v !== 'number') continue;
        const lo = Number(p.start.slice(0, 4));
        const hi = Number(p.end.slice(0, 4)) + (c.kind === 'fiscal-year' ? 1 : 0);
        if (v < lo || v > hi) {
          outOf.add(row);
          at(i, c, `value "${v}" in column "${c.name}" is outside the dataset's period (${span})`, `check the digits; if the data really reaches ${v}, widen "period" in the dataset's .yaml`);
        }
      }
    });
  }
  // A U.S. federal fiscal year runs from October to September: October 2020 is in fiscal 2021.
  const monthCol = timeCols.find((c) => c.type === 'month' || c.type === 'date');
  for (const fy of d.columns.filter((c) => c.kind === 'fiscal-year')) {
    if (!monthCol) break;
    d.rows.forEach((row, i) => {
      const m = row[monthCol.name];
      const v = row[fy.name];
      if (typeof m !== 'string' || typeof v !== 'number' || d.invalidRows.has(row) || outOf.has(row)) return;
      const expected = Number(m.slice(0, 4)) + (Number(m.slice(5, 7)) >= 10 ? 1 : 0);
      if (v !== expected) at(i, fy, `value "${v}" in column "${fy.name}" does not match ${monthCol.name} ${m}, which is in fiscal ${expected} (October to September)`, `write ${expected}, or correct the ${monthCol.name}`);
    });
  }
  if (d.order?.length) {
    const cols = d.order.map((n) => d.columns.find((c) => c.name === n)).filter((c): c is Column => Boolean(c));
    const cmp = (a: Row, b: Row) => {
      for (const c of cols) {
        const x = a[c.name];
        const y = b[c.name];
        if (x === null || y === null || x === undefined || y === undefined) return 0;
        const r = typeof x === 'number' && typeof y === 'number' ? x - y : c.type === 'day-or-month' || c.type === 'date' || c.type === 'month' ? compareTime(String(x), String(y)) : String(x).localeCompare(String(y));
        if (r !== 0) return r;
      }
      return 0;
    };
    for (let i = 1; i < d.rows.length; i++) {
      const prev = d.rows[i - 1]!;
      const row = d.rows[i]!;
      if (d.invalidRows.has(row) || d.invalidRows.has(prev) || outOf.has(row) || outOf.has(prev)) continue;
      if ((d.orderWithin ?? []).some((g) => row[g] !== prev[g])) continue;
      if (cmp(prev, row) > 0) {
        const c = cols.find((c) => prev[c.name] !== row[c.name]);
        const by = cols.map((c) => `"${c.name}"`).join(', then ');
        at(i, c, `is out of order: ${cols.map((c) => `${c.name} ${String(row[c.name])}`).join(', ')} comes after ${cols.map((c) => String(prev[c.name])).join(', ')} on line ${d.lines[i - 1]}`, `sort the rows by ${by}, earliest first, and check both dates for a typo`);
      }
    }
  }
  // Values far out of line with their neighbours in a time series (one series per value of the other key columns).
  const time = timeCols.find((c) => d.key.includes(c.name));
  if (!time) return;
  const groupBy = d.key.filter((k) => k !== time.name && !d.columns.find((c) => c.name === k && (c.type === 'date' || c.type === 'month' || c.type === 'day-or-month')));
  const measures = d.columns.filter((c) => c.kind === 'count' || c.kind === 'money' || (c.kind === 'number' && c.outlierRatio !== undefined));
  const series = new Map<string, number[]>();
  d.rows.forEach((row, i) => {
    if (d.invalidRows.has(row) || outOf.has(row)) return;
    const g = groupBy.map((k) => String(row[k])).join(' | ');
    const list = series.get(g) ?? [];
    list.push(i);
    series.set(g, list);
  });
  for (const c of measures) {
    const ratio = c.outlierRatio ?? DEFAULT_OUTLIER_RATIO;
    for (const idx of series.values()) {
      const pts = idx.map((i) => ({ i, v: d.rows[i]![c.name] })).filter((p): p is { i: number; v: number } => typeof p.v === 'number' && p.v > 0);
      pts.forEach((p, j) => {
        // At either end of a series, the two nearest values stand in for the missing neighbour.
        const last = pts.length - 1;
        const near = (j === 0 ? [pts[1], pts[2]] : j === last ? [pts[last - 1], pts[last - 2]] : [pts[j - 1], pts[j + 1]]).filter((x): x is { i: number; v: number } => Boolean(x));
        if (!near.length || pts.length < 3) return;
        const row = d.rows[p.i]!;
        const key = d.key.map((k) => String(row[k])).join(', ');
        if (c.outliersOk?.includes(key)) return;
        const high = near.every((x) => p.v > ratio * x.v);
        const low = near.every((x) => p.v * ratio < x.v);
        if (!high && !low) return;
        const nb = near.map((x) => String(x.v)).join(' and ');
        at(p.i, c, `value "${p.v}" in column "${c.name}" is ${high ? `more than ${ratio} times` : `less than 1/${ratio} of`} its neighbours in the series (${nb})`, `check it against the source (a digit too many or too few?); if it is right, add "${key}" to "outliers_ok" for "${c.name}" in the dataset's .yaml, with a comment saying why`, 'warning');
      });
    }
  }
}
