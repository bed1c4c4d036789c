/**
 * The types of the editors' data once validated (sources, datasets, figures,
 * the whole model) and the small helpers that read a row. Kept apart from the
 * readers (sources.ts, datasets.ts, figures.ts, values.ts), which all use them,
 * so imports run one way: readers -> types, and model.ts -> readers.
 */
import type { FigureKind, FigureStyle } from '../format.ts';
import type { ColumnKind, ColumnType } from '../schema/dataset.ts';
import type { Revision } from '../schema/revision.ts';

export interface Period {
  start: string;
  end: string;
}

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

/**
 * Figure tokens with a bracket missing, "[[aid-310m]" or "[aid-310m]]": they would print as
 * they are typed. Returns each as written, with the id it most likely names.
 */
export function unbalancedTokens(text: string): { text: string; id: string }[] {
  const rest = text.replace(FIGURE_TOKEN, ' ');
  return [...rest.matchAll(/\[\[([a-z0-9-]+)\]?|\[?([a-z0-9-]+)\]\]/g)].map((m) => ({ text: m[0], id: (m[1] ?? m[2])! }));
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
