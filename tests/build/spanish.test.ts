/**
 * The Spanish edition is Spanish: every sentence a reader sees or hears on a
 * built /es/ page reads as Spanish, except runs marked lang="en" (quotations,
 * names left in English, titles of English sources), and those runs stay short.
 * The language is judged by a detector on each sentence, not by a list of strings.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { distDir, htmlFiles, rel } from './dist.ts';
import { englishSentencesWhere, longForeignRuns, MAX_FOREIGN_WORDS, pageText, languageOf } from './language.ts';

const dir = distDir();
const pages = htmlFiles(join(dir, 'es')).map((f) => ({ path: rel(dir, f), html: readFileSync(f, 'utf8') }));

describe('the Spanish edition is Spanish', () => {
  it('builds Spanish pages with enough text to judge', () => {
    expect(pages.length).toBeGreaterThan(5);
    for (const p of pages) {
      const judged = pageText(p.html, 'es').blocks.filter((b) => languageOf(b.text) !== 'und');
      expect(judged.length, p.path).toBeGreaterThan(0);
    }
  });

  it('has no English sentence outside lang="en" runs on any /es/ page', () => {
    const found = pages.flatMap((p) => englishSentencesWhere(p.html, 'es').map((s) => `${p.path} [${s.where}]: ${s.text}`));
    expect(found, `${found.length} English sentences on /es/ pages:\n${found.join('\n')}`).toEqual([]);
  });

  it(`keeps every lang="en" run on /es/ pages to ${MAX_FOREIGN_WORDS} words or fewer`, () => {
    const long = pages.flatMap((p) => longForeignRuns(p.html, 'es').map((r) => `${p.path}: ${r.words} words: ${r.text.slice(0, 120)}…`));
    expect(long, long.join('\n')).toEqual([]);
  });
});
