import { describe, it, expect } from 'vitest';
import { wordsInSpanish } from '../../src/lib/dataset-page.ts';

describe('Spanish words in dataset tables', () => {
  it('translates a known word and a list of known words, keeping the separators', () => {
    expect(wordsInSpanish('announced')).toBe('anunciada');
    expect(wordsInSpanish('not specified')).toBe('sin especificar');
    expect(wordsInSpanish('Guatemala; Mexico')).toBe('Guatemala; México');
    expect(wordsInSpanish('donation / loan')).toBe('donación / préstamo');
  });
  it('leaves a cell alone when any word of it is unknown, or when it is empty', () => {
    expect(wordsInSpanish('Mexico and friends')).toBeUndefined();
    expect(wordsInSpanish('Guatemala; Narnia')).toBeUndefined();
    expect(wordsInSpanish('')).toBeUndefined();
  });
});
