/**
 * npm run check:content: validates everything in content/ and prints ALL
 * problems, one per line, as `path:line[:column] what is wrong. Fix: how`.
 * Exits 1 when there is any problem. `--root DIR` checks another folder.
 */
import { resolve } from 'node:path';
import '../src/charts/registry.ts'; // registers the chart tags the check validates
import { checkContent } from '../src/lib/content/load.ts';
import { formatProblem, isError } from '../src/lib/content/problems.ts';

const i = process.argv.indexOf('--root');
const root = resolve(i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : process.cwd());
const { problems, model, articles, pages } = checkContent(root);
const errors = problems.filter(isError);
const warnings = problems.length - errors.length;
if (problems.length) {
  const counts = [errors.length && `${errors.length} problem${errors.length === 1 ? '' : 's'}`, warnings && `${warnings} warning${warnings === 1 ? '' : 's'}`].filter(Boolean).join(' and ');
  console.error(`Content check: ${counts} found.\n`);
  for (const p of problems) console.error(formatProblem(p));
  console.error('\nEach line gives the file, the line (and column), what is wrong and how to fix it. See docs/editing.md.');
  if (errors.length) process.exit(1);
  console.error('Warnings do not stop the build: check each value, then correct it or leave it.\n');
}
console.log(
  `Content check passed: ${articles.length} articles, ${pages.length} pages, ${model.datasets.size} datasets, ${model.figures.size} figures, ${model.sources.size} sources.`,
);
