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

it('charges a page only for the chart kinds it shows', () => {
  const dir = mkdtempSync(join(tmpdir(), 'weights-'));
  try {
    mkdirSync(join(dir, '_astro'));
    const loader = 'const m={"../../aid/island.ts":()=>a(()=>import(`./aid.js`),[]),"../../encounters/island.ts":()=>a(()=>import(`./enc.js`),[])};';
    writeFileSync(join(dir, '_astro/loader.js'), loader);
    writeFileSync(join(dir, '_astro/aid.js'), 'console.log("aid");'.repeat(50));
    const enc = 'const r=()=>import(`./redraw.js`);' + 'console.log("encounters");'.repeat(300);
    writeFileSync(join(dir, '_astro/enc.js'), enc);
    writeFileSync(join(dir, '_astro/redraw.js'), 'console.log("drawn when a reader presses a toggle");'.repeat(100));
    const page = (kind: string, buttons = '') =>
      `<!doctype html><script type="module" src="/_astro/loader.js"></script><chart-island data-kind="${kind}" data-chart="chart-${kind}">${buttons}</chart-island>`;
    writeFileSync(join(dir, 'aid.html'), page('aid'));
    writeFileSync(join(dir, 'enc.html'), page('encounters', '<button type="button" data-option="series" data-value="children">Children</button>'));
    // An embed page shows the chart without its option buttons: nothing can load the redraw there.
    mkdirSync(join(dir, 'embed/encounters'), { recursive: true });
    writeFileSync(join(dir, 'embed/encounters/index.html'), page('encounters'));
    const w = measureSite(dir);
    const gz = (s: string) => gzipSync(s, { level: 9 }).length;
    expect(w.find((p) => p.page === '/aid.html')!.jsTotal).toBe(gz(loader) + gz('console.log("aid");'.repeat(50)));
    const encPage = w.find((p) => p.page === '/enc.html')!;
    // The island loads on view; what it imports lazily loads only when a reader acts.
    expect(encPage.jsOnView).toBe(gz(loader) + gz(enc));
    expect(encPage.jsTotal).toBe(gz(loader) + gz(enc) + gz('console.log("drawn when a reader presses a toggle");'.repeat(100)));
    expect(w.find((p) => p.page === '/aid.html')!.jsOnView).toBe(gz(loader) + gz('console.log("aid");'.repeat(50)));
    const embed = w.find((p) => p.page === '/embed/encounters/')!;
    expect(embed.embed).toBe(true);
    expect(encPage.embed).toBe(false);
    expect(embed.jsOnView).toBe(encPage.jsOnView);
    expect(embed.jsTotal).toBe(embed.jsOnView);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
