import { describe, it, expect } from 'vitest';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { spawnSync } from 'node:child_process';
import '../../src/charts/registry.ts';
import { checkContent } from '../../src/lib/content/load.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';

const GOOD = join(import.meta.dirname, '../fixtures/good');

/** Copy the good fixture and apply edits: file -> (text) => new text. */
function fixture(edits: Record<string, (s: string) => string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  cpSync(GOOD, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const p = join(dir, file);
    let text = '';
    try {
      text = readFileSync(p, 'utf8');
    } catch {
      text = '';
    }
    const next = edit(text);
    if (next === '\0delete') rmSync(p);
    else {
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, next);
    }
  }
  return dir;
}

function problemsOf(edits: Record<string, (s: string) => string>): string[] {
  const dir = fixture(edits);
  try {
    return checkContent(dir).problems.map(formatProblem);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('content check', () => {
  it('passes the good fixture', () => {
    expect(problemsOf({})).toEqual([]);
  });

  it('reports a missing column with the file, line and fix', () => {
    const out = problemsOf({ 'content/data/shelters.csv': (s) => s.replace('date,children,note', 'date,note').replace(/,(\d+),/g, ',') });
    expect(out.some((l) => l.startsWith('content/data/shelters.csv:1 is missing the column "children"'))).toBe(true);
  });

  it('reports a non-numeric value at its line and column', () => {
    const out = problemsOf({ 'content/data/shelters.csv': (s) => s.replace('22557', 'about 22k') });
    expect(out).toContain(
      'content/data/shelters.csv:3:2 value "about 22k" in column "children" is not a whole number. Fix: write only digits (no units, currency signs or words); put the unit in the .yaml "unit" field',
    );
  });

  it('reports thousands separators and suggests the plain number', () => {
    const out = problemsOf({ 'content/data/shelters.csv': (s) => s.replace('22557', '"22,557"') });
    expect(out).toContain('content/data/shelters.csv:3:2 value "22,557" in column "children" has thousands separators. Fix: write the plain number without commas: 22557');
  });

  it('reports a bad date', () => {
    const out = problemsOf({ 'content/data/shelters.csv': (s) => s.replace('2021-06-07', '06/07/2021') });
    expect(out).toContain('content/data/shelters.csv:4:1 value "06/07/2021" in column "date" is not a date written as YYYY-MM-DD. Fix: write the date as year-month-day with zeros, for example 2021-06-07');
  });

  it('reports an impossible calendar date', () => {
    const out = problemsOf({ 'content/data/shelters.csv': (s) => s.replace('2021-06-07', '2021-02-30') });
    expect(out.some((l) => l.startsWith('content/data/shelters.csv:4:1 value "2021-02-30"'))).toBe(true);
  });

  it('reports a duplicate key with both lines', () => {
    const out = problemsOf({ 'content/data/shelters.csv': (s) => s + '2021-04-29,22000,\n' });
    expect(out).toContain('content/data/shelters.csv:5 repeats the row with date = "2021-04-29" already on line 3. Fix: delete one of the two rows, or correct the value that identifies it');
  });

  it('reports an unknown source id in a dataset and in a row', () => {
    const out = problemsOf({
      'content/data/shelters.yaml': (s) => s.replace('sources: [hhs-daily]', 'sources: [hhs-dialy]'),
      'content/data/aid.csv': (s) => s.replace(',wh-relief', ',wh-releif'),
    });
    expect(out).toContain('content/data/shelters.yaml:22:11 names source "hhs-dialy", which is not in the sources (content/sources.yaml or content/sources/*.yaml). Fix: add a source with "id: hhs-dialy" to content/sources.yaml (or a file in content/sources/), or correct the id');
    expect(out).toContain('content/data/aid.csv:2:4 source "wh-releif" in column "source" is not in the sources (content/sources.yaml or content/sources/*.yaml). Fix: add a source with "id: wh-releif" to content/sources.yaml (or a file in content/sources/), or correct the id');
  });

  it('reports unknown fields in a dataset description (typos never pass silently)', () => {
    const out = problemsOf({ 'content/data/shelters.yaml': (s) => s.replace('checked: 2026-11-29', 'checked: 2026-11-29\ncaveat_es: [x]').replace('    label: Note', '    label: Note\n    requird: false') });
    expect(out).toContain('content/data/shelters.yaml:20:14 column "note" has an unknown field "requird". Fix: use only name, kind, type, label, label_es, required, values, min, max, integer, outlier_ratio, outliers_ok');
    expect(out).toContain('content/data/shelters.yaml:27:1 has an unknown field "caveat_es". Fix: write "caveats_es"');
  });

  it('reports a dataset without a source', () => {
    const out = problemsOf({ 'content/data/shelters.yaml': (s) => s.replace('sources: [hhs-daily]\n', '') });
    expect(out.some((l) => /^content\/data\/shelters\.yaml:1:1 has no sources\. Fix: add "sources: \[source-id\]"/.test(l))).toBe(true);
  });

  it('reports a non-https source URL', () => {
    const out = problemsOf({ 'content/sources.yaml': (s) => s.replace('https://example.gov/hhs/', 'http://example.gov/hhs/') });
    expect(out).toContain('content/sources.yaml:10:8 source "hhs-daily" has url "http://example.gov/hhs/", which is not a secure https address. Fix: use the https:// address of the original page (open it in a browser and copy the address), or delete the line if the original is not established');
  });

  it('reports an unknown figure id in MDX at its line', () => {
    const out = problemsOf({ 'content/articles/en/the-trip.mdx': (s) => s.replace('<Num id="hhs-peak" />', '<Num id="hhs-peek" />') });
    expect(out).toContain('content/articles/en/the-trip.mdx:11:85 uses the figure "hhs-peek", which is not in content/figures.yaml. Fix: check the spelling, or add a figure with "id: hhs-peek" to content/figures.yaml');
  });

  it('reports "<5%" and a stray "{" in prose (a syntax error stops the rest of that file\'s body checks)', () => {
    const lt = problemsOf({ 'content/articles/en/the-trip.mdx': (s) => s + '\nFewer than <5 children {were} there.\n' });
    expect(lt).toEqual(['content/articles/en/the-trip.mdx:17:12 has "<" before a number, which MDX reads as the start of a tag. Fix: write "less than" in words, or write &lt; instead of <']);
    const brace = problemsOf({ 'content/articles/en/the-trip.mdx': (s) => s + '\nFewer than five children {were} there.\n' });
    expect(brace).toContain('content/articles/en/the-trip.mdx:17:26 has a "{" in the text, which MDX reads as code. Fix: remove it, or write &#123; for { and &#125; for }; a comment is written {/* like this */}');
  });

  it('reports figures typed by hand, but not years or dates', () => {
    const out = problemsOf({ 'content/articles/en/the-trip.mdx': (s) => s + '\nOn June 7, 2021, officials counted 16,264 children and $48 million in aid, 38% of it new, and 1.5 million doses.\n' });
    const typed = out.filter((l) => l.includes('typed into the text'));
    expect(typed.map((l) => /"([^"]+)" typed/.exec(l)?.[1])).toEqual(['16,264', '$48 million', '38%', '1.5 million']);
    expect(typed[0]).toMatch(/^content\/articles\/en\/the-trip\.mdx:17:\d+ has the figure "16,264" typed into the text\. Fix: print it from the data with <Num id="\.\.\." \/>/);
  });

  it('reports frontmatter problems at the field line', () => {
    const out = problemsOf({ 'content/articles/en/the-trip.mdx': (s) => s.replace('kind: main', 'kind: feature').replace('published: 2021-06-10', 'published: June 10') });
    expect(out.some((l) => l.startsWith('content/articles/en/the-trip.mdx:5:') && l.includes('the published date is not a date written as YYYY-MM-DD') && l.includes('YYYY-MM-DD'))).toBe(true);
    expect(out.some((l) => l.startsWith('content/articles/en/the-trip.mdx:7:') && l.includes('the kind is neither main nor focus') && l.includes('Fix: write main'))).toBe(true);
  });

  it('reports an unknown component and a bad attribute', () => {
    const out = problemsOf({ 'content/articles/en/the-trip.mdx': (s) => s + '\n<AidChrt />\n\n<EncountersChart series="kids" />\n' });
    expect(out.some((l) => l.startsWith('content/articles/en/the-trip.mdx:17:1 uses <AidChrt>, which is not a component the site knows'))).toBe(true);
    expect(out.some((l) => l.startsWith('content/articles/en/the-trip.mdx:19:1 has series="kids" on <EncountersChart>. Fix: use one of: all, children'))).toBe(true);
  });

  it('checks site pages in content/pages like articles, and refuses a page and an article with one address', () => {
    const page = '---\ntitle: About the desk\ndescription: Who makes this site and how its figures are checked and corrected.\nlanguage: en\n---\n\nSee [the sources](../sources/) and [the trip](../the-trip/).\n';
    expect(problemsOf({ 'content/pages/en/about.mdx': () => page })).toEqual([]);
    const out = problemsOf({
      'content/pages/en/about.mdx': () => page.replace('language: en', 'language: en\nauthors: [X]') + '\nIt cost $48 million.\n',
      'content/pages/en/the-trip.mdx': () => page,
    });
    expect(out).toContain('content/pages/en/about.mdx:5:1 has unknown field "authors". Fix: check the spelling; allowed fields are title, description, language');
    expect(out.some((l) => l.startsWith('content/pages/en/about.mdx:10:9 has the figure "$48 million" typed into the text'))).toBe(true);
    expect(out).toContain('content/pages/en/the-trip.mdx:1 has the same name as the article content/articles/en/the-trip.mdx, and both would be published at the same address. Fix: rename one of the two files');
  });

  it('lets a chart appear twice in one article (ids are per instance)', () => {
    const out = problemsOf({ 'content/articles/en/the-trip.mdx': (s) => s + '\n<SheltersChart />\n\n<SheltersChart />\n' });
    expect(out).toEqual([]);
  });

  it('reports a figure pointing at a missing row', () => {
    const out = problemsOf({ 'content/figures.yaml': (s) => s.replace('{ date: 2021-04-29 }', '{ date: 2021-04-30 }') });
    expect(out.some((l) => l.startsWith('content/figures.yaml:12:3 figure "hhs-peak" names a row (date = 2021-04-30) that is not in content/data/shelters.csv'))).toBe(true);
  });

  it('reports links from the site root and links to missing or draft articles', () => {
    const out = problemsOf({
      'content/articles/en/the-trip.mdx': (s) => s + '\nSee [the sources](/sources/), [a piece](../no-such-piece/) and [a draft](../later/).\n',
      'content/articles/en/later.mdx': () => '---\ntitle: A later piece in progress\ndek: A draft used by the tests to check that links to drafts are reported.\nlanguage: en\npublished: 2021-06-10\nauthors: [Desk staff]\nkind: focus\norder: 2\ndraft: true\n---\n\nText.\n',
    });
    expect(out.some((l) => l.startsWith('content/articles/en/the-trip.mdx:17:') && l.includes('links to "/sources/", a path from the site root'))).toBe(true);
    expect(out.some((l) => l.includes('links to "no-such-piece", which is not an article in content/articles/en'))).toBe(true);
    expect(out.some((l) => l.includes('links to "later", which is still a draft and will not be published'))).toBe(true);
  });

  it('reports links to outside pages, which belong in the sources', () => {
    const out = problemsOf({ 'content/articles/en/the-trip.mdx': (s) => s + '\nSee [the fact sheet](https://example.gov/relief/).\n' });
    expect(out).toEqual(['content/articles/en/the-trip.mdx:17:21 links to the outside page "https://example.gov/relief/" directly. Fix: add it to content/sources.yaml and cite it with <Cite id="..." />, so it is listed in the Sources section']);
  });

  it('accepts relative links to articles, headings and site pages', () => {
    expect(problemsOf({ 'content/articles/en/the-trip.mdx': (s) => s + '\nSee [the sources](../sources/) and [this piece](../the-trip/#a-subhead).\n' })).toEqual([]);
  });

  it('reports a citation of an unknown source', () => {
    const out = problemsOf({ 'content/articles/en/the-trip.mdx': (s) => s + '\nAs <Cite id="nobody" /> said.\n' });
    expect(out).toContain('content/articles/en/the-trip.mdx:17:4 cites the source "nobody", which is not in the sources (content/sources.yaml or content/sources/*.yaml). Fix: check the spelling, or add a source with "id: nobody" to content/sources.yaml (or a file in content/sources/)');
  });

  it('reports figures typed into a caveat and unknown [[figure]] tokens', () => {
    const out = problemsOf({ 'content/data/shelters.yaml': (s) => s + 'caveats:\n  - "The peak was 22,557 children."\n  - "The peak was [[hhs-peek]]."\n  - "The peak was [[hhs-peak]]."\ncaveats_es:\n  - "El máximo fue [[hhs-peak]]."\n  - "El máximo fue [[hhs-peek]]."\n  - "El máximo fue [[hhs-peak]]."\n' });
    expect(out).toEqual([
      'content/data/shelters.yaml:27:5 caveat 1 has the figure "22,557" typed into it. Fix: name the figure in content/figures.yaml and write [[figure-id]] in its place',
      'content/data/shelters.yaml:28:5 caveat 2 uses the figure [[hhs-peek]], which is not in content/figures.yaml. Fix: check the spelling, or add the figure to content/figures.yaml',
      'content/data/shelters.yaml:31:5 caveat_es 1 prints the figures [hhs-peak] but the English item prints []. Fix: use the same [[figure-id]] tokens as item 1 of "caveats"',
      'content/data/shelters.yaml:32:5 caveat_es 2 uses the figure [[hhs-peek]], which is not in content/figures.yaml. Fix: check the spelling, or add the figure to content/figures.yaml',
    ]);
  });

  it('reads figures and sources split into topic files, and refuses duplicate ids and URLs', () => {
    expect(problemsOf({ 'content/figures/extra.yaml': () => '- id: hhs-peak-again\n  label: Same peak\n  label_es: El mismo máximo\n  dataset: shelters\n  row: { date: 2021-04-29 }\n  column: children\n  kind: count\n' })).toEqual([]);
    const out = problemsOf({
      'content/figures/extra.yaml': () => '- id: hhs-peak\n  label: Same id twice\n  value: 1\n  kind: count\n  source: hhs-daily\n',
      'content/sources/extra.yaml': () => '- id: hhs-copy\n  publisher: HHS\n  title: The same page again\n  url: https://example.gov/hhs/\n  accessed: 2026-11-29\n',
    });
    expect(out).toContain('content/figures/extra.yaml:1:7 figure id "hhs-peak" is used twice: it is already the id of the figure at content/figures.yaml:8. Fix: give each figure its own id');
    expect(out).toContain('content/sources/extra.yaml:4:8 source "hhs-copy" has the same url as source "hhs-daily". Fix: use the id "hhs-daily" wherever this source is cited and delete this entry');
  });

  it('asks for the Spanish twin of every text readers see, at its line', () => {
    const out = problemsOf({
      'content/figures.yaml': (s) => s.replace('  label_es: Máximo de niños bajo cuidado\n', '').replace('  label: Share from Guatemala\n', '  label: Share from Guatemala\n  note: Rounded.\n'),
      'content/data/shelters.yaml': (s) => s.replace('title_es: Niños en albergues\n', '').replace('    label_es: Fecha\n', '').replace('vintage_es: Tabla diaria del HHS, 2021\n', '') + 'notes:\n  - One.\n  - Two.\nnotes_es:\n  - Uno.\n',
    });
    expect(out).toEqual([
      'content/data/shelters.yaml:1:8 has "title" but no Spanish "title_es". Fix: add "title_es: ..." under "title", with the same text in Spanish (Spanish pages show it)',
      'content/data/shelters.yaml:10:12 column "date" has no Spanish label_es. Fix: add "label_es: ..." with the heading in Spanish (Spanish pages show it)',
      'content/data/shelters.yaml:21:10 has "vintage" but no Spanish "vintage_es". Fix: add "vintage_es: ..." under "vintage", with the same text in Spanish (Spanish pages show it)',
      'content/data/shelters.yaml:26:1 has 2 notes but 1 Spanish notes_es. Fix: give "notes_es" one item for each item of "notes", in the same order',
      'content/figures.yaml:9:10 figure "hhs-peak" has no Spanish label_es. Fix: add "label_es: ..." under "label", saying the same in Spanish (readers of the Spanish pages see it when they point at the number)',
      'content/figures.yaml:16:9 figure "share-guatemala" has a note but no Spanish note_es. Fix: add "note_es: ..." under "note", with the same note in Spanish',
    ]);
  });

  it('refuses a Spanish twin that is a copy of the English', () => {
    const out = problemsOf({
      'content/figures.yaml': (s) => s.replace('  label_es: Proporción de Guatemala\n', '  label_es: Share from Guatemala\n'),
      'content/data/shelters.yaml': (s) => s.replace('description_es: Niños bajo cuidado cada día.', 'description_es: Children in care on each day.'),
    });
    expect(out).toEqual([
      'content/data/shelters.yaml:4:17 has "description_es" identical to "description". Fix: write "description_es" in Spanish',
      'content/figures.yaml:17:13 figure "share-guatemala" has a label_es identical to its label. Fix: write label_es in Spanish',
    ]);
  });

  it('prints figures in labels and notes only through [[figure-id]], and checks the ids', () => {
    const out = problemsOf({
      'content/figures.yaml': (s) => s.replace('  label: Share from Guatemala\n  label_es: Proporción de Guatemala\n', '  label: Share from Guatemala, against 16,264 children\n  label_es: Proporción de Guatemala\n  note: Part of [[aid-31m]] and [[share-guatemala]].\n  note_es: Parte de [[aid-310m]].\n'),
    });
    expect(out).toEqual([
      'content/figures.yaml:16:10 figure "share-guatemala" has the figure "16,264" typed into its label. Fix: name that figure in content/figures.yaml and write [[figure-id]] in its place, or reword without it',
      'content/figures.yaml:18:9 figure "share-guatemala" uses the figure [[aid-31m]] in its note, which is not in content/figures.yaml. Fix: check the spelling, or add the figure to content/figures.yaml',
      'content/figures.yaml:18:9 figure "share-guatemala" uses itself, [[share-guatemala]], in its note. Fix: say "this amount" or "this number" instead',
    ]);
  });

  it('reports every problem across files in one run', () => {
    const out = problemsOf({
      'content/data/shelters.csv': (s) => s.replace('16264', '16,264x'),
      'content/sources.yaml': (s) => s.replace('https://example.gov/relief/', 'ftp://example.gov/relief/'),
    });
    expect(out.filter((l) => l.startsWith('content/data/shelters.csv:4 has 4 values but the header has 3 columns') && l.includes('"16,264x" looks like a number with a thousands separator'))).toHaveLength(1);
    expect(out.filter((l) => l.startsWith('content/sources.yaml:4:8'))).toHaveLength(1);
  });

  it('the command exits non-zero and prints every problem', () => {
    const dir = fixture({
      'content/data/shelters.csv': (s) => s.replace('22557', '"1,234"'),
      'content/articles/en/the-trip.mdx': (s) => s + '\nLess than <5% of them.\n',
    });
    try {
      const run = spawnSync(process.execPath, ['scripts/check-content.ts', '--root', dir], { encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('Content check: 2 problems found.');
      expect(run.stderr).toContain('content/data/shelters.csv:3:2 value "1,234"');
      expect(run.stderr).toContain('content/articles/en/the-trip.mdx:17:11 has "<" before a number');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const ok = spawnSync(process.execPath, ['scripts/check-content.ts', '--root', GOOD], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
  });
});
