/**
 * Turns a schema's issues into problems an editor can act on: the position
 * comes from the YAML (yaml-lines.ts), the words from the schema itself (each
 * field's `error` and `.meta({ fix })`, or `params.fix` on a rule that looks
 * at several fields). Paths are said in words by the caller's `subject`.
 */
import type { z } from 'zod';
import { parseYaml, yamlProblem, idsInBrokenFile, type YamlFile } from './yaml-lines.ts';
import { plainError } from '../schema/common.ts';
import type { Problem } from './problems.ts';

type Path = (string | number)[];
interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
  valueType?: z.ZodType;
}
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** The schema and every schema it wraps (optional, default, preprocess ...), outermost first. */
function layers(s: z.ZodType): z.ZodType[] {
  const out: z.ZodType[] = [];
  const seen = new Set<z.ZodType>();
  const stack = [s];
  while (stack.length) {
    const cur = stack.shift()!;
    if (seen.has(cur)) continue;
    seen.add(cur);
    out.push(cur);
    const d = defOf(cur);
    for (const inner of [d.innerType, d.in, d.out, ...(d.type === 'union' ? (d.options ?? []) : []), d.left, d.right]) if (inner) stack.push(inner);
  }
  return out;
}

function metaOf(s: z.ZodType): Record<string, unknown> | undefined {
  for (const l of layers(s)) {
    const m = l.meta() as Record<string, unknown> | undefined;
    if (m) return m;
  }
  return undefined;
}

/** The schemas found at each step of a path (the root first). */
function walk(schema: z.ZodType, path: Path): z.ZodType[] {
  const found = [schema];
  let cur: z.ZodType[] = [schema];
  for (const key of path) {
    const next: z.ZodType[] = [];
    for (const s of cur) {
      for (const l of layers(s)) {
        const d = defOf(l);
        if (d.type === 'object' && typeof key === 'string' && d.shape?.[key]) next.push(d.shape[key]);
        if (d.type === 'array' && typeof key === 'number' && d.element) next.push(d.element);
        if (d.type === 'record' && d.valueType) next.push(d.valueType);
      }
    }
    if (!next.length) break;
    found.push(next[0]!);
    cur = next;
  }
  return found;
}

/** The fix the schema gives for a path: the field's own, else its nearest parent's. */
export function fixAt(schema: z.ZodType, path: Path, key = 'fix'): string | undefined {
  const chain = walk(schema, path);
  for (let i = chain.length - 1; i >= 0; i--) {
    const f = metaOf(chain[i]!)?.[key];
    if (typeof f === 'string') return f;
  }
  return undefined;
}

/** The field names an object at a path allows (for unknown fields). */
function allowedAt(schema: z.ZodType, path: Path): string[] {
  const at = walk(schema, path).at(-1)!;
  for (const l of layers(at)) {
    const d = defOf(l);
    if (d.type === 'object' && d.shape) return Object.keys(d.shape);
  }
  return [];
}

export interface IssueContext {
  file: string;
  y: YamlFile;
  /** The YAML path of the value the schema read (for a part of a file). */
  base?: Path;
  /** The thing a path belongs to, in words ("source "x"", "column "date"", "" for the file). */
  subject(path: Path): string;
}

/** Edit distance between two short names, for "did you mean". */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length]![b.length]!;
}

function valueAt(data: unknown, path: Path): unknown {
  let cur = data;
  for (const k of path) cur = cur && typeof cur === 'object' ? (cur as Record<string | number, unknown>)[k] : undefined;
  return cur;
}

/**
 * Problems for a schema's issues. Unknown fields are named one by one at their
 * own line; a misspelled field ("acessed") is one problem, not two: its fix
 * gives the right name, and the field it should have been is not also
 * reported as missing.
 */
export function issueProblems(schema: z.ZodType, issues: z.core.$ZodIssue[], ctx: IssueContext): Problem[] {
  const out: Problem[] = [];
  const base = ctx.base ?? [];
  const say = (path: Path, message: string, fix: string, severity?: 'warning', key = false) => {
    const p = ctx.y.pos([...base, ...path], { key });
    const subject = ctx.subject(path);
    out.push({ file: ctx.file, line: p.line, column: p.column, message: subject ? `${subject} ${message}` : message, fix, ...(severity ? { severity } : {}) });
  };
  const misspelled = new Set<string>();
  const pathOf = (iss: z.core.$ZodIssue) => iss.path.filter((k): k is string | number => typeof k !== 'symbol');
  for (const iss of issues) {
    if (iss.code !== 'unrecognized_keys') continue;
    const path = pathOf(iss);
    const obj = valueAt(ctx.y.data, [...base, ...path]) as Record<string, unknown> | undefined;
    for (const k of iss.keys) {
      const near = allowedAt(schema, path).find((f) => obj?.[f] === undefined && distance(f, k) <= Math.max(1, Math.floor(f.length / 4)));
      if (near) misspelled.add(JSON.stringify([...path, near]));
    }
  }
  for (const iss of issues) {
    const path = pathOf(iss);
    if (iss.code === 'unrecognized_keys') {
      const allowed = allowedAt(schema, path);
      const fix = fixAt(schema, path, 'unknownFix') ?? `use only: ${allowed.join(', ')}`;
      const where = fixAt(schema, path, 'unknownWhere') ?? '';
      const obj = valueAt(ctx.y.data, [...base, ...path]) as Record<string, unknown> | undefined;
      for (const k of iss.keys) {
        const near = allowed.find((f) => obj?.[f] === undefined && distance(f, k) <= Math.max(1, Math.floor(f.length / 4)));
        say([...path, k], `has an unknown field "${k}"${where}`, near ? `write "${near}"` : fix.replace('{allowed}', allowed.join(', ')));
      }
      continue;
    }
    if (misspelled.has(JSON.stringify(path))) continue;
    const params = (iss as { params?: { fix?: string; severity?: 'warning' } }).params;
    // A field that is missing may have its own fix ("add ..."), apart from one that is wrong ("use ...").
    const missingFix = iss.code === 'invalid_type' && valueAt(ctx.y.data, [...base, ...path]) === undefined ? fixAt(schema, path, 'fixMissing') : undefined;
    const fix = params?.fix ?? missingFix ?? fixAt(schema, path) ?? 'see docs/editing.md for how to write this field';
    say(path, iss.message, fix, params?.severity);
  }
  return out;
}

/**
 * Reads a YAML file that holds a list (sources, figures): a syntax error is one problem, and the ids the
 * broken file seems to hold go into `broken` so their uses elsewhere are not reported again; a file that is
 * not a list is reported by the schema. Returns the parsed file and its entries, or null.
 */
export function readListFile(file: string, text: string, schema: z.ZodType<unknown[]>, problems: Problem[], broken: Set<string>): { y: YamlFile; list: unknown[] } | null {
  const y = parseYaml(text);
  const yamlError = yamlProblem(file, y);
  if (yamlError) {
    problems.push(yamlError);
    for (const id of idsInBrokenFile(y.text)) broken.add(id);
    return null;
  }
  const list = schema.safeParse(y.data, { error: plainError });
  if (!list.success) {
    problems.push(...issueProblems(schema, list.error.issues, { file, y, subject: () => '' }));
    return null;
  }
  return { y, list: list.data };
}
