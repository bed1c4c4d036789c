/**
 * npm run data:update -- <dataset-id> <new-file.csv> [--write] [--source <id>] [--date YYYY-MM-DD]
 *
 * Brings a new official file into content/data/<dataset-id>.csv. It checks the
 * file with the content check's rules (problems print as file:line, in the new
 * file), prints what changed by key (rows added, rows removed, values changed
 * old → new) and the named figures that move. Without --write nothing changes.
 * With --write the CSV is replaced and a revision entry (date, source, what
 * changed in words, old and new values) is added to the dataset's .yaml, which
 * is edited in place so its comments and layout stay. `--root DIR` works on
 * another project folder (tests).
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { readContentFiles } from '../src/lib/content/load.ts';
import { formatProblem, isError } from '../src/lib/content/problems.ts';
import { appendRevision, formatPlan, normalizeCsv, planUpdate, summarize } from '../src/lib/data-update.ts';
import { isRealDate } from '../src/lib/content/model.ts';

const USAGE = 'Usage: npm run data:update -- <dataset-id> <new-file.csv> [--write] [--source <source-id>] [--date YYYY-MM-DD]';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const args = process.argv.slice(2);
const flags = new Map<string, string | true>();
const positional: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--write') flags.set('write', true);
  else if (a === '--source' || a === '--date' || a === '--root') {
    const v = args[++i];
    if (!v || v.startsWith('--')) fail(`${a} needs a value.\n${USAGE}`);
    flags.set(a.slice(2), v);
  } else if (a.startsWith('--')) fail(`Unknown option ${a}.\n${USAGE}`);
  else positional.push(a);
}
const [datasetId, file] = positional;
if (!datasetId || !file || positional.length > 2) fail(USAGE);
const root = resolve(typeof flags.get('root') === 'string' ? (flags.get('root') as string) : process.cwd());
// npm runs scripts from the project folder; a relative path means the folder the editor typed the command in.
const filePath = resolve(process.env['INIT_CWD'] ?? process.cwd(), file);
if (!existsSync(filePath)) fail(`${file} does not exist.`);
if (/\.xlsx?$/i.test(filePath)) fail(`${file}:1 is a spreadsheet. Fix: open it and save the sheet as CSV (UTF-8) with the same columns as content/data/${datasetId}.csv, then run this again with the .csv file.`);
const shown = file.split(sep).join('/');

const date = (flags.get('date') as string | undefined) ?? new Date().toISOString().slice(0, 10);
if (!isRealDate(date)) fail(`--date ${date} is not a date written as YYYY-MM-DD.`);

function mdxFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).sort().flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? mdxFiles(p) : /\.mdx?$/.test(n) ? [p] : [];
  });
}
const pieces = new Map<string, string>();
for (const folder of ['articles', 'pages']) {
  for (const p of mdxFiles(join(root, 'content', folder))) pieces.set(relative(root, p).split(sep).join('/'), readFileSync(p, 'utf8'));
}

const files = readContentFiles(join(root, 'content'));
const plan = planUpdate({ files, datasetId, csv: readFileSync(filePath, 'utf8'), csvPath: shown, pieces });
const errors = plan.problems.filter(isError);
for (const p of plan.problems) console.error(formatProblem(p));
if (errors.length || !plan.dataset) fail(`\nRefused: ${errors.length} problem${errors.length === 1 ? '' : 's'} in ${shown}. Nothing was changed.`);
const ds = plan.dataset;

console.log(`${datasetId}: ${ds.rows.length} rows now, compared with ${shown}\n`);
console.log(formatPlan(plan));
if (plan.changes.length === 0) {
  console.log('\nThe new file holds the same data. Nothing to do.');
  process.exit(0);
}

let source = flags.get('source') as string | undefined;
if (!source && ds.sources.length === 1) source = ds.sources[0];
const summary = summarize(ds, plan.changes, 'en');
const summaryEs = summarize(ds, plan.changes, 'es');
if (!flags.get('write')) {
  console.log(`\nDry run: nothing was written. Summary that --write would record:\n  ${summary}\n  ${summaryEs}`);
  if (!source) console.log(`Add --source <id> (the source the new file came from; this dataset cites ${ds.sources.join(', ')}).`);
  process.exit(0);
}
if (!source) fail(`\n--write needs --source <id>: the source the new file came from (this dataset cites ${ds.sources.join(', ')}; add a new one to content/sources.yaml first if it is a new release). Nothing was changed.`);
if (!plan.sourceIds.has(source)) {
  fail(`\n--source ${source} is not in content/sources.yaml. Fix: add the source first, or correct the id. Nothing was changed.`);
}

const csvTarget = join(root, 'content/data', `${datasetId}.csv`);
const yamlTarget = join(root, 'content/data', `${datasetId}.yaml`);
const yaml = appendRevision(readFileSync(yamlTarget, 'utf8'), { date, source, summary, summary_es: summaryEs, changes: plan.changes });
writeFileSync(csvTarget, normalizeCsv(readFileSync(filePath, 'utf8')));
writeFileSync(yamlTarget, yaml);
console.log(`\nWrote content/data/${datasetId}.csv and added a revision dated ${date} to content/data/${datasetId}.yaml.`);
console.log('Next: run npm run check:content, look at the revision entry (edit its summary if the words can be better), then build.');
