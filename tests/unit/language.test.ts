import { describe, it, expect } from 'vitest';
import { englishSentences, englishSentencesWhere, longForeignRuns, pageText, sentences, languageOf } from '../build/language.ts';

const page = (body: string, head = '<title>Causas de fondo</title>') => `<!doctype html><html lang="es"><head>${head}<style>.x{color:red}</style></head><body>${body}</body></html>`;

describe('language of page text (the Spanish-edition check)', () => {
  it('flags an English sentence in Spanish prose, and only that one', () => {
    const html = page('<p>La vicepresidenta viajó a Guatemala en junio de 2021 para hablar de migración. The plan was a proposal that Congress never passed into law.</p>');
    expect(englishSentences(html)).toEqual(['The plan was a proposal that Congress never passed into law.']);
  });
  it('hears hover text, labels and alternative text, and SVG text', () => {
    const html = page('<p>Hubo <a title="Children in HHS shelters on the day Harris was in Guatemala">16,000</a> niños en albergues.</p><svg><title>Encounters at the southwest border by month</title><text>Border Patrol encounters between ports of entry</text></svg><img alt="A map of the route the vice president took" src="x.png"><nav aria-label="Main navigation of the whole site"></nav>');
    expect(englishSentences(html)).toEqual(['Children in HHS shelters on the day Harris was in Guatemala', 'Encounters at the southwest border by month', 'Border Patrol encounters between ports of entry', 'A map of the route the vice president took', 'Main navigation of the whole site']);
    expect(englishSentencesWhere(html).map((b) => b.where)).toEqual(['page a[title]', 'page', 'page', 'page img[alt]', 'page nav[aria-label]']);
  });
  it('leaves out runs marked lang="en", scripts and styles, but keeps the sentence around a run together', () => {
    const html = page('<p>La Casa Blanca publicó <cite lang="en">Fact Sheet: Strengthening Cooperation with Guatemala and the region</cite> el 7 de junio de 2021.</p><script>const english = "this is a long English sentence in a script";</script>');
    expect(englishSentences(html)).toEqual([]);
    expect(pageText(html, 'es').foreign).toHaveLength(1);
    expect(pageText(html, 'es').blocks.map((b) => b.text)).toContain('La Casa Blanca publicó el 7 de junio de 2021.');
  });
  it('refuses a long English run even when it is marked', () => {
    const long = Array.from({ length: 31 }, (_, i) => `word${'abcdefghij'[i % 10]}`).join(' ');
    expect(longForeignRuns(page(`<blockquote lang="en">${long}</blockquote>`))).toHaveLength(1);
    expect(longForeignRuns(page('<q lang="en">We are going to help</q>'))).toEqual([]);
  });
  it('does not judge fragments too short to judge', () => {
    expect(languageOf('Data as of')).toBe('und');
    expect(languageOf('Fuente: The White House')).toBe('und');
    expect(languageOf('Los niños bajo custodia de la Patrulla Fronteriza')).toBe('spa');
    expect(languageOf('Andrés Manuel López Obrador')).toBe('und');
  });
  it('splits sentences at stops and middle dots', () => {
    expect(sentences('Uno dos. Tres cuatro? Cinco · seis')).toEqual(['Uno dos.', 'Tres cuatro?', 'Cinco', 'seis']);
  });
});
