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
import type { Variant } from './geometry.ts';

/** The words around a chart for one option value: a toggle retitles the chart, rewrites its description and relabels its table. */
export interface View {
  title: string;
  description: string;
  /** Caption of the chart's (first) data table. */
  caption: string;
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

/** A label a reader must always see; the layout tests check each is present and clear at every width. */
export interface MustShow {
  /** What it is, for test messages: "trip band", "peak", "zero", "axis start". */
  what: string;
  text: string;
}

/** One drawn design of an SVG chart, with the labels it promises to show. */
export interface Drawn {
  svg: string;
  /** Text boxes (estimated) of every label, in SVG units, for collision tests. */
  labels: { text: string; x: number; y: number; w: number; h: number }[];
  /** Boxes of marks and bands that labels must not cover. */
  marks: { what: string; x: number; y: number; w: number; h: number }[];
  mustShow: MustShow[];
  width: number;
  height: number;
}

/** Everything the frame needs to print one chart. */
export interface ChartOutput<D = unknown> {
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
  /** What the island needs to redraw the chart: the kind's own data type, also read by its island.ts. */
  data: D;
}

export interface BuildInput<P> {
  lang: Lang;
  /** Unique id of this chart on its page, for example chart-encounters or chart-encounters-2. */
  id: string;
  props: P;
  /** The datasets named in `datasets`, in that order. */
  data: Dataset[];
}

export interface ChartDefinition<P = Record<string, never>, D = unknown> {
  /** Folder name; also the island's key and the default element id (chart-<kind>). */
  kind: string;
  /** The MDX tag and the content check's rules for it. */
  tag: { name: string } & TagSpec;
  /** Reads the tag's attributes (already checked by the content check) into typed props. */
  props(attrs: Record<string, unknown>): P;
  build(input: BuildInput<P>): ChartOutput<D>;
  /**
   * Lays the chart out at a width (SVG units = px) for the label tests:
   * every must-show label present, none overlapping another label or a mark.
   * List charts (HTML rows) have no such layout and leave this out.
   */
  draw?(input: { lang: Lang; width: number; variant: Variant; props: P; data: Dataset[] }): Drawn;
}

/** Keeps the definition's own prop type while letting the registry hold every kind. */
export function defineChart<P, D>(d: ChartDefinition<P, D>): ChartDefinition<P, D> {
  return d;
}
