import { describe, it, expect } from 'vitest';
import { distDir, page } from './dist.ts';
import { checkContent } from '../../src/lib/content/load.ts';

const dist = distDir();
const { model } = checkContent(process.cwd());
const stops = model.datasets.get('trip-stops')!.rows;
const natural = model.datasets.get('trip-stops')!.sources;

const PAGES = [
  { path: '/', lang: 'en', sources: '/sources/' },
  { path: '/es/', lang: 'es', sources: '/es/sources/' },
  { path: '/trip-at-a-glance/', lang: 'en', sources: null },
  { path: '/es/trip-at-a-glance/', lang: 'es', sources: null },
] as const;

describe('the trip map in the built pages', () => {
  for (const { path, lang, sources } of PAGES) {
    describe(path, () => {
      const doc = page(dist, path);
      const fig = doc.querySelector('figure#trip-map');
      const svg = fig?.querySelector('svg.tm-svg');
      const name = (r: (typeof stops)[number]) => String(lang === 'es' ? r.name_es : r.name);

      it('is a figure with a named, described SVG image', () => {
        expect(fig, 'figure#trip-map').toBeTruthy();
        expect(svg!.getAttribute('role')).toBe('img');
        for (const attr of ['aria-labelledby', 'aria-describedby']) {
          const target = doc.getElementById(svg!.getAttribute(attr)!);
          expect(target, attr).toBeTruthy();
          expect(fig!.querySelector(`figcaption #${target!.id}`), `${attr} points into the caption`).toBeTruthy();
          expect(target!.text.trim().length).toBeGreaterThan(10);
        }
        expect(svg!.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
      });

      it('draws the land outlines, with the policy countries hatched', () => {
        const ids = svg!.querySelectorAll('path.tm-country').map((p) => p.getAttribute('data-country'));
        for (const id of ['840', '484', '320', '340', '222']) expect(ids).toContain(id);
        const hatched = svg!.querySelectorAll('path.tm-policy');
        expect(hatched.map((p) => p.getAttribute('data-country')).sort()).toEqual(['222', '320', '340']);
        const pattern = hatched[0]!.getAttribute('fill')!.match(/^url\(#(.+)\)$/)![1]!;
        expect(svg!.querySelector(`pattern#${pattern}`)).toBeTruthy();
      });

      it('draws the route, one line per flight, and a dot per city', () => {
        expect(svg!.querySelectorAll('path.tm-leg').length).toBe(stops.length - 1);
        expect(svg!.querySelectorAll('circle.tm-stop').length).toBe(new Set(stops.map((r) => r.place)).size);
      });

      it('labels the cities in the page’s language, in both label sets', () => {
        for (const set of ['narrow', 'wide']) {
          const texts = svg!.querySelectorAll(`g.tm-labels-${set} text`).map((t) => (t.querySelectorAll('tspan').length ? t.querySelectorAll('tspan').map((s) => s.text).join(' ') : t.text));
          for (const r of stops) expect(texts, set).toContain(name(r));
          expect(texts).toContain(lang === 'es' ? 'México' : 'Mexico');
        }
      });

      it('gives the trip day by day as an ordered list, in the page’s language, with sources', () => {
        const items = fig!.querySelectorAll('ol.tm-itinerary > li');
        expect(items.length).toBeGreaterThanOrEqual(stops.length);
        const rows = model.datasets.get('timeline-2021')!.rows;
        for (const li of items) {
          const iso = li.querySelector('time')!.getAttribute('datetime')!;
          const row = rows.find((r) => r.date === iso && li.text.includes(String(lang === 'es' ? r.event_es : r.event)));
          expect(row, li.text).toBeTruthy();
          expect(li.querySelector('a')!.getAttribute('href')).toContain(`#source-${row!.source}`);
        }
      });

      it('cites Natural Earth, and every source link lands on a source entry', () => {
        const links = fig!.querySelectorAll('a').map((a) => a.getAttribute('href')!);
        for (const id of natural) expect(links.some((h) => h.endsWith(`#source-${id}`))).toBe(true);
        for (const h of links) {
          const [where, anchor] = h.split('#');
          if (sources) expect(where).toBe(sources);
          else expect(where).toBe('');
          const target = sources ? page(dist, sources) : doc;
          expect(target.getElementById(anchor!), h).toBeTruthy();
        }
      });

      it('keeps the SVG small (under 30 KB)', () => {
        expect(Buffer.byteLength(svg!.toString())).toBeLessThan(30_000);
      });
    });
  }
});
