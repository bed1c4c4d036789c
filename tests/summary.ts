/**
 * Prints one closing line for the whole test run from the JUnit reports of
 * Vitest and Playwright: "Summary: N passed, N failed, N skipped".
 */
import { readFileSync, existsSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of ['reports/unit-junit.xml', 'reports/e2e-junit.xml']) {
  if (!existsSync(file)) {
    console.log(`${file}: not written (that stage did not run)`);
    continue;
  }
  const xml = readFileSync(file, 'utf8');
  const cases = xml.match(/<testcase\b[\s\S]*?(?:\/>|<\/testcase>)/g) ?? [];
  let p = 0;
  let f = 0;
  let s = 0;
  for (const c of cases) {
    if (/<(failure|error)\b/.test(c)) f++;
    else if (/<skipped\b/.test(c)) s++;
    else p++;
  }
  console.log(`${file}: ${p} passed, ${f} failed, ${s} skipped`);
  passed += p;
  failed += f;
  skipped += s;
}
console.log(`Summary: ${passed} passed, ${failed} failed, ${skipped} skipped`);
