/** The front page's small pictures: one per piece that places a chart, in both languages, drawn from the chart's data. */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, page } from './dist.ts';

const dist = distDir();

/** Slugs of the pieces whose text places a chart tag (<AidChart />, <EncountersChart ... />), read from the MDX itself. */
function piecesWithCharts(lang: 'en' | 'es'): Set<string> {
  const dir = join('content', 'articles', lang);
  return new Set(
    readdirSync(dir)
      .filter((f) => f.endsWith('.mdx') && /^\s*<[A-Z]\w*Chart[\s/>]/m.test(readFileSync(join(dir, f), 'utf8')))
      .map((f) => f.replace(/\.mdx$/, '')),
  );
}

for (const { path, lang } of [
  { path: '/', lang: 'en' },
  { path: '/es/', lang: 'es' },
] as const) {
  describe(`front page ${path}`, () => {
    const doc = page(dist, path);
    const items = doc.querySelectorAll('section[aria-labelledby="pieces"] li');
    const slugOf = (li: (typeof items)[number]) => li.querySelector('h3 a')!.getAttribute('href')!.replace(/^\/(es\/)?/, '').replace(/\/$/, '');
    const withCharts = piecesWithCharts(lang);

    it('lists the pieces, some with a chart and some without', () => {
      expect(items.length).toBeGreaterThan(withCharts.size);
      expect(withCharts.size).toBeGreaterThan(0);
    });

    it('shows a picture exactly for the pieces that place a chart', () => {
      const shown = items.filter((li) => li.querySelector('svg.thumb')).map(slugOf);
      expect(shown.sort()).toEqual([...withCharts].sort());
    });

    it('each picture is decoration of a fixed size, with marks and no words', () => {
      for (const li of items) {
        const svg = li.querySelector('svg.thumb');
        if (!svg) continue;
        const slug = slugOf(li);
        expect(svg.getAttribute('aria-hidden'), slug).toBe('true');
        expect(svg.getAttribute('focusable'), slug).toBe('false');
        expect(Number(svg.getAttribute('width')), slug).toBeGreaterThan(0);
        expect(Number(svg.getAttribute('height')), slug).toBeGreaterThan(0);
        expect(svg.getAttribute('viewBox'), slug).toBe(`0 0 ${svg.getAttribute('width')} ${svg.getAttribute('height')}`);
        expect(svg.querySelectorAll('text, title, desc'), slug).toHaveLength(0);
        const bars = svg.querySelectorAll('rect').length;
        const line = svg.querySelectorAll('path[fill="none"]').map((p) => (p.getAttribute('d') ?? '').match(/[ML]/g)?.length ?? 0);
        expect(bars >= 2 || line.some((n) => n >= 2), `${slug}: bars or a line`).toBe(true);
        // Colour from the page (accent, dark mode included), never a fixed colour in the SVG.
        expect(svg.toString(), slug).not.toMatch(/#[0-9a-f]{3,6}\b|rgb\(/i);
        // The piece's words carry the meaning: its title link is there beside the picture.
        expect(li.querySelector('h3 a')!.text.trim().length, slug).toBeGreaterThan(0);
      }
    });
  });
}

describe('front pages in both languages', () => {
  it('draw the same picture for a piece and its translation (same data)', () => {
    const pics = (path: string) =>
      new Map(page(dist, path).querySelectorAll('section[aria-labelledby="pieces"] li').map((li) => [li.querySelector('h3 a')!.getAttribute('href')!.replace(/^\/es/, ''), li.querySelector('svg.thumb')?.toString() ?? null]));
    const en = pics('/');
    const es = pics('/es/');
    expect([...es.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [slug, svg] of en) expect(es.get(slug), slug).toBe(svg);
  });
});
