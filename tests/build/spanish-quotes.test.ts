/**
 * Spanish pages quote people only in the words they were recorded in. A quotation reported in English
 * stays in English inside a lang="en" run, or is paraphrased without quotation marks; a Spanish
 * sentence inside quotation marks would present a translation as someone's own words. Short quoted
 * terms (“causas de raíz”, “más de”) and quoted examples in sentences that report no speech are not
 * quotations of people and are allowed.
 */
import { describe, it, expect } from 'vitest';
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, page } from './dist.ts';

const MAX_TERM_WORDS = 3;
/** Words that attribute speech or writing to someone, outside the quoted run itself. */
const SPEECH = /(?<!\p{L})(dijo|dijeron|afirmó|respondió|declaró|señaló|preguntó|añadió|agregó|escribió|aseguró|advirtió|resumió|calificó|describió|según)(?!\p{L})/iu;

describe('quotations on Spanish article pages', () => {
  const dir = distDir();
  const slugs = readdirSync(join(dir, 'es')).filter((d) => existsSync(join(dir, 'es', d, 'index.html')));

  it('finds the Spanish articles', () => {
    expect(slugs.length).toBeGreaterThan(5);
  });

  it('no Spanish text in quotation marks longer than a short term, outside lang="en" runs', () => {
    const found: string[] = [];
    for (const slug of slugs) {
      const body = page(dir, `/es/${slug}/`).querySelector('.prose-article');
      if (!body) continue;
      for (const el of body.querySelectorAll('[lang="en"], figure, script, style')) el.remove();
      const text = body.text.replace(/\s+/g, ' ');
      for (const sentence of text.split(/(?<=[.!?…])\s+(?=[A-Z¿¡“"«ÁÉÍÓÚÑ])/)) {
        for (const m of sentence.matchAll(/[“"«]([^”"»]+)[”"»]/g)) {
          if (m[1]!.trim().split(/\s+/).length <= MAX_TERM_WORDS) continue;
          if (SPEECH.test(sentence.replace(m[0], ' '))) found.push(`es/${slug}: ${m[0]}`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('the English quotations kept on Spanish pages are marked as English', () => {
    const doc = page(dir, '/es/corruption-and-aid/');
    const runs = doc.querySelectorAll('.prose-article [lang="en"]').map((e) => e.text);
    expect(runs).toContain('“Our theory is that we can do both.”');
  });
});
