import { it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../../src/lib/content/load.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
it('dbg', () => {
  const dir = mkdtempSync(join(tmpdir(), 'c-'));
  cpSync(join(import.meta.dirname, '../fixtures/good'), dir, { recursive: true });
  const p = join(dir, 'content/articles/en/the-trip.mdx');
  let s = readFileSync(p, 'utf8');
  s = s.replace('<Num id="hhs-peak" />', '<Num id="hhs-peek" />') + '\nAs <Cite id="nobody" /> said.\n';
  writeFileSync(p, s);
  console.log(checkContent(dir).problems.map(formatProblem));
});
