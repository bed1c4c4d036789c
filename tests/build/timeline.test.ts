/** The timeline as built: every event in date order, a month-only event shown as its month, after the dated events of that month. */
import { describe, it, expect } from 'vitest';
import { distDir, page, ROOT } from './dist.ts';
import { checkContent } from '../../src/lib/content/load.ts';
import { sourcePublisher } from '../../src/lib/data.ts';
import { sortByWhen } from '../../src/lib/timeline.ts';

describe('timeline in the built site', () => {
  const dir = distDir();
  for (const [lang, path, month, note] of [
    ['en', '/trip-at-a-glance/', 'July 2021', 'day not reported'],
    ['es', '/es/trip-at-a-glance/', 'julio de 2021', 'día no informado'],
  ] as const) {
    it(`${lang}: the month-only strategy entry reads "${month}" and follows every dated July event`, () => {
      const items = page(dir, path).querySelectorAll('ol.timeline > li');
      expect(items.length).toBeGreaterThan(5);
      const stamps = items.map((li) => li.querySelector('time')!.getAttribute('datetime')!);
      const monthly = items.findIndex((li) => li.querySelector('time')!.getAttribute('datetime') === '2021-07');
      expect(monthly).toBeGreaterThan(-1);
      const li = items[monthly]!;
      expect(li.querySelector('time')!.text).toBe(month);
      expect(li.text.replace(/\s+/g, ' ')).toContain(`${month} (${note})`);
      // Dated events (YYYY-MM-DD) are in calendar order; the month entry sits after every day of its month.
      const days = stamps.filter((s) => s.length === 10);
      expect(days).toEqual([...days].sort());
      stamps.forEach((s, i) => {
        if (s.startsWith('2021-07-')) expect(i).toBeLessThan(monthly);
        if (s > '2021-07-99') expect(i).toBeGreaterThan(monthly);
      });
    });
  }

  it('es: each source name written in another language is marked with that language', () => {
    const { model } = checkContent(ROOT);
    const ds = model.datasets.get('timeline-2021')!;
    const rows = sortByWhen(ds.rows, (r) => String(r.date));
    const items = page(dir, '/es/trip-at-a-glance/').querySelectorAll('ol.timeline > li');
    expect(items.length).toBe(rows.length);
    rows.forEach((r, i) => {
      const pub = sourcePublisher(model.sources.get(String(r.source))!, 'es');
      const link = items[i]!.querySelector('a')!;
      expect(link.text).toContain(pub.text);
      const marked = link.querySelector('span[lang]');
      if (pub.lang === 'es') expect(marked).toBeNull();
      else expect(marked?.getAttribute('lang')).toBe(pub.lang);
    });
  });
});
