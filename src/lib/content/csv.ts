/**
 * A small RFC 4180 CSV reader that keeps the line number of every row, so a
 * problem can point at `file.csv:LINE`.
 */
import { csvFormatRows } from 'd3-dsv';
export interface CsvRow {
  line: number;
  cells: string[];
}

export interface CsvParse {
  rows: CsvRow[];
  errors: { line: number; message: string; fix: string }[];
}

export function parseCsv(text: string): CsvParse {
  const rows: CsvRow[] = [];
  const errors: CsvParse['errors'] = [];
  let line = 1;
  let i = 0;
  const src = text.replace(/^\uFEFF/, '');
  while (i < src.length) {
    const startLine = line;
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    for (; i < src.length; i++) {
      const ch = src[i]!;
      if (quoted) {
        if (ch === '"') {
          if (src[i + 1] === '"') {
            cell += '"';
            i++;
          } else quoted = false;
        } else {
          if (ch === '\n') line++;
          cell += ch;
        }
        continue;
      }
      if (ch === '"') {
        if (cell.length > 0) {
          errors.push({ line, message: 'has a double quote (") in the middle of a value', fix: 'put the whole value in double quotes and write a quote inside it as two quotes ("")' });
        }
        quoted = true;
      } else if (ch === ',') {
        cells.push(cell);
        cell = '';
      } else if (ch === '\n' || ch === '\r') {
        if (ch === '\r' && src[i + 1] === '\n') i++;
        i++;
        line++;
        break;
      } else {
        cell += ch;
      }
    }
    if (quoted) {
      errors.push({ line: startLine, message: 'has a value that opens a double quote (") and never closes it', fix: 'add the closing double quote' });
    }
    cells.push(cell);
    const empty = cells.length === 1 && cells[0] === '';
    if (!empty) rows.push({ line: startLine, cells });
  }
  return { rows, errors };
}

/** Write rows back as CSV (quoted only where needed), with a final newline. */
export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  return csvFormatRows([header, ...rows.map((r) => r.map((v) => (v === null ? '' : String(v))))]) + '\n';
}
