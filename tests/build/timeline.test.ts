/** The timeline as built: every event in date order, a month-only event shown as its month, after the dated events of that month. */
import { describe, it, expect } from 'vitest';
import { distDir, page } from './dist.ts';

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
});
