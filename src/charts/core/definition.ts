/**
 * What a chart kind is: one typed definition per folder, registered once in
 * charts/registry.ts. The MDX tag, the content check's rules for the tag, the
 * figure around the chart, the island that wakes it and the tests all read
 * this. Server only (the island reads only its kind's island.ts).
 */
import type { Lang } from '../../lib/i18n.ts';
import type { Dataset } from '../../lib/content/model.ts';
import type { TagSpec } from '../../lib/mdx-registry.ts';
import type { LegendItem } from './legend.ts';
import type { TableSpec } from './table.ts';

/** The words around a chart for one option value: a toggle retitles the chart, rewrites its description and relabels its table. */
export interface View {
  title: string;
  description: string;
  /** Caption of the chart's (first) data table. */
  caption: string;
  /** Heading of the table's value column, when the view swaps the column. */
  column?: string | undefined;
  /** Key of the point keyboard exploration starts from in this view (see frame/payload.ts). */
  start?: string | undefined;
  /** Said by the live region when the view is chosen. */
  announce: string;
}

export interface Toggles {
  /** The option the buttons set, for example "series". */
  option: string;
  /** Accessible name of the button group. */
  label: string;
  /** Shown instead of the buttons when JavaScript is off. */
  staticText: string;
  items: { value: string; label: string; pressed: boolean }[];
  /** The words around the chart for each value. */
  views: Record<string, View>;
}

export type NamedTable = TableSpec & { name?: string };

/** One drawn design of an SVG chart, for the label tests: the markup and the labels it must always show (trip band, peak, end values, zero, axis ends). */
export interface Drawn {
  svg: string;
  mustShow: string[];
}

/** Everything the frame needs to print one chart. */
export interface ChartOutput {
  title: string;
  description: string;
  /** The finding in figures, one sentence (may be empty). */
  takeaway: string;
  /** Chart notes, then the datasets' caveats, in the page language. */
  notes: string[];
  tables: NamedTable[];
  legend?: LegendItem[] | undefined;
  /** SVG charts: the two designs (wide, narrow); list charts: HTML rows. */
  surface: { wide: string; narrow: string } | { body: string };
  toggles?: Toggles | undefined;
  /** Option values the island starts from (the same names as the toggles). */
  options?: Record<string, string> | undefined;
  /** Key of the point keyboard exploration starts from (see frame/payload.ts); the first point when absent. */
  start?: string | undefined;
}

export interface BuildInput<P> {
  lang: Lang;
  /** Unique id of this chart on its page, for example chart-encounters or chart-encounters-2. */
  id: string;
  props: P;
  /** The datasets named in `datasets`, in that order. */
  data: Dataset[];
}

export interface ChartDefinition<P = Record<string, never>> {
  /** Folder name; also the island's key and the default element id (chart-<kind>). */
  kind: string;
  /** The MDX tag and the content check's rules for it. */
  tag: { name: string } & TagSpec;
  /** Reads the tag's attributes (already checked by the content check) into typed props. */
  props(attrs: Record<string, unknown>): P;
  build(input: BuildInput<P>): ChartOutput;
  /**
   * Draws the chart at a width (SVG units = px), for the label tests: every
   * must-show label present, none overlapping another label, a band, a bar or
   * the line, at 320 to 1280 px in both languages. List charts (HTML rows,
   * which wrap like text) leave this out.
   */
  draw?(input: { lang: Lang; width: number; props: P; data: Dataset[] }): Drawn;
}

/** Keeps the definition's own prop type while letting the registry hold every kind. */
export function defineChart<P>(d: ChartDefinition<P>): ChartDefinition<P> {
  return d;
}
