/**
 * Helpers the chart adapters use to read dataset rows. A missing or renamed
 * column stops the build with a message that names the file and the column.
 */
import type { Dataset, Row } from '../../lib/content/model.ts';

export function requireColumns(ds: Dataset, chart: string, names: string[]): void {
  const have = new Set(ds.columns.map((c) => c.name));
  const missing = names.filter((n) => !have.has(n));
  if (missing.length) {
    throw new Error(
      `${chart} needs the column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')} in content/data/${ds.id}.csv (and its .yaml), which has: ${[...have].join(', ')}. Rename the column or update src/charts for the new name.`,
    );
  }
}

export function num(row: Row, col: string): number | null {
  const v = row[col];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

export function str(row: Row, col: string): string {
  const v = row[col];
  return v === null || v === undefined ? '' : String(v);
}
