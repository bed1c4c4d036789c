import { describe, it, expect } from 'vitest';
import { cpSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cardPng, cardStats, cardHash, drawCards, needsLatinExt, CARD_WIDTH, CARD_HEIGHT, type CardSpec } from '../../src/lib/cards/render.ts';
import { checkContent } from '../../src/lib/content/load.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { authorLd, jsonLdText, newsArticleLd, HEADLINE_MAX } from '../../src/lib/structured-data.ts';
import { lastmodByPath, withLastmod } from '../../src/lib/sitemap.ts';

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  sig.forEach((b, i) => expect(bytes[i], `PNG signature byte ${i}`).toBe(b));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const spec: CardSpec = {
  lang: 'es',
  siteName: 'Causas de fondo',
  kicker: 'Explicativo',
  headline: 'Qué ofreció Estados Unidos: ayuda, vacunas y acuerdos',
  figure: { text: '310 millones de dólares', caption: 'en ayuda humanitaria y alimentaria adicional' },
};

describe('share cards', () => {
  it('draws a 1200×630 PNG once, then reads it from the cache until its content changes', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'cards-'));
    try {
      const before = { ...cardStats };
      const first = await cardPng(spec, { cacheDir });
      expect(pngSize(first)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
      expect(cardStats.rendered - before.rendered).toBe(1);

      const again = await cardPng({ ...spec }, { cacheDir });
      expect(cardStats.rendered - before.rendered, 'an unchanged card is not drawn again').toBe(1);
      expect(cardStats.cached - before.cached).toBe(1);
      expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);

      const changed = await cardPng({ ...spec, headline: `${spec.headline}, revisado` }, { cacheDir });
      expect(cardStats.rendered - before.rendered, 'a changed headline draws a new card').toBe(2);
      expect(Buffer.from(changed).equals(Buffer.from(first))).toBe(false);
      expect(readdirSync(cacheDir).filter((f) => f.endsWith('.png'))).toHaveLength(2);
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });

  it('draws a batch of missing cards once: a second run over the same cards draws none', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'cards-'));
    try {
      const specs = ['Uno', 'Dos', 'Tres'].map((h) => ({ ...spec, headline: `${spec.headline}: ${h}` }));
      expect(await drawCards(specs, { cacheDir })).toBe(3);
      expect(await drawCards(specs, { cacheDir }), 'unchanged cards are not drawn again').toBe(0);
      expect(await drawCards([...specs, { ...spec, dek: 'Otra entradilla' }], { cacheDir })).toBe(1);
      const files = readdirSync(cacheDir).filter((f) => f.endsWith('.png'));
      expect(files).toHaveLength(4);
      for (const f of files) expect(pngSize(new Uint8Array(readFileSync(join(cacheDir, f))))).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });

  it('uses the extended Latin fonts only for text outside English and Spanish', () => {
    expect(needsLatinExt(spec)).toBe(false);
    expect(needsLatinExt({ ...spec, headline: '“Causas de raíz”: ¿qué cambió? — niños y señales' })).toBe(false);
    expect(needsLatinExt({ ...spec, headline: 'Łódź and Ağrı' })).toBe(true);
  });

  it('hashes every field that is drawn', () => {
    const h = cardHash(spec);
    expect(cardHash({ ...spec })).toBe(h);
    expect(cardHash({ ...spec, lang: 'en' })).not.toBe(h);
    expect(cardHash({ ...spec, figure: { ...spec.figure!, text: '311 millones de dólares' } })).not.toBe(h);
    expect(cardHash({ ...spec, kicker: undefined })).not.toBe(h);
  });
});

const GOOD = join(import.meta.dirname, '../fixtures/good');
function cardProblems(yaml: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  try {
    cpSync(GOOD, dir, { recursive: true });
    writeFileSync(join(dir, 'content/cards.yaml'), yaml);
    return checkContent(dir).problems.map(formatProblem).filter((p) => p.startsWith('content/cards.yaml'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('content/cards.yaml check', () => {
  it('accepts a figure with its caption', () => {
    expect(cardProblems('pieces:\n  the-trip:\n    figure: aid-310m\n    caption: in extra aid announced in April\n')).toEqual([]);
  });
  it('names the line and the fix for an unknown figure, an unknown piece and a typed number', () => {
    const out = cardProblems(
      ['pieces:', '  the-trip:', '    figure: aid-311m', '    caption: about $310 million in aid', '  no-such-piece:', '    figure: aid-310m', '    caption: aid', ''].join('\n'),
    );
    expect(out).toContain('content/cards.yaml:3:13 the card of "the-trip" uses the figure "aid-311m", which is not in content/figures.yaml. Fix: check the spelling or add the figure to content/figures.yaml');
    expect(out.some((l) => l.startsWith('content/cards.yaml:4:14 the caption of "the-trip" has the figure "$310 million" typed into it'))).toBe(true);
    expect(out.some((l) => l.startsWith('content/cards.yaml:5:3 names "no-such-piece", which is not an article or page'))).toBe(true);
  });
  it('asks for a Spanish caption when the piece has a Spanish edition', () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-'));
    try {
      cpSync(GOOD, dir, { recursive: true });
      mkdirSync(join(dir, 'content/articles/es'), { recursive: true });
      cpSync(join(dir, 'content/articles/en/the-trip.mdx'), join(dir, 'content/articles/es/the-trip.mdx'));
      writeFileSync(join(dir, 'content/cards.yaml'), 'pieces:\n  the-trip:\n    figure: aid-310m\n    caption: in extra aid announced in April\n');
      const out = checkContent(dir).problems.map(formatProblem);
      expect(out.some((l) => l.startsWith('content/cards.yaml:2:3 the card of "the-trip" has no caption_es, and the piece has a Spanish edition'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('structured data', () => {
  it('bylines that name a desk are organizations, names of people are persons', () => {
    expect(authorLd('Explainer desk', 'https://x.org/about/')['@type']).toBe('Organization');
    expect(authorLd('Equipo de explicativos', 'https://x.org/es/about/')['@type']).toBe('Organization');
    expect(authorLd('Ana Pérez', 'https://x.org/about/')).toEqual({ '@type': 'Person', name: 'Ana Pérez' });
  });
  it('keeps a headline within the length Google shows and falls back to published for dateModified', () => {
    const ld = newsArticleLd({
      url: 'https://x.org/a/',
      headline: 'A'.repeat(130),
      description: 'd',
      published: '2026-11-29',
      authors: ['Explainer desk'],
      aboutUrl: 'https://x.org/about/',
      lang: 'es',
      image: { url: 'https://x.org/cards/a.png', width: 1200, height: 630, alt: 'a' },
      publisher: { name: 'P', url: 'https://x.org/', logo: 'https://x.org/logo.png', logoSize: 512 },
    });
    expect((ld.headline as string).length).toBe(HEADLINE_MAX);
    expect(ld.dateModified).toBe('2026-11-29');
    expect(ld.inLanguage).toBe('es-419');
  });
  it('escapes "<" so text in the data cannot close the script element', () => {
    const text = jsonLdText({ headline: 'x</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text).headline).toBe('x</script><script>alert(1)</script>');
  });
});

describe('sitemap lastmod', () => {
  it('takes updated over published, skips drafts, and gives each front page its latest date', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lastmod-'));
    try {
      const write = (lang: string, name: string, fm: string) => {
        mkdirSync(join(dir, 'content/articles', lang), { recursive: true });
        writeFileSync(join(dir, 'content/articles', lang, `${name}.mdx`), `---\n${fm}\n---\n\nText.\n`);
      };
      write('en', 'one', 'published: 2021-06-01\nupdated: 2021-07-02');
      write('en', 'two', 'published: 2021-06-05');
      write('en', 'draft', 'published: 2021-08-01\ndraft: true');
      write('es', 'one', 'published: 2021-06-03');
      const m = lastmodByPath(dir);
      expect(Object.fromEntries(m)).toEqual({ '/one/': '2021-07-02', '/two/': '2021-06-05', '/': '2021-07-02', '/es/one/': '2021-06-03', '/es/': '2021-06-03' });
      const serialize = withLastmod(dir, '/explainer/');
      expect(serialize({ url: 'https://x.org/explainer/es/one/' }).lastmod).toBe('2021-06-03');
      expect(serialize({ url: 'https://x.org/explainer/sources/' }).lastmod).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
