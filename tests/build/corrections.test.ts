/**
 * Corrections must reach the reader: every dated entry in an article's
 * `corrections` frontmatter is printed, with its date, on the built page in
 * its own language. The vaccine piece's Honduras correction is checked by name
 * in both editions, together with the figures it put into the text.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { distDir, page, ROOT } from './dist.ts';
import { checkContent } from '../../src/lib/content/load.ts';
import { formatDate, formatFigure } from '../../src/lib/format.ts';

type Lang = 'en' | 'es';
interface Correction { date: string; text: string }

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function frontmatter(lang: Lang, slug: string): { corrections?: Correction[]; draft?: boolean } {
  const src = readFileSync(join(ROOT, 'content/articles', lang, `${slug}.mdx`), 'utf8');
  const m = /^---\n([\s\S]*?)\n---/.exec(src);
  return m ? (parseYaml(m[1]!) as { corrections?: Correction[] }) : {};
}

function corrected(lang: Lang): { slug: string; corrections: Correction[] }[] {
  return readdirSync(join(ROOT, 'content/articles', lang))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''))
    .map((slug) => ({ slug, fm: frontmatter(lang, slug) }))
    .filter(({ fm }) => !fm.draft && (fm.corrections?.length ?? 0) > 0)
    .map(({ slug, fm }) => ({ slug, corrections: fm.corrections! }));
}

const pathOf = (lang: Lang, slug: string) => (lang === 'en' ? `/${slug}/` : `/es/${slug}/`);

describe('corrections in the built site', () => {
  const dir = distDir();

  for (const lang of ['en', 'es'] as const) {
    it(`every correction in content/articles/${lang}/ is printed with its date on its page`, () => {
      const list = corrected(lang);
      expect(list.length).toBeGreaterThan(0);
      for (const { slug, corrections } of list) {
        const doc = page(dir, pathOf(lang, slug));
        const section = doc.querySelector('section[aria-labelledby="corrections-title"]');
        expect(section, `${lang}/${slug} has no corrections section`).not.toBeNull();
        const items = section!.querySelectorAll('li');
        expect(items.length).toBe(corrections.length);
        corrections.forEach((c, i) => {
          const date = String(c.date);
          const time = items[i]!.querySelector('time');
          expect(time?.getAttribute('datetime')).toBe(date);
          expect(squash(time!.text)).toBe(formatDate(date, lang));
          expect(squash(items[i]!.text)).toBe(`${formatDate(date, lang)}: ${squash(c.text)}`);
        });
      }
    });
  }

  const { model } = checkContent(ROOT);
  const lots = ['honduras-pfizer-2021-10-01', 'honduras-moderna-2021-10-04', 'honduras-pfizer-2021-10-07'];
  const stale: Record<Lang, RegExp> = {
    en: /not reported separately|never itemized/i,
    es: /no detallaron por separado|nunca se detallaron\./i,
  };

  for (const lang of ['en', 'es'] as const) {
    it(`vaccine-diplomacy (${lang}) carries the dated Honduras correction and the itemized October lots`, () => {
      const { corrections = [] } = frontmatter(lang, 'vaccine-diplomacy');
      const honduras = corrections.filter((c) => /Honduras/.test(c.text));
      expect(honduras).toHaveLength(1);

      const doc = page(dir, pathOf(lang, 'vaccine-diplomacy'));
      const section = doc.querySelector('section[aria-labelledby="corrections-title"]')!;
      const date = String(honduras[0]!.date);
      expect(section.querySelector(`time[datetime="${date}"]`)?.text).toBe(formatDate(date, lang));
      expect(squash(section.text)).toContain(squash(honduras[0]!.text));

      const body = squash(doc.querySelector('.prose-article')!.text);
      for (const id of lots) {
        const f = model.figures.get(id);
        expect(f, `figure ${id} is missing`).toBeDefined();
        expect(body).toContain(formatFigure(f!.value, f!.kind, lang, f!.style));
      }
      expect(body).not.toMatch(stale[lang]);
    });
  }
});
