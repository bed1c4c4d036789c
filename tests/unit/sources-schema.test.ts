/**
 * The source model: an original address (url) and the copy read (via), notes
 * in both languages, the source's language. Good and bad entries, with the
 * exact message an editor sees.
 */
import { describe, it, expect } from 'vitest';
import { validateContent, type ContentFiles } from '../../src/lib/content/model.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';

const BASE = `- id: wh-relief
  publisher: The White House
  title: "Fact sheet: Urgent relief"
  url: https://example.gov/relief/
  accessed: 2026-11-29
`;

/** Validate content/sources.yaml (BASE) plus content/sources/extra.yaml. */
function check(extra: string) {
  const files: ContentFiles = {
    sources: new Map([
      ['content/sources.yaml', BASE],
      ['content/sources/extra.yaml', extra],
    ]),
    figures: new Map(),
    datasets: new Map(),
  };
  const { model, problems } = validateContent(files);
  return { model, out: problems.map(formatProblem) };
}

describe('sources: good entries', () => {
  it('reads an original with the copy read, Spanish names, notes in both languages and a language', () => {
    const { model, out } = check(`- id: reuters-az
  publisher: Reuters
  title: Mexico receives doses
  url: https://www.reuters.com/world/mexico-doses/
  via:
    name: National Post
    url: https://nationalpost.com/pmn/mexico-doses
    syndicated: true
  accessed: 2026-11-29
  note: A wire story.
  note_es: Una nota de agencia.
- id: prensa
  publisher: Prensa Libre
  title: Guatemala rompe récord
  url: https://www.prensalibre.com/record/
  accessed: 2026-11-29
  lang: es
- id: wh-guatemala
  publisher: The White House
  publisher_es: Casa Blanca
  title: A fact sheet on cooperation
  title_es: Una hoja informativa sobre la cooperación
  via:
    name: the U.S. Embassy in Guatemala
    name_es: la Embajada de EE. UU. en Guatemala
    url: https://gt.usembassy.gov/fact-sheet/
  accessed: 2026-11-29
`);
    expect(out).toEqual([]);
    expect(model.sources.get('reuters-az')).toMatchObject({ url: 'https://www.reuters.com/world/mexico-doses/', via: { name: 'National Post', url: 'https://nationalpost.com/pmn/mexico-doses', syndicated: true }, note: 'A wire story.', noteEs: 'Una nota de agencia.', lang: 'en' });
    expect(model.sources.get('prensa')).toMatchObject({ lang: 'es', via: undefined });
    const wh = model.sources.get('wh-guatemala')!;
    expect(wh.url).toBeUndefined();
    expect(wh).toMatchObject({ publisherEs: 'Casa Blanca', titleEs: 'Una hoja informativa sobre la cooperación', via: { nameEs: 'la Embajada de EE. UU. en Guatemala', syndicated: false } });
  });
});

describe('sources: bad entries', () => {
  it('needs an original address or a copy', () => {
    expect(check('- id: lost\n  publisher: CNN\n  title: A report\n  accessed: 2026-11-29\n').out).toEqual([
      `content/sources/extra.yaml:1:7 source "lost" has neither url nor via. Fix: add "url: https://..." with the original publisher's address, or, when only a copy was read, "via:" with the copy's name and url`,
    ]);
  });

  it('reads "via" only as a name and an address', () => {
    expect(check('- id: a\n  publisher: CNN\n  title: A report\n  via: https://copy.example.com/a\n  accessed: 2026-11-29\n').out).toEqual([
      'content/sources/extra.yaml:4:8 source "a" has "via" written as "https://copy.example.com/a", not as a name and an address. Fix: write it on two indented lines under "via:": "name: Site that carried the copy" and "url: https://..."',
    ]);
    expect(check('- id: a\n  publisher: CNN\n  title: A report\n  via:\n    name: Copy site\n  accessed: 2026-11-29\n').out).toEqual([
      'content/sources/extra.yaml:4:3 source "a" has a "via" copy without an address. Fix: add "url: https://..." under "via:", the address of the copy you read',
    ]);
    expect(check('- id: a\n  publisher: CNN\n  title: A report\n  via:\n    url: https://copy.example.com/a\n    site: Copy\n  accessed: 2026-11-29\n').out).toEqual([
      'content/sources/extra.yaml:4:3 source "a" has a "via" copy without a name. Fix: add "name: ..." under "via:", the site that carried the copy as readers know it, for example National Post',
      'content/sources/extra.yaml:6:11 source "a" has an unknown field "site" under "via". Fix: use only name, name_es, url, syndicated under "via:"',
    ]);
  });

  it('refuses insecure addresses for the original and for the copy', () => {
    expect(check('- id: a\n  publisher: CNN\n  title: A report\n  url: http://cnn.example.com/a\n  via:\n    name: Copy site\n    url: http://copy.example.com/a\n  accessed: 2026-11-29\n').out).toEqual([
      'content/sources/extra.yaml:4:8 source "a" has url "http://cnn.example.com/a", which is not a secure https address. Fix: use the https:// address of the original page (open it in a browser and copy the address), or delete the line if the original is not established',
      'content/sources/extra.yaml:7:10 source "a" has via url "http://copy.example.com/a", which is not a secure https address. Fix: use the https:// address of the copy you read',
    ]);
  });

  it('refuses a copy that is the original itself', () => {
    expect(check('- id: a\n  publisher: CNN\n  title: A report\n  url: https://cnn.example.com/a\n  via:\n    name: CNN\n    url: https://cnn.example.com/a\n  accessed: 2026-11-29\n').out).toEqual([
      'content/sources/extra.yaml:7:10 source "a" has the same address as url and as via url. Fix: when the desk read the original itself, delete the "via:" lines',
    ]);
  });

  it('keeps one entry per address, for originals and copies alike', () => {
    const out = check(`- id: b
  publisher: The White House
  title: The same fact sheet
  via:
    name: Copy site
    url: https://example.gov/relief/
  accessed: 2026-11-29
- id: c
  publisher: CNN
  title: One report
  via:
    name: Copy site
    url: https://copy.example.com/c
  accessed: 2026-11-29
- id: d
  publisher: CNN
  title: The same report again
  via:
    name: Copy site
    url: https://copy.example.com/c
  accessed: 2026-11-29
`).out;
    expect(out).toEqual([
      'content/sources/extra.yaml:6:10 source "b" has a via url that is the url of source "wh-relief". Fix: use the id "wh-relief" wherever this source is cited and delete this entry',
      'content/sources/extra.yaml:20:10 source "d" has the same via url as source "c". Fix: use the id "c" wherever this source is cited and delete this entry',
    ]);
  });

  it('wants every note in both languages, in words rather than typed figures', () => {
    expect(check('- id: a\n  publisher: CNN\n  title: A report\n  url: https://cnn.example.com/a\n  accessed: 2026-11-29\n  note: Read in a repost.\n').out).toEqual([
      'content/sources/extra.yaml:6:9 source "a" has a note but no Spanish note (note_es). Fix: add "note_es: ..." with the same provenance in Spanish, for readers of the Spanish edition',
    ]);
    expect(check('- id: a\n  publisher: CNN\n  title: A report\n  url: https://cnn.example.com/a\n  accessed: 2026-11-29\n  note_es: Leída en una copia.\n').out).toEqual([
      'content/sources/extra.yaml:6:12 source "a" has a Spanish note (note_es) but no English note. Fix: add "note: ..." with the same provenance in English',
    ]);
    expect(check('- id: a\n  publisher: CNN\n  title: A report\n  url: https://cnn.example.com/a\n  accessed: 2026-11-29\n  note: An earlier version gave 18,724.\n  note_es: Una versión anterior daba 18,724 niños.\n').out).toEqual([
      'content/sources/extra.yaml:6:9 source "a" has the figure "18,724" typed into its note. Fix: say it in words ("a slightly different count"), or leave it to the figures and datasets that cite this source',
      'content/sources/extra.yaml:7:12 source "a" has the figure "18,724" typed into its note_es. Fix: say it in words ("a slightly different count"), or leave it to the figures and datasets that cite this source',
    ]);
  });

  it('knows the languages a source can be in, and what "syndicated" means', () => {
    expect(check('- id: a\n  publisher: CNN\n  title: A report\n  via:\n    name: Copy site\n    url: https://copy.example.com/a\n    syndicated: yes please\n  accessed: 2026-11-29\n  lang: fr\n').out).toEqual([
      'content/sources/extra.yaml:7:17 source "a" has "syndicated: yes please" under "via". Fix: write syndicated: true (the site carries the wire service by agreement), or delete the line',
      'content/sources/extra.yaml:9:9 source "a" has lang "fr". Fix: use one of: en, es (the language the source is written in; leave it out for English)',
    ]);
  });
});
