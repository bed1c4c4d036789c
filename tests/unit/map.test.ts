import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import world from 'world-atlas/countries-50m.json';
import type { Topology } from 'topojson-specification';
import { checkContent } from '../../src/lib/content/load.ts';
import type { Dataset, Row } from '../../src/lib/content/model.ts';
import { formatMonthDay } from '../../src/lib/format.ts';
import {
  DOT_RADIUS,
  LABEL_BREAKPOINT,
  LABEL_SIZE,
  MAP_WIDTH,
  MIN_NARROW_PX,
  POLICY_COUNTRIES,
  TRIP_COUNTRIES,
  inside,
  labelBox,
  layoutTripMap,
  overlaps,
  type Stop,
  type TripMapLayout,
} from '../../src/charts/map/layout.ts';
import { renderTripMap } from '../../src/charts/map/render.ts';
import { MAP_STRINGS } from '../../src/charts/map/strings.ts';
import { STOPS_DATASET, TIMELINE_DATASET, checkStops, stopsFromDataset, tripDays } from '../../src/charts/map/data.ts';

const topology = world as unknown as Topology;
const { model, problems } = checkContent(process.cwd());
const stopsDs = model.datasets.get(STOPS_DATASET)!;
const timeline = model.datasets.get(TIMELINE_DATASET)!;

function layoutFor(lang: 'en' | 'es'): { stops: Stop[]; layout: TripMapLayout } {
  const stops = stopsFromDataset(stopsDs, lang);
  const legDates: Record<number, string> = {};
  for (const s of stops) if (s.arrived) legDates[s.stop] = formatMonthDay(s.arrived, lang);
  return { stops, layout: layoutTripMap({ topology, stops, text: { countries: MAP_STRINGS[lang].countries, legDates } }) };
}

const layouts = { en: layoutFor('en'), es: layoutFor('es') };

it('the content the map reads is valid', () => {
  expect(problems).toEqual([]);
  expect(stopsDs, `content/data/${STOPS_DATASET}.csv`).toBeTruthy();
  expect(checkStops(stopsFromDataset(stopsDs, 'en'), timeline)).toEqual([]);
});

describe('projection and route', () => {
  const { stops, layout } = layouts.en;

  it('draws the region at a phone-friendly shape (not taller than it is wide by more than a fifth)', () => {
    expect(layout.width).toBe(MAP_WIDTH);
    expect(layout.height / layout.width).toBeGreaterThan(0.6);
    expect(layout.height / layout.width).toBeLessThan(1.2);
  });

  it('puts every stop and both ends of every leg inside the viewBox', () => {
    for (const p of layout.points) {
      expect(p.x, p.place).toBeGreaterThan(DOT_RADIUS);
      expect(p.x, p.place).toBeLessThan(layout.width - DOT_RADIUS);
      expect(p.y, p.place).toBeGreaterThan(DOT_RADIUS);
      expect(p.y, p.place).toBeLessThan(layout.height - DOT_RADIUS);
    }
    for (const leg of layout.legs) {
      for (const [x, y] of [leg.start, leg.end]) {
        expect(x).toBeGreaterThan(0);
        expect(x).toBeLessThan(layout.width);
        expect(y).toBeGreaterThan(0);
        expect(y).toBeLessThan(layout.height);
      }
    }
  });

  it('joins the stops in order, one leg per flight, ending where it began', () => {
    expect(layout.legs.map((l) => `${l.from}>${l.toPlace}`)).toEqual(stops.slice(1).map((s, i) => `${stops[i]!.place}>${s.place}`));
    layout.legs.slice(1).forEach((leg, i) => expect(leg.start).toEqual(layout.legs[i]!.end));
    expect(layout.legs[0]!.start).toEqual(layout.legs.at(-1)!.end);
    // Washington is drawn once although the trip starts and ends there.
    expect(layout.points.map((p) => p.place)).toEqual([...new Set(stops.map((s) => s.place))]);
  });

  it('puts the cities where they are: Washington north-east of Mexico City, Guatemala City south-east of it', () => {
    const at = (place: string) => layout.points.find((p) => p.place === place)!;
    expect(at('washington').x).toBeGreaterThan(at('mexico-city').x);
    expect(at('washington').y).toBeLessThan(at('mexico-city').y);
    expect(at('guatemala-city').x).toBeGreaterThan(at('mexico-city').x);
    expect(at('guatemala-city').y).toBeGreaterThan(at('mexico-city').y);
  });

  it('outlines the United States and Mexico and marks the three countries of the policy', () => {
    const byId = new Map(layout.countries.map((c) => [c.id, c]));
    for (const id of TRIP_COUNTRIES) expect(byId.get(id)?.role, id).toBe('trip');
    for (const id of POLICY_COUNTRIES) expect(byId.get(id)?.role, id).toBe('policy');
    for (const c of layout.countries) expect(c.d, c.id).toMatch(/^M-?\d/);
    // Clipped to the region: nothing from the other side of the world.
    expect(byId.has('156')).toBe(false);
    expect(byId.has('036')).toBe(false);
  });
});

describe('labels', () => {
  it('are at least 12 px on screen at every width they are shown', () => {
    expect((LABEL_SIZE.narrow * MIN_NARROW_PX) / MAP_WIDTH).toBeGreaterThanOrEqual(12);
    expect((LABEL_SIZE.wide * LABEL_BREAKPOINT) / MAP_WIDTH).toBeGreaterThanOrEqual(12);
  });

  it('switch sets at the same width as the stylesheet says', () => {
    const css = readFileSync('src/charts/map/map.css', 'utf8');
    expect(css).toContain(`@container (min-width: ${LABEL_BREAKPOINT}px)`);
  });

  for (const lang of ['en', 'es'] as const) {
    for (const set of ['narrow', 'wide'] as const) {
      describe(`${lang}, ${set}`, () => {
        const { stops, layout } = layouts[lang];
        const labels = layout.labels[set];

        it('name every city, every day of arrival and both large countries', () => {
          const texts = labels.map((l) => l.text);
          for (const s of stops) expect(texts).toContain(s.name);
          for (const s of stops.filter((x) => x.arrived)) expect(texts).toContain(formatMonthDay(s.arrived!, lang));
          for (const id of TRIP_COUNTRIES) expect(texts).toContain(MAP_STRINGS[lang].countries[id]);
          const policy = POLICY_COUNTRIES.map((id) => MAP_STRINGS[lang].countries[id]!);
          if (set === 'wide') for (const name of policy) expect(texts).toContain(name);
          // On phones the legend names them instead.
          else for (const name of policy) expect(MAP_STRINGS[lang].legendPolicy).toContain(name);
        });

        it('stay inside the map', () => {
          for (const l of labels) expect(inside(labelBox(l.lines, l.x, l.y, l.anchor, l.size, l.bold), layout.width, layout.height), l.text).toBe(true);
        });

        it('do not overlap each other or cover a stop', () => {
          for (let i = 0; i < labels.length; i++) {
            for (let j = i + 1; j < labels.length; j++) expect(overlaps(labels[i]!.box, labels[j]!.box), `${labels[i]!.text} / ${labels[j]!.text}`).toBe(false);
            for (const p of layout.points) {
              const dot = { x: p.x - DOT_RADIUS, y: p.y - DOT_RADIUS, w: 2 * DOT_RADIUS, h: 2 * DOT_RADIUS };
              expect(overlaps(labels[i]!.box, dot), `${labels[i]!.text} covers ${p.place}`).toBe(false);
            }
          }
        });

        it('carry the size of their set', () => {
          for (const l of labels) expect(l.size).toBe(LABEL_SIZE[set]);
        });
      });
    }
  }

  it('measure wide enough that a longer text gets a wider box', () => {
    const a = labelBox('Mexico', 0, 0, 'start', 20, false);
    const b = labelBox('Ciudad de México', 0, 0, 'start', 20, false);
    expect(b.w).toBeGreaterThan(a.w * 2);
    expect(labelBox(['Ciudad de', 'México'], 0, 0, 'start', 20, false).h).toBeGreaterThan(a.h * 1.8);
  });
});

describe('SVG', () => {
  const { layout } = layouts.es;
  const svg = renderTripMap(layout, { idPrefix: 'tm', labelledby: 'tm-title', describedby: 'tm-desc' });

  it('is one named, described image with its shape fixed by the viewBox', () => {
    expect(svg).toMatch(new RegExp(`^<svg[^>]* viewBox="0 0 ${layout.width} ${layout.height}"`));
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-labelledby="tm-title"');
    expect(svg).toContain('aria-describedby="tm-desc"');
  });

  it('has the land, one line per leg, the hatch on the policy countries and both label sets', () => {
    expect(svg.match(/class="tm-country /g)?.length).toBe(layout.countries.length);
    expect(svg.match(/class="tm-leg"/g)?.length).toBe(layout.legs.length);
    expect(svg.match(/fill="url\(#tm-hatch\)"/g)?.length).toBe(POLICY_COUNTRIES.length);
    expect(svg).toContain('<g class="tm-labels tm-labels-narrow"');
    expect(svg).toContain('<g class="tm-labels tm-labels-wide"');
    expect(svg).toContain('>Ciudad de México<');
  });

  it('stays small: under 30 KB before compression', () => {
    expect(Buffer.byteLength(svg)).toBeLessThan(30_000);
  });
});

describe('stops against the timeline', () => {
  const row = (date: string, event: string): Row => ({ date, event, event_es: event, source: 'x' });
  const tl = (rows: Row[]) => ({ ...timeline, rows }) as Dataset;
  const stops: Stop[] = [
    { stop: 1, place: 'a', name: 'A', lon: -77, lat: 38 },
    { stop: 2, place: 'b', name: 'B', lon: -90, lat: 14, arrived: '2021-06-06' },
    { stop: 3, place: 'c', name: 'C', lon: -99, lat: 19, arrived: '2021-06-07' },
  ];

  it('accepts stops whose days are in the timeline', () => {
    expect(checkStops(stops, tl([row('2021-06-06', 'x'), row('2021-06-07', 'y')]))).toEqual([]);
  });

  it('names the stop and the fix when a day is missing from the timeline', () => {
    const out = checkStops(stops, tl([row('2021-06-06', 'x'), row('2021-06', 'y')]));
    expect(out).toHaveLength(1);
    expect(out[0]).toContain('stop 3 (c) arrives on 2021-06-07');
    expect(out[0]).toContain('has no event on that day');
  });

  it('refuses a stop without an arrival day, and stops out of order', () => {
    const bad = [stops[0]!, { ...stops[1]!, arrived: undefined }, stops[2]!];
    expect(checkStops(bad, tl([row('2021-06-07', 'y')]))[0]).toContain('stop 2 (b) has no "arrived" date');
    const swapped = [stops[0]!, { ...stops[1]!, arrived: '2021-06-07' }, { ...stops[2]!, arrived: '2021-06-06' }];
    expect(checkStops(swapped, tl([row('2021-06-06', 'x'), row('2021-06-07', 'y')])).join(' ')).toContain('before the stop above it');
  });

  it('lists the trip’s days from the timeline, in date order, keeping the file’s order within a day', () => {
    const rows = [row('2021-06-08', 'd'), row('2021-06', 'month only'), row('2021-06-05', 'before'), row('2021-06-06', 'a'), row('2021-06-07', 'b'), row('2021-06-07', 'c'), row('2021-06-09', 'after')];
    expect(tripDays([...stops, { stop: 4, place: 'a', name: 'A', lon: -77, lat: 38, arrived: '2021-06-08' }], tl(rows)).map((r) => r.event)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('in the real data, the itinerary runs from the departure to the flight home, with a source for every day', () => {
    const days = tripDays(stopsFromDataset(stopsDs, 'en'), timeline);
    expect(days.length).toBeGreaterThanOrEqual(stopsDs.rows.length);
    expect(days[0]!.date).toBe(stopsDs.rows.find((r) => r.arrived)!.arrived);
    for (const d of days) expect(model.sources.has(String(d.source)), String(d.source)).toBe(true);
  });
});

it('cites Natural Earth for the map’s geography', () => {
  const publishers = stopsDs.sources.map((id) => model.sources.get(id)!.publisher);
  expect(publishers.filter((p) => p === 'Natural Earth')).toHaveLength(2);
});
