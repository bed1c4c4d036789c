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
import type { FigureKind, FigureStyle } from '../format.ts';
import type { ColumnKind, ColumnType } from '../schema/dataset.ts';
import type { Revision } from '../schema/revision.ts';
import type { Period } from './values.ts';
import { validateSources } from './sources.ts';
import { validateDataset } from './datasets.ts';
import { validateFigures } from './figures.ts';

export { COLUMN_TYPES, COLUMN_KINDS, type ColumnType, type ColumnKind } from '../schema/dataset.ts';
export { SOURCE_LANGS } from '../schema/source.ts';
export { isRealDate, isRealMonth } from '../schema/common.ts';
export { readCell } from './values.ts';
export type { Period } from './values.ts';
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

export type SourceLang = 'en' | 'es';

export interface Column {
  name: string;
  /** What the column holds (count, money, share, percent, date, month ...); see COLUMN_KINDS. Always set by the content check; code that builds a column by hand may leave it out (it is then read from `type`). */
  kind?: ColumnKind | undefined;
  /** The shape of its values, derived from the kind (integer, number, date ...), for code that only reads values. */
  type: ColumnType;
  label: string;
  /** The heading on Spanish pages (label_es). */
  labelEs: string;
  required: boolean;
  values?: string[] | undefined;
  /** Smallest and largest values allowed, when the column sets them. */
  min?: number | undefined;
  max?: number | undefined;
  /** Every value is a whole number. */
  integer?: boolean | undefined;
  /** In a time series: how many times its neighbours a value may be before a warning (5 unless set). */
  outlierRatio?: number | undefined;
  /** Row keys whose jump against their neighbours is real. */
  outliersOk?: string[] | undefined;
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
  /** The first and last day or month the rows may fall on, when declared. */
  period?: Period | undefined;
  /** The column(s) the rows ascend by ([] when not declared). */
  order: string[];
  /** The revision history, newest last ([] when there is none). */
  revisions: Revision[];
  rows: Row[];
  /** CSV line of each row, for messages. */
  lines: number[];
  /** Rows that could not be read at all (already reported). */
  skipped: number;
  /** Columns whose kind could not be read (already reported): figures pointing at them are not reported again. */
  unreadableColumns: Set<string>;
  /** Rows with a cell that could not be read (already reported). */
  invalidRows: Set<Row>;
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
  /** Sources in a file that could not be read (already reported), so uses are not reported again. */
  brokenSources: Set<string>;
  /** Datasets whose files could not be read (already reported), so uses are not reported again. */
  brokenDatasets: Set<string>;
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
  return { model: { sources, datasets, figures, brokenFigures, brokenSources, brokenDatasets }, problems };
}
