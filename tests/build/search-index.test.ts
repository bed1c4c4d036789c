/** The search index as shipped: small chunks (so a first query stays light) that still hold every word of every page. */
import { describe, it, expect } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distDir } from './dist.ts';
import { readPf, rechunk } from '../../src/integrations/pagefind-chunks.ts';

const bundle = join(distDir(), 'pagefind');
type Chunk = [string, string, string];

function language(dir: string, lang: string) {
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
  const meta = readPf(join(dir, `pagefind.${entry.languages[lang]!.hash}.pf_meta`)) as unknown[];
  const chunks = meta[2] as Chunk[];
  const words = chunks.flatMap(([, , hash]) => ((readPf(join(dir, 'index', `${hash}.pf_index`)) as unknown[][])[0] as unknown[][]));
  return { meta, chunks, words };
}

describe('the search index', () => {
  for (const lang of ['en', 'es']) {
    it(`${lang}: several chunks, each within 12 KB, in word order`, () => {
      const { chunks, words } = language(bundle, lang);
      expect(chunks.length).toBeGreaterThan(2);
      for (const [, , hash] of chunks) expect(statSync(join(bundle, 'index', `${hash}.pf_index`)).size, hash).toBeLessThanOrEqual(12 * 1024);
      const names = words.map((w) => w[0] as string);
      expect(names.length).toBeGreaterThan(1000);
      // Pagefind finds a word's chunk by these bounds: they must run in order and not overlap.
      for (let i = 1; i < chunks.length; i++) expect(chunks[i - 1]![1] < chunks[i]![0], `${chunks[i - 1]![1]} / ${chunks[i]![0]}`).toBe(true);
      // Only the chunk files the metadata names are shipped.
      const files = readdirSync(join(bundle, 'index')).filter((f) => f.startsWith(`${lang}_`));
      expect(files.sort()).toEqual(chunks.map((c) => `${c[2]}.pf_index`).sort());
    });
  }

  it('splitting again keeps every word, page and position', () => {
    const copy = mkdtempSync(join(tmpdir(), 'pf-'));
    cpSync(bundle, copy, { recursive: true });
    const before = language(copy, 'en');
    const report = rechunk(copy, 1500);
    const after = language(copy, 'en');
    expect(after.chunks.length).toBeGreaterThan(before.chunks.length);
    expect(report.find((r) => r.lang === 'en')!.after).toBe(after.chunks.length);
    expect(JSON.stringify(after.words)).toBe(JSON.stringify(before.words));
    expect(JSON.stringify(after.meta[1])).toBe(JSON.stringify(before.meta[1]));
  });

  for (const lang of ['en', 'es']) {
    it(`${lang}: whatever beginning of a word a reader types, Pagefind's rule (from <= term <= to) picks the one chunk that holds every word starting with it`, () => {
      const { chunks } = language(bundle, lang);
      const holder = new Map<string, Set<string>>();
      for (const [, , hash] of chunks) {
        const words = (readPf(join(bundle, 'index', `${hash}.pf_index`)) as unknown[][])[0] as unknown[][];
        for (const w of words) {
          const chars = [...(w[0] as string)];
          for (let n = 1; n <= Math.min(chars.length, 5); n++) {
            const p = chars.slice(0, n).join('');
            holder.set(p, (holder.get(p) ?? new Set()).add(hash));
          }
        }
      }
      expect(holder.size).toBeGreaterThan(1000);
      for (const [term, need] of holder) {
        const picked = chunks.filter(([from, to]) => term >= from && term <= to).map((c) => c[2]);
        expect(picked, term).toEqual([...need]);
      }
    });
  }
});
