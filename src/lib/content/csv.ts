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

/**
 * A file that is not comma-separated UTF-8 text at all, as spreadsheet programs can save it: a
 * workbook renamed .csv, UTF-16 text ("Unicode text"), or values separated by semicolons (the
 * CSV of a spreadsheet set to a language that writes decimals with a comma). One problem for the
 * whole file, on line 1, instead of one per column.
 */
export function unreadableCsv(text: string): { message: string; fix: string } | null {
  if (text.startsWith('PK\u0003\u0004')) return { message: 'is a spreadsheet workbook (.xlsx) with a .csv name, not a CSV file', fix: 'open it in the spreadsheet program and save the sheet as "CSV UTF-8"' };
  // Read as UTF-8, the UTF-16 byte-order marks (FF FE, FE FF) become two replacement characters; UTF-16 text has a NUL byte in every other place.
  if (/^\uFFFD\uFFFD/.test(text) || text.includes('\u0000')) return { message: 'is saved as UTF-16 text, which cannot be read', fix: 'save the file as UTF-8 (in Excel: "CSV UTF-8")' };
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  if (header.includes(';') && !header.includes(',')) return { message: 'uses ";" between values instead of commas', fix: 'save it as CSV with commas (in Excel: "CSV UTF-8")' };
  return null;
}

export function parseCsv(text: string): CsvParse {
  const rows: CsvRow[] = [];
  const errors: CsvParse['errors'] = [];
  const unreadable = unreadableCsv(text);
  if (unreadable) return { rows, errors: [{ line: 1, ...unreadable }] };
  // Rows of commas only (",,,"), as spreadsheets leave below the data: ignored at the end of the file like
  // blank lines, one problem each when data follows them.
  let emptyRows: number[] = [];
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
    if (empty) continue;
    if (cells.every((c) => c.trim() === '')) {
      emptyRows.push(startLine);
      continue;
    }
    for (const l of emptyRows) errors.push({ line: l, message: 'is an empty row (only commas)', fix: 'delete the line' });
    emptyRows = [];
    rows.push({ line: startLine, cells });
  }
  return { rows, errors };
}

/** Write rows back as CSV (quoted only where needed), with a final newline. */
export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  return csvFormatRows([header, ...rows.map((r) => r.map((v) => (v === null ? '' : String(v))))]) + '\n';
}
