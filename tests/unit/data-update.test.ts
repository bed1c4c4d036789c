/** npm run data:update on the good fixture: the diff by key, refusals with file:line, dry run and --write. */
import { describe, it, expect, afterEach } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parse } from 'yaml';
import '../../src/charts/registry.ts';
import { readContentFiles } from '../../src/lib/content/load.ts';
import { checkContent } from '../../src/lib/content/load.ts';
import { formatProblem, isError } from '../../src/lib/content/problems.ts';
import { appendRevision, normalizeCsv, planUpdate, summarize } from '../../src/lib/data-update.ts';
import { revisionsSchema } from '../../src/lib/schema/revision.ts';
import { figureUpdates } from '../../src/lib/dataset-page.ts';

const GOOD = join(import.meta.dirname, '../fixtures/good');
const SCRIPT = join(import.meta.dirname, '../../scripts/data-update.ts');
const CURRENT = 'date,children,note\n2021-04-28,22300,\n2021-04-29,22557,peak\n2021-06-07,16264,\n';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'data-update-'));
  cpSync(GOOD, dir, { recursive: true });
  dirs.push(dir);
  return dir;
}

function plan(csv: string) {
  const dir = project();
  const pieces = new Map([['content/articles/en/the-trip.mdx', readFileSync(join(dir, 'content/articles/en/the-trip.mdx'), 'utf8')]]);
  return planUpdate({ files: readContentFiles(join(dir, 'content')), datasetId: 'shelters', csv, csvPath: 'downloads/new.csv', pieces });
}

/** Runs the command in a copy of the fixture with the new file written beside it. */
function run(csv: string | Buffer, ...flags: string[]) {
  const dir = project();
  const file = join(dir, 'new.csv');
  writeFileSync(file, csv);
  const r = spawnSync(process.execPath, [SCRIPT, 'shelters', file, '--root', dir, ...flags], { encoding: 'utf8' });
  return { dir, file, status: r.status, out: r.stdout, err: r.stderr };
}

describe('data:update diff', () => {
  it('the fixture CSV is what these tests start from', () => {
    expect(readFileSync(join(GOOD, 'content/data/shelters.csv'), 'utf8')).toBe(CURRENT);
  });

  it('finds a row added', () => {
    const p = plan(`${CURRENT}2021-06-08,16100,\n`);
    expect(p.problems).toEqual([]);
    expect(p.changes).toEqual([{ change: 'added', key: '2021-06-08' }]);
    expect(summarize(p.dataset!, p.changes, 'en')).toBe('One row added (June 8, 2021).');
    expect(summarize(p.dataset!, p.changes, 'es')).toBe('Se añadió una fila (8 de junio de 2021).');
  });

  it('finds a value changed, old → new, and names the piece that prints it', () => {
    const p = plan(CURRENT.replace('22557', '22600'));
    expect(p.changes).toEqual([{ change: 'changed', key: '2021-04-29', column: 'children', old: 22557, new: 22600 }]);
    expect(p.affected.map((a) => [a.figure.id, a.pieces])).toEqual([['hhs-peak', ['content/articles/en/the-trip.mdx']]]);
    expect(summarize(p.dataset!, p.changes, 'en')).toBe('One value revised: April 29, 2021, Children in care, from 22,557 to 22,600.');
  });

  it('finds a row removed', () => {
    const p = plan(CURRENT.replace('2021-06-07,16264,\n', ''));
    expect(p.changes).toEqual([{ change: 'removed', key: '2021-06-07' }]);
    expect(p.affected).toEqual([]);
  });

  it('refuses a file with different columns, with file:line messages in the new file', () => {
    const p = plan(CURRENT.replace('date,children,note', 'date,kids,note'));
    const lines = p.problems.filter(isError).map(formatProblem);
    expect(lines).toContain('downloads/new.csv:1:2 has a column "kids" that the metadata does not describe. Fix: add it to "columns" in content/data/shelters.yaml, or remove it from the CSV');
    expect(p.changes).toEqual([]);
    // Only the new file's own problems: the figure that reads the missing column is not reported again.
    expect(p.problems.map((x) => x.file)).toEqual(p.problems.map(() => 'downloads/new.csv'));
  });

  it('refuses a bad value, naming its line and column', () => {
    const p = plan(CURRENT.replace('16264', '16,264'));
    expect(p.problems.filter(isError).map(formatProblem)[0]).toMatch(/^downloads\/new\.csv:4 has 4 values but the header has 3 columns/);
    const q = plan(CURRENT.replace('22300', '22300 children'));
    expect(q.problems.filter(isError).map(formatProblem)).toEqual([
      'downloads/new.csv:2:2 value "22300 children" in column "children" is not a whole number. Fix: write only digits (no units, currency signs or words); put the unit in the .yaml "unit" field',
    ]);
  });

  it('refuses a file that breaks a named figure (its row is gone)', () => {
    const p = plan(CURRENT.replace('2021-04-29,22557,peak\n', ''));
    expect(p.problems.filter(isError).map(formatProblem).join('\n')).toMatch(/content\/figures\.yaml:\d+:\d+ figure "hhs-peak" names a row \(date = 2021-04-29\)/);
  });
});

describe('data:update: files that are not comma-separated UTF-8 text', () => {
  const errors = (p: ReturnType<typeof plan>) => p.problems.filter(isError).map(formatProblem);

  it('a file with ";" between values is one problem on line 1, not one per column', () => {
    const p = plan(CURRENT.replaceAll(',', ';'));
    expect(errors(p)).toEqual(['downloads/new.csv:1 uses ";" between values instead of commas. Fix: save it as CSV with commas (in Excel: "CSV UTF-8")']);
    expect(p.changes).toEqual([]);
  });

  it('a value with a ";" inside it in a comma-separated file is still read', () => {
    const p = plan(CURRENT.replace('peak', '"peak; revised"'));
    expect(errors(p)).toEqual([]);
    expect(p.changes).toEqual([{ change: 'changed', key: '2021-04-29', column: 'note', old: 'peak', new: 'peak; revised' }]);
  });

  it('a workbook saved with a .csv name is named as a workbook, and nothing is written', () => {
    const workbook = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), Buffer.from('[Content_Types].xml')]);
    const r = run(workbook, '--write', '--source', 'hhs-daily');
    expect(r.status).toBe(1);
    expect(r.err).toContain('new.csv:1 is a spreadsheet workbook (.xlsx) with a .csv name, not a CSV file. Fix: open it in the spreadsheet program and save the sheet as "CSV UTF-8"');
    expect(r.err).not.toContain('has a column');
    expect(readFileSync(join(r.dir, 'content/data/shelters.csv'), 'utf8')).toBe(CURRENT);
  });

  it('UTF-16 text (as "Unicode text" saves it) is one problem asking for UTF-8', () => {
    const r = run(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CURRENT, 'utf16le')]));
    expect(r.status).toBe(1);
    expect(r.err).toContain('new.csv:1 is saved as UTF-16 text, which cannot be read. Fix: save the file as UTF-8 (in Excel: "CSV UTF-8")');
    expect(r.err.match(/new\.csv:\d/g)).toHaveLength(1);
    // Without the byte-order mark, the NUL bytes give it away.
    expect(errors(plan(Buffer.from(CURRENT, 'utf16le').toString('utf8')))).toEqual(['downloads/new.csv:1 is saved as UTF-16 text, which cannot be read. Fix: save the file as UTF-8 (in Excel: "CSV UTF-8")']);
  });

  it('empty rows at the end (blank or commas only) are ignored, and left out when the file is written', () => {
    const p = plan(`${CURRENT}\n,,\n,,\n`);
    expect(p.problems).toEqual([]);
    expect(p.changes).toEqual([]);
    expect(normalizeCsv(`${CURRENT.replaceAll('\n', '\r\n')}\r\n,,\r\n,,\r\n`)).toBe(CURRENT);
    const r = run(`${CURRENT}2021-06-08,16100,\n,,\n`, '--write', '--source', 'hhs-daily');
    expect(r.status).toBe(0);
    expect(readFileSync(join(r.dir, 'content/data/shelters.csv'), 'utf8')).toBe(`${CURRENT}2021-06-08,16100,\n`);
  });

  it('an empty row between rows of data is one problem, not one per column', () => {
    const p = plan(CURRENT.replace('2021-04-29,', ',,\n2021-04-29,'));
    expect(errors(p)).toEqual(['downloads/new.csv:3 is an empty row (only commas). Fix: delete the line']);
  });
});

describe('data:update command', () => {
  it('a dry run prints the diff and leaves every file untouched', () => {
    const r = run(`${CURRENT.replace('22557', '22600')}2021-06-08,16100,\n`);
    expect(r.status).toBe(0);
    expect(r.out).toContain('Rows added: 1\n  + 2021-06-08');
    expect(r.out).toContain('Values changed: 1\n  ~ 2021-04-29 children: 22557 → 22600');
    expect(r.out).toContain('hhs-peak (22557 → 22600): content/articles/en/the-trip.mdx');
    expect(r.out).toContain('Dry run: nothing was written');
    expect(readFileSync(join(r.dir, 'content/data/shelters.csv'), 'utf8')).toBe(CURRENT);
    expect(readFileSync(join(r.dir, 'content/data/shelters.yaml'), 'utf8')).toBe(readFileSync(join(GOOD, 'content/data/shelters.yaml'), 'utf8'));
  });

  it('refuses bad values with exit code 1 and writes nothing', () => {
    const r = run(CURRENT.replace('22300', 'n/a'), '--write', '--source', 'hhs-daily');
    expect(r.status).toBe(1);
    expect(r.err).toContain('new.csv:2:2 value "n/a" in column "children" is not a number. Fix: write nothing (leave the cell empty) for a missing value');
    expect(r.err).toContain('Refused');
    expect(readFileSync(join(r.dir, 'content/data/shelters.csv'), 'utf8')).toBe(CURRENT);
  });

  it('--write replaces the CSV and adds a revision, keeping the YAML comments; the content check passes', () => {
    const dir = project();
    const yamlPath = join(dir, 'content/data/shelters.yaml');
    const commented = readFileSync(yamlPath, 'utf8').replace('sources: [hhs-daily]', '# The daily table, copied by hand.\nsources: [hhs-daily] # one source');
    writeFileSync(yamlPath, commented);
    const file = join(dir, 'new.csv');
    const next = `${CURRENT.replace('22557', '22600')}2021-06-08,16100,\n`;
    writeFileSync(file, next.replace(/\n/g, '\r\n'));
    const r = spawnSync(process.execPath, [SCRIPT, 'shelters', file, '--root', dir, '--write', '--source', 'hhs-daily', '--date', '2026-12-01'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(dir, 'content/data/shelters.csv'), 'utf8')).toBe(next);
    const yaml = readFileSync(yamlPath, 'utf8');
    expect(yaml).toContain('# The daily table, copied by hand.\nsources: [hhs-daily] # one source');
    expect(yaml.startsWith(commented.replace('checked: 2026-11-29', 'checked: 2026-12-01'))).toBe(true);
    const revisions = revisionsSchema.parse(parse(yaml).revisions);
    expect(revisions).toEqual([
      {
        date: '2026-12-01',
        source: 'hhs-daily',
        summary: 'One row added (June 8, 2021). One value revised: April 29, 2021, Children in care, from 22,557 to 22,600.',
        summary_es: 'Se añadió una fila (8 de junio de 2021). Se revisó un valor: 29 de abril de 2021, Niños bajo cuidado, de 22,557 a 22,600.',
        changes: [
          { change: 'changed', key: '2021-04-29', column: 'children', old: 22557, new: 22600 },
          { change: 'added', key: '2021-06-08' },
        ],
      },
    ]);
    const check = checkContent(dir);
    expect(check.problems.filter(isError).map(formatProblem)).toEqual([]);
    expect(check.model.datasets.get('shelters')!.revisions).toHaveLength(1);
    expect(check.model.figures.get('hhs-peak')!.value).toBe(22600);
    // A piece that prints the moved figure gets a dated update note in both languages; other figures get none.
    expect(figureUpdates('The peak was <Num id="hhs-peak" />, and <Num id="aid-310m" />.', 'en', check.model).map((u) => u.text)).toEqual([
      'Updated December 1, 2026: the April 29, 2021 count of children in care was revised from 22,557 to 22,600.',
    ]);
    expect(figureUpdates('<Num id="hhs-peak" />', 'es', check.model).map((u) => u.text)).toEqual([
      'Actualizado el 1 de diciembre de 2026: la cifra de niños bajo cuidado del 29 de abril de 2021 se revisó de 22,557 a 22,600.',
    ]);
    expect(figureUpdates('<Num id="aid-310m" />', 'en', check.model)).toEqual([]);
    // Bringing the same file in again changes nothing.
    const again = spawnSync(process.execPath, [SCRIPT, 'shelters', file, '--root', dir, '--write', '--source', 'hhs-daily'], { encoding: 'utf8' });
    expect(again.stdout).toContain('The new file holds the same data');
    expect(readFileSync(yamlPath, 'utf8')).toBe(yaml);
  });

  it('--write needs a known source', () => {
    const r = run(`${CURRENT}2021-06-08,16100,\n`, '--write', '--source', 'nowhere');
    expect(r.status).toBe(1);
    expect(r.err).toContain('--source nowhere is not in content/sources.yaml');
    expect(readFileSync(join(r.dir, 'content/data/shelters.csv'), 'utf8')).toBe(CURRENT);
  });

  it('appendRevision adds to an existing list and leaves other keys in place', () => {
    const before = 'title: X # kept\nchecked: 2026-01-01\nrevisions:\n  - date: 2026-01-01\n    source: a\n    summary: s\n    summary_es: s\n';
    const after = appendRevision(before, { date: '2026-02-01', source: 'b', summary: 't', summary_es: 't', changes: [{ change: 'added', key: '2021-06' }] });
    expect(after).toContain('title: X # kept\nchecked: 2026-02-01\n');
    expect(parse(after).revisions.map((r: { source: string }) => r.source)).toEqual(['a', 'b']);
    expect(after).toContain('- {change: added, key: "2021-06"}');
  });
});
