import { it, expect } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { measureSite } from '../../scripts/lib/weights.ts';

it('counts HTML, CSS, initial JS and lazily imported chunks, following imports', () => {
  const dir = mkdtempSync(join(tmpdir(), 'weights-'));
  try {
    mkdirSync(join(dir, '_astro'));
    const entry = "import \"./shared.js\";const go=()=>import(`./heavy.js`);go();";
    const shared = 'export const a=1;'.repeat(20);
    const heavy = 'console.log("chart");'.repeat(200);
    writeFileSync(join(dir, '_astro/entry.js'), entry);
    writeFileSync(join(dir, '_astro/shared.js'), shared);
    writeFileSync(join(dir, '_astro/heavy.js'), heavy);
    writeFileSync(join(dir, '_astro/site.css'), 'body{color:red}');
    const html = '<!doctype html><html><head><link rel="stylesheet" href="/_astro/site.css"><script type="module" src="/_astro/entry.js"></script></head><body><figure data-chart="x"></figure></body></html>';
    writeFileSync(join(dir, 'index.html'), html);
    writeFileSync(join(dir, 'plain.html'), '<!doctype html><title>x</title>');
    const w = measureSite(dir);
    const home = w.find((p) => p.page === '/')!;
    const gz = (s: string) => gzipSync(s, { level: 9 }).length;
    expect(home.jsInitial).toBe(gz(entry) + gz(shared));
    expect(home.jsTotal).toBe(gz(entry) + gz(shared) + gz(heavy));
    expect(home.css).toBe(gz('body{color:red}'));
    expect(home.interactive).toBe(true);
    expect(home.firstLoad).toBe(gz(html) + home.css + home.jsInitial);
    const plain = w.find((p) => p.page === '/plain.html')!;
    expect(plain.jsTotal).toBe(0);
    expect(plain.interactive).toBe(false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
