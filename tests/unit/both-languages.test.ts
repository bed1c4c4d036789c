/**
 * Every chart kind and every named figure, rendered as a Spanish page and as
 * an English page renders them (the chart's MDX tag and <Num> through Astro's
 * container, with the page's locale taken from its URL), in the fast layer, no
 * browser: the Spanish output has Spanish month names and number style and no
 * word found only in the English strings tables, and the other way round. A
 * chart drawn in English on a Spanish page fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse, type HTMLElement } from 'node-html-parser';
import { CHARTS } from '../../src/charts/registry.ts';
import { chartComponents } from '../../src/charts/frame/tags.ts';
import { coreCopy, coreLabels } from '../../src/charts/core/strings.ts';
import { MAP_STRINGS } from '../../src/charts/map/strings.ts';
import { getModel } from '../../src/lib/data.ts';
import { df } from '../../src/lib/format.ts';
import { t, type Lang, type UiKey } from '../../src/lib/i18n.ts';
import Num from '../../src/components/Num.astro';
import { readerText } from '../build/text.ts';

const OTHER: Record<Lang, Lang> = { en: 'es', es: 'en' };
const PAGE: Record<Lang, string> = { en: 'https://example.org/border-numbers/', es: 'https://example.org/es/border-numbers/' };

/* ---------- the strings tables, as words ---------- */

/** The words written in a strings value: plain strings, and the literal parts of the template functions. */
function textsOf(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (typeof v === 'function') {
    const src = v.toString();
    // Literal text only: template parts outside ${...}, and quoted strings.
    for (const m of src.matchAll(/`((?:[^`\\]|\\.)*)`|'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g)) out.push((m[1] ?? m[2] ?? m[3] ?? '').replace(/\$\{[^}]*\}/g, ' '));
  } else if (v && typeof v === 'object') for (const x of Object.values(v)) textsOf(x, out);
  return out;
}

/** Words of three letters or more, lower-cased; acronyms (USAID, HHS) belong to no language and are left out. */
const words = (text: string) => (text.match(/\p{L}{3,}/gu) ?? []).filter((w) => w !== w.toUpperCase()).map((w) => w.toLowerCase());

const chartStrings = import.meta.glob<{ words?: (l: Lang) => object }>('../../src/charts/*/strings.ts', { eager: true });
// Interface keys, read from the table's source; their values come from t(). Keys whose English value is Spanish on purpose (the language switch) are left out.
const UI_KEYS = [...readFileSync(join(process.cwd(), 'src/lib/i18n.ts'), 'utf8').matchAll(/^\s+'([a-zA-Z]+\.[a-zA-Z]+)':/gm)]
  .map((m) => m[1] as UiKey)
  .filter((k) => !['lang.switch', 'lang.name', 'search.otherLang'].includes(k));

function vocabulary(lang: Lang): Set<string> {
  const texts: string[] = [];
  for (const mod of Object.values(chartStrings)) if (typeof mod.words === 'function') textsOf(mod.words(lang), texts);
  textsOf(coreLabels(lang), texts);
  textsOf(coreCopy(lang), texts);
  textsOf(MAP_STRINGS[lang], texts);
  for (const k of UI_KEYS) texts.push(t(lang, k));
  // The language's month names, long and short, as Intl writes them (Spanish "may" is a month, not an English word).
  for (let m = 0; m < 12; m++) for (const month of ['long', 'short'] as const) texts.push(df(lang, { month }).format(new Date(Date.UTC(2021, m, 15))));
  return new Set(texts.flatMap(words));
}
const VOCAB = { en: vocabulary('en'), es: vocabulary('es') };
/** Words of one language's tables that the other language's tables never use. */
const ONLY: Record<Lang, Set<string>> = {
  en: new Set([...VOCAB.en].filter((w) => !VOCAB.es.has(w))),
  es: new Set([...VOCAB.es].filter((w) => !VOCAB.en.has(w))),
};

/* ---------- month names and number style ---------- */

const MONTHS_EN = /\b(January|February|March|April|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b/;
const MONTHS_ES = /(?<!\p{L})(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|ene|abr|ago|sept|dic)(?!\p{L})/u;
const MONTHS_ES_ANY = /\b(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|ene|feb|mar|abr|may|jun|jul|ago|sept|oct|nov|dic)\b/;
/** English number style that Spanish must not have: 5K, 1.5M, $4B, $310 million. */
const NUMBERS_EN = /(?<![\p{L}-])\d+(?:\.\d+)?[KMB](?![\p{L}\p{N}])|(?<!US)\$\s?\d|\d (million|billion)(?!\p{L})/u;
/** Spanish number style that English must not have: 5 mil, 1.5 M, US$310 M, 1 millón, 310 millones de dólares. */
const NUMBERS_ES = /\d\s(mil|M)(?!\p{L})|US\$|(?<!\p{L})(millón|millones|dólares)(?!\p{L})/u;

/** What a reader sees and hears of rendered HTML: text, labels, tooltips and the island's words; runs marked as another language (names and titles of sources) and code shown for copying are left out. */
function readerWords(html: string, lang: Lang): string {
  const root = parse(html);
  for (const el of root.querySelectorAll('[lang]')) if (el.getAttribute('lang') !== lang) el.remove();
  for (const el of root.querySelectorAll('textarea')) el.remove();
  const parts = [readerText(root)];
  for (const el of root.querySelectorAll('[aria-label], [title], [alt], [data-tip]')) {
    for (const a of ['aria-label', 'title', 'alt', 'data-tip']) {
      const v = el.getAttribute(a);
      if (v) parts.push(v);
    }
  }
  // The island's words: each view's title, description, caption and announcement, and the keyboard hint (option values are codes, not words).
  for (const s of root.querySelectorAll('script[data-chart-data]')) {
    const payload = JSON.parse(s.textContent || '{}') as { views?: object; hint?: string };
    parts.push(...textsOf(payload.views ?? {}), payload.hint ?? '');
  }
  return parts.join('\n').replace(/\u00a0/g, ' ');
}

/**
 * Names stay as they are in either language: the publishers and titles of the
 * sources, and the names of programmes. They are taken out before the words are judged.
 */
const NAMES = [
  ...[...getModel().sources.values()].flatMap((s) =>
    Object.entries(s)
      .filter(([k, v]) => /publisher|title/i.test(k) && typeof v === 'string')
      // "Casa Blanca y Partnership for Central America": each name on its own too.
      .flatMap(([, v]) => [v as string, ...(v as string).split(/ (?:and|y) (?:the )?/)]),
  ),
  'Central America Forward',
].sort((a, b) => b.length - a.length);
/** Words spelled alike in both languages that one language's tables happen to use and the other's do not. */
const ALIKE = new Set(['error', 'total', 'central', 'general', 'final', 'local', 'plan', 'social', 'federal', 'regional']);

/** Problems with text that should be in `lang`. */
function foreignIn(text: string, lang: Lang): string[] {
  const out: string[] = [];
  let judged = text;
  for (const n of NAMES) judged = judged.split(n).join(' ');
  const stray = [...new Set(words(judged).filter((w) => ONLY[OTHER[lang]].has(w) && !ALIKE.has(w)))];
  if (stray.length) out.push(`${lang === 'es' ? 'English' : 'Spanish'} words: ${stray.join(', ')}`);
  const month = (lang === 'es' ? MONTHS_EN : MONTHS_ES).exec(text);
  if (month) out.push(`${lang === 'es' ? 'English' : 'Spanish'} month "${month[0]}" in: …${text.slice(Math.max(0, month.index - 40), month.index + 40)}…`);
  const num = (lang === 'es' ? NUMBERS_EN : NUMBERS_ES).exec(text);
  if (num) out.push(`${lang === 'es' ? 'English' : 'Spanish'} number style "${num[0]}" in: …${text.slice(Math.max(0, num.index - 40), num.index + 40)}…`);
  return out;
}

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create({
    // The site's i18n (astro.config.mjs): English at /, Spanish under /es/; Astro.currentLocale follows the URL.
    manifest: { i18n: { strategy: 'pathname-prefix-other-locales', locales: ['en', 'es'], defaultLocale: 'en', domainLookupTable: {} } } as never,
  });
});

describe('the strings tables give each language words of its own', () => {
  it('finds a working vocabulary in both tables', () => {
    for (const w of ['children', 'encounters', 'doses', 'shelters', 'trip']) expect(ONLY.en.has(w), w).toBe(true);
    for (const w of ['menores', 'encuentros', 'dosis', 'albergues', 'viaje']) expect(ONLY.es.has(w), w).toBe(true);
  });
  it('catches English in Spanish and Spanish in English', () => {
    expect(foreignIn('Los menores en albergues llegaron a su máximo en abril de 2021: 22,557', 'es')).toEqual([]);
    expect(foreignIn('Children in HHS shelters peaked in April 2021: 22,557', 'es').length).toBeGreaterThan(0);
    expect(foreignIn('US$310 M', 'en').length).toBeGreaterThan(0);
    expect(foreignIn('$310M', 'es').length).toBeGreaterThan(0);
    expect(foreignIn('5 mil', 'en').length).toBeGreaterThan(0);
    expect(foreignIn('The peak was on 29 de abril', 'en').length).toBeGreaterThan(0);
  });
});

const renders: { name: string; props: Record<string, unknown> }[] = CHARTS.flatMap((c) => [
  { name: c.tag.name, props: {} },
  // Every option value of the chart's toggles draws on its own.
  ...(c.kind === 'encounters' ? [{ name: c.tag.name, props: { series: 'children' } }] : []),
]);

describe.each(renders.map((r) => [`<${r.name}${Object.entries(r.props).map(([k, v]) => ` ${k}="${v}"`).join('')} />`, r] as const))('%s', (_label, r) => {
  const html: Record<Lang, string> = { en: '', es: '' };
  beforeAll(async () => {
    for (const lang of ['en', 'es'] as const) {
      const c = chartComponents[r.name];
      if (!c) throw new Error(`no component for <${r.name}>`);
      html[lang] = await container.renderToString(c, { props: r.props, request: new Request(PAGE[lang]) });
    }
  });
  for (const lang of ['en', 'es'] as const) {
    it(`on a${lang === 'en' ? 'n English' : ' Spanish'} page, speaks only ${lang === 'en' ? 'English' : 'Spanish'}`, () => {
      const text = readerWords(html[lang], lang);
      expect(text.length).toBeGreaterThan(200);
      expect(foreignIn(text, lang)).toEqual([]);
    });
  }
  it('prints its dates as each language writes them', () => {
    const en = readerWords(html.en, 'en');
    const es = readerWords(html.es, 'es');
    if (MONTHS_EN.test(en)) expect(es).toMatch(MONTHS_ES_ANY);
    expect(readerWords(html.en, 'en')).not.toBe(readerWords(html.es, 'es'));
  });
});

describe('every named figure, through <Num>, in both languages', () => {
  const figures = [...getModel().figures.values()];
  const out = new Map<string, Record<Lang, HTMLElement>>();
  beforeAll(async () => {
    for (const f of figures) {
      const pair = {} as Record<Lang, HTMLElement>;
      for (const lang of ['en', 'es'] as const) pair[lang] = parse(await container.renderToString(Num, { props: { id: f.id }, request: new Request(PAGE[lang]) }));
      out.set(f.id, pair);
    }
  });
  it('has figures to render', () => expect(figures.length).toBeGreaterThan(100));
  for (const lang of ['en', 'es'] as const) {
    it(`prints each number, its label and its source line in ${lang === 'en' ? 'English' : 'Spanish'}`, () => {
      const bad: string[] = [];
      for (const f of figures) {
        const root = out.get(f.id)![lang];
        const number = root.querySelector('.figure-ref')?.text ?? '';
        if (!/\d/.test(number)) bad.push(`${f.id}: no number printed ("${root.text.slice(0, 60)}")`);
        // The number and its note are separate blocks on the page.
        const note = root.querySelector('.figure-note');
        const problems = foreignIn(`${number}\n${note ? readerWords(note.toString(), lang) : ''}`, lang);
        if (problems.length) bad.push(`${f.id}: ${problems.join('; ')}`);
      }
      expect(bad).toEqual([]);
    });
  }
  it('writes money and large counts in each language’s own words', () => {
    for (const f of figures.filter((x) => x.kind === 'money' && x.value >= 1_000_000)) {
      const pair = out.get(f.id)!;
      expect(pair.en.querySelector('.figure-ref')!.text, f.id).toMatch(/^\$[\d.,]+ (million|billion)$/);
      expect(pair.es.querySelector('.figure-ref')!.text, f.id).toMatch(/^[\d.,]+ (millón|millones|mil millones) de dólares$/);
    }
  });
});
