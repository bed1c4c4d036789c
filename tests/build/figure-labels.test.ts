/**
 * The hover text of every number printed with <Num> says what the number is,
 * in the page's language, as content/figures*.yaml words it, and the labels of
 * the shelter counts on the trip days tie the day to the trip's stop, not the
 * shelters to the country (U.S. shelters are in the United States).
 */
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { parse } from 'node-html-parser';
import { distDir, htmlFiles, rel } from './dist.ts';
import { languageOf } from './language.ts';
import { checkContent } from '../../src/lib/content/load.ts';
import { formatFigure } from '../../src/lib/format.ts';
import { FIGURE_TOKEN } from '../../src/lib/content/model.ts';
import { curlyQuotes } from '../../src/lib/typography.ts';

const dir = distDir();
const { model } = checkContent(process.cwd());
const fill = (text: string, lang: 'en' | 'es') =>
  text.replace(FIGURE_TOKEN, (_m, id: string) => {
    const f = model.figures.get(id)!;
    return formatFigure(f.value, f.kind, lang, f.style);
  });

interface Hover {
  page: string;
  lang: 'en' | 'es';
  id: string;
  title: string;
}
const hovers: Hover[] = htmlFiles(dir).flatMap((file) => {
  const root = parse(readFileSync(file, 'utf8'));
  const lang = root.querySelector('html')?.getAttribute('lang') === 'es' ? 'es' : 'en';
  // What a reader sees on hover, focus or tap: the note the number points to with aria-describedby.
  return root.querySelectorAll('a.figure-ref').map((a) => {
    const note = root.getElementById(a.getAttribute('aria-describedby') ?? '');
    return { page: rel(dir, file), lang, id: a.getAttribute('data-figure') ?? '', title: note?.querySelector('.figure-label')?.text.trim() ?? '' };
  }) as Hover[];
});

describe('hover text of printed figures', () => {
  it('is found on pages in both languages', () => {
    expect(hovers.filter((h) => h.lang === 'en').length).toBeGreaterThan(50);
    expect(hovers.filter((h) => h.lang === 'es').length).toBeGreaterThan(50);
  });

  it('gives each figure its label in the page language', () => {
    const wrong = hovers.filter((h) => {
      const f = model.figures.get(h.id);
      if (!f) return true;
      // The built pages set quotes and apostrophes curly, as the typography step does.
      const label = curlyQuotes(fill(h.lang === 'es' ? f.labelEs : f.label, h.lang));
      return h.title !== label;
    });
    expect(wrong.map((h) => `${h.page}: ${h.id}: ${h.title}`)).toEqual([]);
  });

  it('reads as Spanish on Spanish pages', () => {
    const english = [...new Set(hovers.filter((h) => h.lang === 'es' && languageOf(h.title) === 'eng').map((h) => `${h.id}: ${h.title}`))];
    expect(english).toEqual([]);
  });

  it('places the shelter counts of June 7 and 8, 2021 on the days of the trip stops, not the shelters in Guatemala or Mexico', () => {
    const expected: Record<string, Record<'en' | 'es', RegExp>> = {
      'hhs-2021-06-07': { en: /^Children in HHS shelters on June 7, 2021, the day Harris was in Guatemala$/, es: /^Niños en albergues del Departamento de Salud y Servicios Humanos \(HHS\) el 7 de junio de 2021, el día en que Harris estuvo en Guatemala$/ },
      'hhs-2021-06-08': { en: /^Children in HHS shelters on June 8, 2021, the day Harris was in Mexico$/, es: /^Niños en albergues del Departamento de Salud y Servicios Humanos \(HHS\) el 8 de junio de 2021, el día en que Harris estuvo en México$/ },
    };
    for (const [id, byLang] of Object.entries(expected)) {
      for (const lang of ['en', 'es'] as const) {
        const seen = hovers.filter((h) => h.id === id && h.lang === lang);
        expect(seen.length, `${id} printed on an ${lang} page`).toBeGreaterThan(0);
        for (const h of seen) expect(h.title, h.page).toMatch(byLang[lang]);
      }
    }
    // No shelter label anywhere puts the shelters in a trip country.
    const misplaced = hovers.filter((h) => /(shelters|albergues|care|cuidado)\b.*\d{4}, (in|en) (Guatemala|Mexico|México)\b/.test(h.title));
    expect(misplaced.map((h) => `${h.page}: ${h.title}`)).toEqual([]);
  });
});
