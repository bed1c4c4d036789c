/**
 * The editors' data, validated: sources, datasets (CSV + YAML metadata) and
 * named figures. `validateContent` takes the files' text and returns the
 * typed model together with every problem found (it never stops at the first).
 */
import { parseCsv } from './csv.ts';
import { parseYaml, type YamlFile } from './yaml-lines.ts';
import type { Problem } from './problems.ts';
import { handTypedFigures } from './figures-in-text.ts';
import type { FigureKind, FigureStyle } from '../format.ts';
import { revisionsSchema, type Revision } from '../schema/revision.ts';

/** `day-or-month` holds a full date (YYYY-MM-DD) or, where only the month is known, the month alone (YYYY-MM). */
export const COLUMN_TYPES = ['date', 'month', 'day-or-month', 'integer', 'number', 'text', 'source', 'boolean'] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];
export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

/** A copy of a source that the desk read because the original could not be read. */
export interface SourceCopy {
  /** Who hosts the copy, as readers should see it named, for example "National Post". */
  name: string;
  /** The host's name for Spanish readers, when it differs ("la Embajada de EE. UU. en Guatemala"). */
  nameEs?: string | undefined;
  /** The copy's https address. */
  url: string;
  /** The host carries the publisher's wire service by agreement ("Reuters, via National Post"). */
  syndicated: boolean;
}

/**
 * One source. It carries up to two addresses: `url`, the original publisher's
 * page (only when that address is established), and `via`, the copy the desk
 * actually read when that is not the original. At least one is present.
 */
export interface Source {
  id: string;
  /** Who published the original (never the site that reprinted it). */
  publisher: string;
  /** The publisher's name in Spanish (agencies and governments; outlets keep their own name). */
  publisherEs?: string | undefined;
  /** The source's own title, in its own language. */
  title: string;
  /** Only when `title` is the desk's description of an untitled item: the description in Spanish. */
  titleEs?: string | undefined;
  /** The original publisher's address; absent when it is not established. */
  url?: string | undefined;
  /** The copy read, when it is not the original. */
  via?: SourceCopy | undefined;
  published?: string | undefined;
  accessed: string;
  /** Provenance in plain words for readers, in English and in Spanish (both or neither). */
  note?: string | undefined;
  noteEs?: string | undefined;
  /** Language of the source (and of its title): "en" unless set. */
  lang: SourceLang;
}

export const SOURCE_LANGS = ['en', 'es'] as const;
export type SourceLang = (typeof SOURCE_LANGS)[number];

export interface Column {
  name: string;
  type: ColumnType;
  label: string;
  /** The heading on Spanish pages (label_es). */
  labelEs: string;
  required: boolean;
  values?: string[] | undefined;
}

export interface Dataset {
  id: string;
  title: string;
  description: string;
  unit: string;
  /** Spanish twins of title, description, unit, vintage and notes (title_es, ...), shown on Spanish pages. */
  titleEs: string;
  descriptionEs: string;
  unitEs: string;
  vintageEs: string;
  notesEs: string[];
  currency?: string | undefined;
  key: string[];
  columns: Column[];
  sources: string[];
  vintage: string;
  checked: string;
  notes: string[];
  caveats: string[];
  /** Spanish caveats (caveats_es), one for each caveat, shown on Spanish pages. */
  caveatsEs: string[];
  rows: Row[];
  /** CSV line of each row, for messages. */
  lines: number[];
  /** Rows that could not be read at all (already reported). */
  skipped: number;
  /** Rows with a cell that could not be read (already reported). */
  invalidRows: Set<Row>;
  /** Revision history (`revisions:` in the YAML), oldest first. */
  revisions: Revision[];
}

export interface Figure {
  id: string;
  label: string;
  /** The label on Spanish pages (label_es). */
  labelEs: string;
  value: number;
  kind: FigureKind;
  style?: FigureStyle | undefined;
  source: string;
  asOf?: string | undefined;
  note?: string | undefined;
  /** The note on Spanish pages (note_es); present whenever note is. */
  noteEs?: string | undefined;
  dataset?: string | undefined;
  /** For a figure read from a dataset: the row's key values joined with ", " (as in a revision entry) and the column. */
  rowKey?: string | undefined;
  column?: string | undefined;
}

export interface ContentModel {
  sources: Map<string, Source>;
  datasets: Map<string, Dataset>;
  figures: Map<string, Figure>;
  /** Figures that exist but could not be read (already reported), so uses are not reported again. */
  brokenFigures: Set<string>;
}

export interface ContentFiles {
  /** content/sources.yaml and content/sources/*.yaml: path -> text */
  sources: Map<string, string>;
  /** content/figures.yaml and content/figures/*.yaml: path -> text */
  figures: Map<string, string>;
  /** id -> { csv, yaml } for content/data/<id>.csv and .yaml */
  datasets: Map<string, { csv?: string | undefined; yaml?: string | undefined }>;
}

/** [[figure-id]] in a dataset's notes or caveats prints a named figure. */
export const FIGURE_TOKEN = /\[\[([a-z0-9-]+)\]\]/g;

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SNAKE = /^[a-z][a-z0-9_]*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MONTH = /^\d{4}-\d{2}$/;
const KINDS: FigureKind[] = ['money', 'count', 'percent', 'share'];

export function isRealDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

export function isRealMonth(s: string): boolean {
  if (!ISO_MONTH.test(s)) return false;
  const m = Number(s.slice(5, 7));
  return m >= 1 && m <= 12;
}

/** YAML may turn an unquoted 2021-06-06 into a Date; bring it back to text. */
function asText(v: unknown): string | undefined {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  return undefined;
}

function describe(v: unknown): string {
  if (v === undefined || v === null) return 'nothing';
  if (typeof v === 'string') return `"${v}"`;
  return JSON.stringify(v);
}

/** Reads one CSV cell as its column type; returns a problem text when it cannot. */
export function readCell(raw: string, col: Column, sourceIds: Set<string> | null): { value: Cell; error?: { message: string; fix: string } } {
  if (raw.trim() !== raw) {
    return { value: null, error: { message: `value "${raw}" in column "${col.name}" has spaces at the start or end`, fix: 'delete the extra spaces' } };
  }
  if (raw === '') {
    if (col.required) return { value: null, error: { message: `column "${col.name}" is empty but a value is required`, fix: `fill in the ${col.type} value, or set "required: false" for "${col.name}" in the dataset's .yaml if it may be missing` } };
    return { value: null };
  }
  switch (col.type) {
    case 'integer':
    case 'number': {
      if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(raw)) {
        return { value: null, error: { message: `value "${raw}" in column "${col.name}" has thousands separators`, fix: `write the plain number without commas: ${raw.replace(/,/g, '')}` } };
      }
      const re = col.type === 'integer' ? /^-?\d+$/ : /^-?\d+(\.\d+)?$/;
      if (!re.test(raw)) {
        const hint = /[$%€]|[a-z]/i.test(raw) ? 'write only digits (no units, currency signs or words); put the unit in the .yaml "unit" field' : col.type === 'integer' ? 'write a whole number using digits only, for example 1234' : 'write a number using digits and a decimal point, for example 0.38';
        return { value: null, error: { message: `value "${raw}" in column "${col.name}" is not ${col.type === 'integer' ? 'a whole number' : 'a number'}`, fix: hint } };
      }
      return { value: Number(raw) };
    }
    case 'date':
      if (!isRealDate(raw)) return { value: null, error: { message: `value "${raw}" in column "${col.name}" is not a date written as YYYY-MM-DD`, fix: 'write the date as year-month-day with zeros, for example 2021-06-07' } };
      return { value: raw };
    case 'month':
      if (!isRealMonth(raw)) return { value: null, error: { message: `value "${raw}" in column "${col.name}" is not a month written as YYYY-MM`, fix: 'write the month as year-month, for example 2021-06' } };
      return { value: raw };
    case 'day-or-month':
      if (!isRealDate(raw) && !isRealMonth(raw)) {
        return { value: null, error: { message: `value "${raw}" in column "${col.name}" is not a date written as YYYY-MM-DD, nor a month written as YYYY-MM`, fix: 'write the full date, for example 2021-07-08; if only the month is known, write the month alone, for example 2021-07 (never a made-up day such as 2021-07-01)' } };
      }
      return { value: raw };
    case 'boolean':
      if (raw !== 'true' && raw !== 'false') return { value: null, error: { message: `value "${raw}" in column "${col.name}" is not true or false`, fix: 'write true or false' } };
      return { value: raw === 'true' };
    case 'source':
      if (sourceIds && !sourceIds.has(raw)) return { value: raw, error: { message: `source "${raw}" in column "${col.name}" is not in content/sources.yaml`, fix: `add a source with "id: ${raw}" to content/sources.yaml, or correct the id` } };
      return { value: raw };
    case 'text':
      if (col.values && !col.values.includes(raw)) return { value: raw, error: { message: `value "${raw}" in column "${col.name}" is not one of the allowed values`, fix: `use one of: ${col.values.join(', ')}` } };
      return { value: raw };
  }
}

function validateSources(files: Map<string, string>, problems: Problem[]): Map<string, Source> {
  const out = new Map<string, Source>();
  if (!files.has('content/sources.yaml')) {
    problems.push({ file: 'content/sources.yaml', line: 1, message: 'is missing', fix: 'create content/sources.yaml with a list of sources (see docs/editing.md)' });
  }
  for (const [file, text] of files) validateSourceFile(file, text, problems, out);
  return out;
}

const HTTPS = /^https:\/\/[^\s/]+\.[^\s]+$/;
const VIA_FIELDS = ['name', 'name_es', 'url', 'syndicated'];
const SOURCE_FIELDS = ['id', 'publisher', 'publisher_es', 'title', 'title_es', 'url', 'via', 'published', 'accessed', 'note', 'note_es', 'lang'];

/** Every address already taken by a source (its original or its copy), for the no-duplicate rule. */
function addressOwner(out: Map<string, Source>, address: string): { source: Source; field: string } | undefined {
  for (const o of out.values()) {
    if (o.url === address) return { source: o, field: 'url' };
    if (o.via?.url === address) return { source: o, field: 'via url' };
  }
  return undefined;
}

function validateSourceFile(file: string, text: string, problems: Problem[], out: Map<string, Source>): void {
  const y = parseYaml(text);
  for (const e of y.errors) problems.push({ file, line: e.line, column: e.column, message: `is not valid YAML (${e.message})`, fix: 'check the indentation and that each entry starts with "- id:"' });
  if (y.errors.length) return;
  if (!Array.isArray(y.data)) {
    problems.push({ file, line: 1, message: 'must be a list of sources', fix: 'start each source with "- id: ..."' });
    return;
  }
  y.data.forEach((raw: unknown, i: number) => {
    const r = (raw ?? {}) as Record<string, unknown>;
    const bad = (k: string | (string | number)[], message: string, fix: string) => {
      const path = typeof k === 'string' ? (k in r ? [i, k] : [i]) : [i, ...k];
      const p = y.pos(path);
      problems.push({ file, line: p.line, column: p.column, message, fix });
    };
    const id = asText(r.id);
    const label = id ? `source "${id}"` : `source number ${i + 1}`;
    if (!id || !KEBAB.test(id)) bad('id', `${label} has ${id ? 'an id that is not kebab-case' : 'no id'}`, 'give it an id of lower-case words joined by hyphens, for example "wh-fact-sheet-2021-06-08"');
    else if (out.has(id)) bad('id', `source id "${id}" is used twice`, 'give each source its own id');
    for (const k of ['publisher', 'title'] as const) {
      if (!asText(r[k])?.trim()) bad(k, `${label} has no ${k}`, `add "${k}: ..." (${k === 'publisher' ? 'who published the original, for example The White House (not the site that reprinted it)' : 'the title of the page or document'})`);
    }

    for (const k of ['publisher_es', 'title_es'] as const) {
      if (r[k] !== undefined && !asText(r[k])?.trim()) bad(k, `${label} has an empty ${k}`, 'write the Spanish text, or delete the line');
    }

    // The original's address.
    const url = r.url === undefined ? undefined : asText(r.url);
    if (r.url !== undefined && !(url && HTTPS.test(url))) bad('url', `${label} has url ${describe(url ?? r.url)}, which is not a secure https address`, 'use the https:// address of the original page (open it in a browser and copy the address), or delete the line if the original is not established');

    // The copy read.
    let via: SourceCopy | undefined;
    if (r.via !== undefined) {
      const v = r.via && typeof r.via === 'object' && !Array.isArray(r.via) && !(r.via instanceof Date) ? (r.via as Record<string, unknown>) : null;
      if (!v) bad('via', `${label} has "via" written as ${describe(r.via)}, not as a name and an address`, 'write it on two indented lines under "via:": "name: Site that carried the copy" and "url: https://..."');
      else {
        const name = asText(v.name)?.trim();
        const vurl = asText(v.url);
        if (!name) bad(['via', ...('name' in v ? ['name'] : [])], `${label} has a "via" copy without a name`, 'add "name: ..." under "via:", the site that carried the copy as readers know it, for example National Post');
        if (!vurl) bad(['via', ...('url' in v ? ['url'] : [])], `${label} has a "via" copy without an address`, 'add "url: https://..." under "via:", the address of the copy you read');
        else if (!HTTPS.test(vurl)) bad(['via', 'url'], `${label} has via url ${describe(vurl)}, which is not a secure https address`, 'use the https:// address of the copy you read');
        const nameEs = v.name_es === undefined ? undefined : asText(v.name_es)?.trim();
        if (v.name_es !== undefined && !nameEs) bad(['via', 'name_es'], `${label} has an empty "name_es" under "via"`, 'write the Spanish name, or delete the line');
        if (v.syndicated !== undefined && typeof v.syndicated !== 'boolean') bad(['via', 'syndicated'], `${label} has "syndicated: ${String(v.syndicated)}" under "via"`, 'write syndicated: true (the site carries the wire service by agreement), or delete the line');
        for (const k of Object.keys(v)) if (!VIA_FIELDS.includes(k)) bad(['via', k], `${label} has an unknown field "${k}" under "via"`, `use only ${VIA_FIELDS.join(', ')} under "via:"`);
        if (name && vurl && HTTPS.test(vurl)) via = { name, nameEs: nameEs || undefined, url: vurl, syndicated: v.syndicated === true };
        if (vurl && url && vurl === url) bad(['via', 'url'], `${label} has the same address as url and as via url`, 'when the desk read the original itself, delete the "via:" lines');
      }
    }
    if (r.url === undefined && r.via === undefined) bad('id', `${label} has neither url nor via`, 'add "url: https://..." with the original publisher\'s address, or, when only a copy was read, "via:" with the copy\'s name and url');

    // One address, one source: the same page is never two entries.
    const seen = new Set<string>();
    for (const [addr, field, path] of [[url, 'url', ['url']], [via?.url, 'via url', ['via', 'url']]] as const) {
      if (!addr || seen.has(addr)) continue;
      seen.add(addr);
      const owner = addressOwner(out, addr);
      if (!owner) continue;
      const what = field === owner.field ? `the same ${field} as source "${owner.source.id}"` : `a ${field} that is the ${owner.field} of source "${owner.source.id}"`;
      bad([...path], `${label} has ${what}`, `use the id "${owner.source.id}" wherever this source is cited and delete this entry`);
    }

    const published = r.published === undefined ? undefined : asText(r.published);
    if (r.published !== undefined && !(published && isRealDate(published))) bad('published', `${label} has published date ${describe(asText(r.published) ?? r.published)}, which is not a date written as YYYY-MM-DD`, 'write it as year-month-day, for example 2021-06-08, or delete the line if the date is unknown');
    const accessed = asText(r.accessed);
    if (!accessed || !isRealDate(accessed)) bad('accessed', `${label} has ${r.accessed === undefined ? 'no accessed date' : `accessed date ${describe(accessed)}, which is not a date written as YYYY-MM-DD`}`, 'add "accessed: YYYY-MM-DD", the day you last checked the source');

    // Notes are for readers, in both languages.
    const note = r.note === undefined ? undefined : asText(r.note)?.trim();
    const noteEs = r.note_es === undefined ? undefined : asText(r.note_es)?.trim();
    if (r.note !== undefined && !note) bad('note', `${label} has an empty note`, 'write the note, or delete the line');
    if (r.note_es !== undefined && !noteEs) bad('note_es', `${label} has an empty note_es`, 'write the Spanish note, or delete the line');
    if (note && r.note_es === undefined) bad('note', `${label} has a note but no Spanish note (note_es)`, 'add "note_es: ..." with the same provenance in Spanish, for readers of the Spanish edition');
    if (noteEs && r.note === undefined) bad('note_es', `${label} has a Spanish note (note_es) but no English note`, 'add "note: ..." with the same provenance in English');

    for (const [k, text] of [['note', note], ['note_es', noteEs]] as const) {
      for (const f of text ? handTypedFigures(text) : []) bad(k, `${label} has the figure "${f.text}" typed into its ${k}`, 'say it in words ("a slightly different count"), or leave it to the figures and datasets that cite this source');
    }

    const langRaw = r.lang === undefined ? 'en' : asText(r.lang);
    const lang = SOURCE_LANGS.find((l) => l === langRaw);
    if (!lang) bad('lang', `${label} has lang ${describe(langRaw ?? r.lang)}`, `use one of: ${SOURCE_LANGS.join(', ')} (the language the source is written in; leave it out for English)`);

    for (const k of Object.keys(r)) if (!SOURCE_FIELDS.includes(k)) bad(k, `${label} has an unknown field "${k}"`, `use only: ${SOURCE_FIELDS.join(', ')}`);
    if (id && KEBAB.test(id) && !out.has(id)) {
      out.set(id, { id, publisher: asText(r.publisher) ?? '', publisherEs: asText(r.publisher_es)?.trim() || undefined, title: asText(r.title) ?? '', titleEs: asText(r.title_es)?.trim() || undefined, url: url && HTTPS.test(url) ? url : undefined, via, published, accessed: accessed ?? '', note, noteEs, lang: lang ?? 'en' });
    }
  });
}

function validateDataset(id: string, files: { csv?: string | undefined; yaml?: string | undefined }, sourceIds: Set<string>, problems: Problem[]): Dataset | null {
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
  const y: YamlFile = parseYaml(files.yaml);
  for (const e of y.errors) problems.push({ file: yamlFile, line: e.line, column: e.column, message: `is not valid YAML (${e.message})`, fix: 'check the indentation and the colons' });
  if (y.errors.length) return null;
  const m = (y.data ?? {}) as Record<string, unknown>;
  const before = problems.length;
  const bad = (path: (string | number)[], message: string, fix: string) => {
    const p = y.pos(path);
    problems.push({ file: yamlFile, line: p.line, column: p.column, message, fix });
  };
  const what = { title: 'the title readers see', description: 'one or two sentences on what a row counts', unit: 'what one value counts, for example children', vintage: 'the data vintage, for example "CBP release of June 9, 2021"' };
  for (const k of ['title', 'description', 'unit', 'vintage'] as const) {
    if (!asText(m[k])?.trim()) bad([k], `has no "${k}"`, `add "${k}: ..." (${what[k]})`);
    else if (!asText(m[`${k}_es`])?.trim()) bad(m[`${k}_es`] === undefined ? [k] : [`${k}_es`], `has "${k}" but no Spanish "${k}_es"`, `add "${k}_es: ..." under "${k}", with the same text in Spanish (Spanish pages show it)`);
    else if (k !== 'unit' && asText(m[`${k}_es`]) === asText(m[k])) bad([`${k}_es`], `has "${k}_es" identical to "${k}"`, `write "${k}_es" in Spanish`);
  }
  for (const k of ['notes', 'caveats'] as const) {
    const en = Array.isArray(m[k]) ? m[k].length : 0;
    const esKey = `${k}_es`;
    const es = Array.isArray(m[esKey]) ? (m[esKey] as unknown[]).length : 0;
    if (m[esKey] !== undefined && !Array.isArray(m[esKey])) bad([esKey], `has "${esKey}" that is not a list`, `write "${esKey}:" followed by one "- ..." line per item, as in "${k}"`);
    else if (en > 0 && es === 0) bad([k], `has ${en} ${k} but no Spanish "${esKey}"`, `add "${esKey}:" with the same ${en} items in Spanish, in the same order (Spanish pages show them)`);
    else if (en !== es) bad([esKey], `has ${en} ${k} but ${es} Spanish ${esKey}`, `give "${esKey}" one item for each item of "${k}", in the same order`);
  }
  const checked = asText(m.checked);
  if (!checked || !isRealDate(checked)) bad(['checked'], `has ${m.checked === undefined ? 'no "checked" date' : `"checked" ${describe(checked)}, which is not a date written as YYYY-MM-DD`}`, 'add "checked: YYYY-MM-DD", the day the data was last checked against its source');
  const srcs = Array.isArray(m.sources) ? m.sources.map((s) => asText(s) ?? '') : [];
  if (srcs.length === 0) bad(['sources'], 'has no sources', 'add "sources: [source-id]" with at least one id from content/sources.yaml');
  srcs.forEach((s, i) => {
    if (!sourceIds.has(s)) bad(['sources', i], `names source "${s}", which is not in content/sources.yaml`, `add a source with "id: ${s}" to content/sources.yaml, or correct the id`);
  });
  const knownFields = ['title', 'title_es', 'description', 'description_es', 'unit', 'unit_es', 'currency', 'key', 'columns', 'sources', 'vintage', 'vintage_es', 'checked', 'notes', 'notes_es', 'caveats', 'caveats_es', 'revisions'];
  const revs = revisionsSchema.safeParse(m.revisions ?? []);
  if (!revs.success) for (const is of revs.error.issues) bad(['revisions', ...(is.path as (string | number)[])], `has a revision entry whose ${is.path.filter((x) => typeof x === 'string').join(' ') || 'list'} ${is.message}`, 'write each revision as in docs/editing.md (date, source, summary, summary_es, changes)');
  else revs.data.forEach((r, i) => { if (!sourceIds.has(r.source)) bad(['revisions', i, 'source'], `revision ${i + 1} names source "${r.source}", which is not in content/sources.yaml`, 'use the id of the source the new file came from'); });
  for (const k of Object.keys(m)) if (!knownFields.includes(k)) bad([k], `has an unknown field "${k}"`, `check the spelling; allowed fields are ${knownFields.join(', ')}`);
  const columns: Column[] = [];
  if (!Array.isArray(m.columns) || m.columns.length === 0) bad(['columns'], 'has no "columns" list', 'list every CSV column with its name, type and label');
  else
    m.columns.forEach((c: unknown, i: number) => {
      const col = (c ?? {}) as Record<string, unknown>;
      const name = asText(col.name) ?? '';
      if (!SNAKE.test(name)) bad(['columns', i, 'name'], `column ${i + 1} has name ${describe(col.name)}, which is not snake_case`, 'use lower-case words joined by underscores, matching the CSV header');
      const type = asText(col.type) as ColumnType | undefined;
      if (!type || !COLUMN_TYPES.includes(type)) bad(['columns', i, 'type'], `column "${name}" has type ${describe(col.type)}`, `use one of: ${COLUMN_TYPES.join(', ')}`);
      if (!asText(col.label)?.trim()) bad(['columns', i, 'label'], `column "${name}" has no label`, 'add "label: ..." with the heading readers see in the data table');
      else if (!asText(col.label_es)?.trim()) bad(['columns', i, col.label_es === undefined ? 'label' : 'label_es'], `column "${name}" has no Spanish label_es`, 'add "label_es: ..." with the heading in Spanish (Spanish pages show it)');
      if (col.required !== undefined && typeof col.required !== 'boolean') bad(['columns', i, 'required'], `column "${name}" has "required: ${String(col.required)}"`, 'write required: true or required: false');
      for (const k of Object.keys(col)) if (!['name', 'type', 'label', 'label_es', 'required', 'values'].includes(k)) bad(['columns', i, k], `column "${name}" has an unknown field "${k}"`, 'use only name, type, label, label_es, required and values');
      const values = Array.isArray(col.values) ? col.values.map((v) => asText(v) ?? '') : undefined;
      columns.push({ name, type: type && COLUMN_TYPES.includes(type) ? type : 'text', label: asText(col.label) ?? name, labelEs: asText(col.label_es) ?? asText(col.label) ?? name, required: col.required !== false, values });
    });
  const key = Array.isArray(m.key) ? m.key.map((k) => asText(k) ?? '') : [];
  if (key.length === 0) bad(['key'], 'has no "key"', 'add "key: [column]" naming the column(s) that identify a row, for example key: [date]');
  key.forEach((k, i) => {
    if (!columns.some((c) => c.name === k)) bad(['key', i], `key column "${k}" is not one of the columns`, `use column names from the "columns" list`);
  });
  if (problems.length > before && columns.length === 0) return null;

  const { rows: csvRows, errors } = parseCsv(files.csv);
  for (const e of errors) problems.push({ file: csvFile, line: e.line, message: e.message, fix: e.fix });
  const header = csvRows[0];
  if (!header) {
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
      const { value, error } = readCell(r.cells[ci] ?? '', col, sourceIds);
      if (error) {
        problems.push({ file: csvFile, line: r.line, column: ci + 1, message: error.message, fix: error.fix });
        invalidRows.add(row);
      }
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
    checked: checked ?? '',
    notes: strList(m.notes),
    caveats: strList(m.caveats),
    caveatsEs: strList(m.caveats_es),
    rows,
    lines,
    skipped,
    invalidRows,
    revisions: revs.success ? revs.data : [],
  };
}

/** The date or month a row refers to, if it has such a column. */
export function rowDate(ds: Dataset, row: Row): string | undefined {
  const col = ds.columns.find((c) => c.type === 'date' || c.type === 'month' || c.type === 'day-or-month');
  const v = col ? row[col.name] : undefined;
  return typeof v === 'string' ? v : undefined;
}

/** The source of one row: its own `source` column, else the dataset's first source. */
export function rowSource(ds: Dataset, row: Row): string {
  const col = ds.columns.find((c) => c.type === 'source');
  const v = col ? row[col.name] : undefined;
  return typeof v === 'string' && v ? v : (ds.sources[0] ?? '');
}

export function findRow(ds: Dataset, keys: Record<string, string>): Row | undefined {
  return ds.rows.find((r) => Object.entries(keys).every(([k, v]) => String(r[k] ?? '') === v));
}

/** A [[figure-id]] written in a figure's label or note, checked once every figure is read. */
interface FigureRef {
  file: string;
  line: number;
  column: number;
  owner: string;
  field: string;
  ref: string;
}

function validateFigures(files: Map<string, string>, sources: Map<string, Source>, datasets: Map<string, Dataset>, problems: Problem[], broken: Set<string>): Map<string, Figure> {
  const out = new Map<string, Figure>();
  const refs: FigureRef[] = [];
  for (const [file, text] of files) validateFigureFile(file, text, sources, datasets, problems, broken, out, refs);
  for (const r of refs) {
    if (r.ref === r.owner) problems.push({ file: r.file, line: r.line, column: r.column, message: `figure "${r.owner}" uses itself, [[${r.ref}]], in its ${r.field}`, fix: 'say "this amount" or "this number" instead' });
    else if (!out.has(r.ref) && !broken.has(r.ref)) problems.push({ file: r.file, line: r.line, column: r.column, message: `figure "${r.owner}" uses the figure [[${r.ref}]] in its ${r.field}, which is not in content/figures.yaml`, fix: 'check the spelling, or add the figure to content/figures.yaml' });
  }
  return out;
}

function validateFigureFile(file: string, text: string, sources: Map<string, Source>, datasets: Map<string, Dataset>, problems: Problem[], broken: Set<string>, out: Map<string, Figure>, refs: FigureRef[]): void {
  const y = parseYaml(text);
  for (const e of y.errors) problems.push({ file, line: e.line, column: e.column, message: `is not valid YAML (${e.message})`, fix: 'check the indentation and that each figure starts with "- id:"' });
  if (y.errors.length) return;
  if (!Array.isArray(y.data)) {
    problems.push({ file, line: 1, message: 'must be a list of figures', fix: 'start each figure with "- id: ..."' });
    return;
  }
  y.data.forEach((raw: unknown, i: number) => {
    const r = (raw ?? {}) as Record<string, unknown>;
    const bad = (k: string | undefined, message: string, fix: string) => {
      const p = y.pos(k && k in r ? [i, k] : [i]);
      problems.push({ file, line: p.line, column: p.column, message, fix });
    };
    const id = asText(r.id);
    const label = id ? `figure "${id}"` : `figure number ${i + 1}`;
    if (!id || !KEBAB.test(id)) {
      bad('id', `${label} has ${id ? 'an id that is not kebab-case' : 'no id'}`, 'give it an id of lower-case words joined by hyphens, for example "aid-310m"');
      return;
    }
    if (out.has(id)) {
      bad('id', `figure id "${id}" is used twice`, 'give each figure its own id');
      return;
    }
    const before = problems.length;
    if (!asText(r.label)?.trim()) bad('label', `${label} has no label`, 'add "label: ..." saying in a few words what the number is');
    else if (!asText(r.label_es)?.trim()) bad('label_es' in r ? 'label_es' : 'label', `${label} has no Spanish label_es`, 'add "label_es: ..." under "label", saying the same in Spanish (readers of the Spanish pages see it when they point at the number)');
    else if (asText(r.label_es) === asText(r.label)) bad('label_es', `${label} has a label_es identical to its label`, 'write label_es in Spanish');
    if (asText(r.note)?.trim() && asText(r.note_es) === asText(r.note)) bad('note_es', `${label} has a note_es identical to its note`, 'write note_es in Spanish');
    if (asText(r.note)?.trim() && !asText(r.note_es)?.trim()) bad('note_es' in r ? 'note_es' : 'note', `${label} has a note but no Spanish note_es`, 'add "note_es: ..." under "note", with the same note in Spanish');
    if (!asText(r.note)?.trim() && asText(r.note_es)?.trim()) bad('note_es', `${label} has a Spanish note_es but no English note`, 'add "note: ..." with the same note in English, or delete note_es');
    for (const k of ['label', 'label_es', 'note', 'note_es'] as const) {
      const text = asText(r[k]) ?? '';
      const p = y.pos(k in r ? [i, k] : [i]);
      for (const m of text.matchAll(FIGURE_TOKEN)) refs.push({ file, line: p.line, column: p.column, owner: id, field: k, ref: m[1]! });
      for (const f of handTypedFigures(text.replace(FIGURE_TOKEN, ' '))) bad(k, `${label} has the figure "${f.text}" typed into its ${k}`, 'name that figure in content/figures.yaml and write [[figure-id]] in its place, or reword without it');
    }
    const kind = asText(r.kind) as FigureKind | undefined;
    if (!kind || !KINDS.includes(kind)) bad('kind', `${label} has kind ${describe(r.kind)}`, `use one of: ${KINDS.join(', ')}`);
    const style = r.style === undefined ? undefined : (asText(r.style) as FigureStyle);
    if (style !== undefined && style !== 'compact' && style !== 'full') bad('style', `${label} has style ${describe(r.style)}`, 'use compact ("1.5 million") or full ("1,500,000"), or leave it out');
    let value: number | undefined;
    let source: string | undefined;
    let asOf: string | undefined;
    let rowKey: string | undefined;
    const datasetId = asText(r.dataset);
    if (datasetId !== undefined) {
      if ('value' in r) bad('value', `${label} has both "dataset" and "value"`, 'keep only one: a figure either points at a dataset row or carries its own value');
      const ds = datasets.get(datasetId);
      if (!ds) bad('dataset', `${label} points at dataset "${datasetId}", which does not exist`, `use the name of a file in content/data (without .csv), or correct the spelling`);
      else {
        const keys: Record<string, string> = {};
        const rowSpec = r.row && typeof r.row === 'object' && !(r.row instanceof Date) ? (r.row as Record<string, unknown>) : null;
        if (!rowSpec) bad('row', `${label} has no "row"`, `add "row: { ${ds.key.map((k) => `${k}: ...`).join(', ')} }" naming the row by its key`);
        else for (const [k, v] of Object.entries(rowSpec)) keys[k] = asText(v) ?? '';
        const column = asText(r.column);
        const col = ds.columns.find((c) => c.name === column);
        if (!col) bad('column', `${label} names column ${describe(r.column)}, which dataset "${datasetId}" does not have`, `use one of: ${ds.columns.filter((c) => c.type === 'integer' || c.type === 'number').map((c) => c.name).join(', ')}`);
        else if (col.type !== 'integer' && col.type !== 'number') bad('column', `${label} names column "${col.name}", which holds ${col.type} values, not numbers`, 'name a numeric column');
        if (rowSpec && col) {
          const row = findRow(ds, keys);
          // When the CSV has unreadable rows, that problem is reported already; do not pile on.
          if (!row && ds.skipped === 0) bad('row', `${label} names a row (${Object.entries(keys).map(([k, v]) => `${k} = ${v}`).join(', ')}) that is not in content/data/${datasetId}.csv`, `check the key values against the CSV; the key of this dataset is ${ds.key.join(' + ')}`);
          else if (row) {
            const v = row[col.name];
            if (typeof v !== 'number' && ds.invalidRows.has(row)) broken.add(id);
            else if (typeof v !== 'number') bad('column', `${label} points at an empty cell (column "${col.name}")`, 'fill in the value in the CSV or point at another row');
            else value = v;
            source = rowSource(ds, row);
            asOf = rowDate(ds, row);
            rowKey = ds.key.map((k) => String(row[k] ?? '')).join(', ');
          }
        }
      }
    } else {
      if (typeof r.value !== 'number' || !Number.isFinite(r.value)) bad('value', `${label} has ${r.value === undefined ? 'no value' : `value ${describe(r.value)}, which is not a plain number`}`, 'write the number with digits only, no commas, units or signs, for example value: 310000000; or point at a dataset row with dataset, row and column');
      else value = r.value;
      source = asText(r.source);
      if (!source) bad('source', `${label} has no source`, 'add "source: <id>" with an id from content/sources.yaml');
      else if (!sources.has(source)) bad('source', `${label} names source "${source}", which is not in content/sources.yaml`, `add a source with "id: ${source}" to content/sources.yaml, or correct the id`);
    }
    if (r.as_of !== undefined) {
      const a = asText(r.as_of);
      if (!a || !(isRealDate(a) || isRealMonth(a))) bad('as_of', `${label} has as_of ${describe(a ?? r.as_of)}, which is not a date`, 'write YYYY-MM-DD (or YYYY-MM)');
      else asOf = a;
    }
    const known = new Set(['id', 'label', 'label_es', 'value', 'kind', 'style', 'source', 'as_of', 'note', 'note_es', 'dataset', 'row', 'column']);
    for (const k of Object.keys(r)) if (!known.has(k)) bad(k, `${label} has an unknown field "${k}"`, `use only: ${[...known].join(', ')}`);
    if (problems.length > before || value === undefined || !kind || !source) broken.add(id);
    if (problems.length === before && value !== undefined && kind && source) {
      out.set(id, { id, label: asText(r.label) ?? id, labelEs: asText(r.label_es) ?? '', value, kind, style, source, asOf, note: asText(r.note), noteEs: asText(r.note_es), dataset: datasetId, rowKey, column: rowKey ? asText(r.column) : undefined });
    }
  });
}

export function validateContent(files: ContentFiles): { model: ContentModel; problems: Problem[] } {
  const problems: Problem[] = [];
  const sources = validateSources(files.sources, problems);
  const sourceIds = new Set(sources.keys());
  const datasets = new Map<string, Dataset>();
  for (const [id, f] of [...files.datasets].sort(([a], [b]) => a.localeCompare(b))) {
    const ds = validateDataset(id, f, sourceIds, problems);
    if (ds) datasets.set(id, ds);
  }
  const brokenFigures = new Set<string>();
  const figures = validateFigures(files.figures, sources, datasets, problems, brokenFigures);
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
        // Notes are the desk's plain explanation of the data and may cite row values; caveats print figures only through [[figure-id]].
        if (field === 'caveats' || field === 'caveatsEs') {
          for (const f of handTypedFigures(text.replace(FIGURE_TOKEN, ' '))) {
            at(`${item} ${i + 1} has the figure "${f.text}" typed into it`, 'name the figure in content/figures.yaml and write [[figure-id]] in its place');
          }
        }
        // The Spanish twin prints the same figures as the English item.
        if (field === 'caveatsEs' || field === 'notesEs') {
          const en = (field === 'caveatsEs' ? ds.caveats : ds.notes)[i] ?? '';
          const ids = (t: string) => [...t.matchAll(FIGURE_TOKEN)].map((m) => m[1]!).sort().join(', ');
          if (ids(en) !== ids(text)) at(`${item} ${i + 1} prints the figures [${ids(text)}] but the English item prints [${ids(en)}]`, `use the same [[figure-id]] tokens as item ${i + 1} of "${key.replace('_es', '')}"`);
        }
      });
    }
  }
  return { model: { sources, datasets, figures, brokenFigures }, problems };
}
