/**
 * Readers see provenance in plain words, never the desk's working notes:
 * repository addresses, commit hashes, "the compiler", open checks, to-dos.
 * Reads the text of every built page in both languages (and the title, alt
 * and aria-label text a reader hovers or hears). Run `npm run build` first.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { distDir, htmlFiles, rel } from './dist.ts';
import { attributeText, readerText } from './text.ts';

/** Marks of a working note, each with why it is one. */
export const WORKING_NOTE_MARKS: [RegExp, string][] = [
  [/github\.com|gitlab\.com|\bgit (?:repo|clone)/i, 'a code-hosting address'],
  // Saying that a copy came from a public repository is plain provenance; naming it (owner/name) is not.
  [/\brepositor(?:y|io)\b[^.;]{0,40}?[\w.-]+\/[\w.-]+/i, 'a repository name'],
  [/\(commit\b|\bcommit [0-9a-f]{7}/i, 'a commit'],
  [/\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,40}\b/, 'a commit hash'],
  [/[\w)]\.(?:xlsx?|csv|ipynb|md)\b/i, 'a working file name'],
  [/\bcompil(?:er|ers|ed by)\b|\bcompilador/i, 'the fact sheet’s compiler'],
  [/should be (?:checked|verified|confirmed)|to be (?:checked|verified)|needs? (?:checking|a primary source)|debe(?:rá|ría)? (?:revisarse|verificarse|comprobarse)/i, 'an open check'],
  [/\bTODO\b|\bFIXME\b|\bXXX\b|\bTBD\b/, 'a to-do'],
  [/\bUNVERIFIED\b|\bSIN VERIFICAR\b/, 'a verification flag'],
  [/from memory|de memoria\b/i, 'a value from memory'],
  [/before launch|re-?download/i, 'a launch task'],
  [/FACTS\.md|PROVENANCE\b/, 'a research file'],
  [/otter\.ai/i, 'a transcription service'],
];

/** Everything a reader can see or hear on a page, one line per block. */
function pageText(html: string): string {
  const doc = parse(html);
  return [readerText(doc.querySelector('body') ?? doc), ...attributeText(doc)].join('\n');
}

export function workingNotes(text: string): string[] {
  const found: string[] = [];
  for (const line of text.split('\n')) {
    for (const [re, why] of WORKING_NOTE_MARKS) {
      const m = re.exec(line);
      if (m) found.push(`${why}: “${line.slice(Math.max(0, m.index - 60), m.index + m[0].length + 60)}”`);
    }
  }
  return found;
}

describe('the working-note finder', () => {
  it('finds the notes readers were shown before, and leaves plain provenance alone', () => {
    expect(workingNotes('The wording should be checked against the official White House transcript.')).toHaveLength(1);
    expect(workingNotes('Summed by the fact-sheet compiler over all rows.')).toHaveLength(1);
    expect(workingNotes('Kept in the GitHub repository arilamstein/immigration_enforcement (commit c438a05).')).toHaveLength(3);
    expect(workingNotes('Read from a copy of the file sbo-encounters-fy22-fy25-aug.csv.')).toHaveLength(1);
    expect(workingNotes('Oct, Nov, Dec 2020 are UNVERIFIED (from memory).')).toHaveLength(2);
    const plain = [
      'Read from an independent copy of the workbook file, which names this page as its origin.',
      'The official transcript of the news conference was not seen.',
      'Se leyó en una copia independiente del archivo. Revisada el 29 de noviembre de 2026.',
      'Highest since March 2000: 178,416 children, 2021-06-30, data as of August 2025. Read via: GitHub.',
      'The workbook came from a public GitHub repository. Agencies must commit the money to projects. Get the data (CSV).',
      'Every value we could check against another report matched.',
    ];
    for (const p of plain) expect(workingNotes(p), p).toEqual([]);
  });
});

describe('no working notes on any page', () => {
  const dist = distDir(process.env.DIST ?? 'dist');
  const files = htmlFiles(dist);
  it('the build has pages in both languages', () => {
    expect(files.some((f) => rel(dist, f).startsWith('es/'))).toBe(true);
    expect(files.length).toBeGreaterThan(10);
  });
  for (const lang of ['en', 'es']) {
    it(`${lang === 'en' ? 'English' : 'Spanish'} pages show readers no working notes`, () => {
      const found: string[] = [];
      for (const f of files) {
        const path = rel(dist, f);
        if ((lang === 'es') !== path.startsWith('es/')) continue;
        for (const w of workingNotes(pageText(readFileSync(f, 'utf8')))) found.push(`${path}: ${w}`);
      }
      expect(found).toEqual([]);
    });
  }
});
