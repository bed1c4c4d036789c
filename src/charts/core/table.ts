/** The shape of a chart's data table: typed cells that DataTable formats in the page language. */
import type { Cell } from '../../lib/content/model.ts';

export type CellKind = 'text' | 'count' | 'money' | 'date' | 'month' | 'period' | 'share' | 'year';

export interface TableColumn {
  label: string;
  kind: CellKind;
  /** The chart series this column holds, when a toggle switches between series. */
  series?: string;
}

export interface TableSpec {
  caption: string;
  /** The dataset the rows come from (for the CSV link). */
  datasetId: string;
  columns: TableColumn[];
  rows: Cell[][];
  /** The series the chart shows now (its column is marked). */
  shown?: string;
  /** When the table lists part of the dataset: a link text to the dataset's page, which has every row. */
  more?: string;
}
