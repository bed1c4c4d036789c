import { describe, expect, it } from 'vitest';
import { areaPath, attrs, esc, linePath, r } from '../../../src/charts/core/svg.ts';
import { textWidth, truncate, wrap } from '../../../src/charts/core/text.ts';
import { crossesPolyline, navList, navSeries, stripHits, timeTicks, variantFor, type ChartPoint } from '../../../src/charts/core/geometry.ts';
import { formatDayRangeShort, formatPeriod, formatCountShort3 } from '../../../src/lib/format.ts';
import { coreLabels, countryName } from '../../../src/charts/core/strings.ts';
import * as enc from '../../../src/charts/encounters/strings.ts';
import * as hhs from '../../../src/charts/shelters/strings.ts';
import * as org from '../../../src/charts/origin/strings.ts';
import * as vax from '../../../src/charts/vaccine/strings.ts';
import * as aid from '../../../src/charts/aid/strings.ts';
import { writePayload } from '../../../src/charts/frame/payload.ts';

describe('svg helpers', () => {
  it('escapes markup characters', () => {
    expect(esc(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;');
  });
  it('rounds coordinates to one decimal and never prints -0', () => {
    expect(r(12.345)).toBe('12.3');
    expect(r(12.35)).toBe('12.4');
    expect(r(-0.01)).toBe('0');
    expect(attrs({ x: 1.26, class: 'a"b', hidden: false, y: undefined })).toBe(' x="1.3" class="a&quot;b"');
  });
  it('breaks lines and areas at missing values', () => {
    const pts: ([number, number] | null)[] = [[0, 10], [5, 20], null, [10, 5]];
    expect(linePath(pts)).toBe('M0,10L5,20M10,5Z');
    expect(areaPath(pts, 30)).toBe('M0,10L5,20L5,30L0,30ZM10,5L10,30Z');
    expect(linePath([[1.26, 2.74], [3, 4]])).toBe('M1,3L3,4');
    expect(linePath([])).toBe('');
  });
});

describe('text measurement', () => {
  it('grows with length, size and weight', () => {
    expect(textWidth('abcdef', 12)).toBeGreaterThan(textWidth('abc', 12));
    expect(textWidth('abc', 15)).toBeCloseTo((textWidth('abc', 12) * 15) / 12, 5);
    expect(textWidth('abc', 12, true)).toBeGreaterThan(textWidth('abc', 12));
    expect(textWidth('', 12)).toBe(0);
  });
  it('wraps into lines that fit, shortening the last one', () => {
    const long = 'USAID: emergency food, livelihoods and protection after drought, storms and COVID-19 in three countries of Central America';
    const lines = wrap(long, 150, 13, 2);
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(textWidth(l, 13)).toBeLessThanOrEqual(150);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(wrap('Short', 150, 13, 2)).toEqual(['Short']);
  });
  it('shortens a single word that is wider than the space', () => {
    const out = truncate('Supercalifragilisticexpialidocious', 60, 13);
    expect(out.endsWith('…')).toBe(true);
    expect(textWidth(out, 13)).toBeLessThanOrEqual(60);
    expect(wrap('Supercalifragilisticexpialidocious', 60, 13, 2)).toEqual([out]);
  });
});

describe('geometry rules', () => {
  it('switches to the narrow design below 520 px', () => {
    expect(variantFor(519.5)).toBe('narrow');
    expect(variantFor(520)).toBe('wide');
  });
  it('makes year ticks every 5 years over two decades, fewer when narrow', () => {
    const t0 = Date.UTC(1999, 9, 1);
    const t1 = Date.UTC(2024, 8, 1);
    const wide = timeTicks(t0, t1, 8);
    expect(wide.unit).toBe('year');
    expect(wide.values.map((t) => new Date(t).getUTCFullYear())).toEqual([2000, 2005, 2010, 2015, 2020]);
    expect(timeTicks(t0, t1, 4).values.map((t) => new Date(t).getUTCFullYear())).toEqual([2000, 2010, 2020]);
  });
  it('makes month ticks within a year', () => {
    const t = timeTicks(Date.UTC(2021, 2, 23), Date.UTC(2021, 11, 29), 5);
    expect(t.unit).toBe('month');
    expect(t.step).toBe(2);
    expect(t.values.map((v) => new Date(v).getUTCMonth())).toEqual([4, 6, 8, 10]);
    const q = timeTicks(Date.UTC(2021, 2, 23), Date.UTC(2021, 11, 29), 4);
    expect(q.step).toBe(3);
    expect(q.values.map((v) => new Date(v).getUTCMonth())).toEqual([3, 6, 9]);
  });
  it('links points along and across series', () => {
    const p = (series: number, x: number) => ({ key: `${series}-${x}`, x, y: 0, hit: { x: 0, y: 0, w: 0, h: 0 }, series, title: '', lines: [], announce: '' }) satisfies ChartPoint;
    const pts = [p(0, 0), p(0, 10), p(0, 20), p(1, 9), p(1, 30)];
    const nav = navSeries(pts, 2);
    expect(nav[0]).toMatchObject({ left: -1, right: 1, up: -1, down: 3, home: 0, end: 2, pageDown: 2 });
    expect(nav[2]).toMatchObject({ right: -1, down: 4, pageUp: 0 });
    expect(nav[4]).toMatchObject({ up: 2, left: 3 });
    expect(navList(3)[1]).toMatchObject({ up: 0, down: 2, left: 0, right: 2, home: 0, end: 2 });
  });
  it('gives each point the strip halfway to its neighbours', () => {
    expect(stripHits([{ x: 10 }, { x: 20 }, { x: 40 }], 0, 100, 0, 50).map((h) => [h.x, h.w])).toEqual([[0, 15], [15, 15], [30, 20]]);
  });
  it('finds when a line crosses a label box', () => {
    const box = { x: 10, y: 10, w: 20, h: 10 };
    expect(crossesPolyline([[0, 15], [40, 15]], box)).toBe(true);
    expect(crossesPolyline([[0, 40], [40, 40]], box)).toBe(false);
    expect(crossesPolyline([[0, 40], null, [40, 40]], box)).toBe(false);
  });
});

describe('formats and strings', () => {
  it('formats periods and day ranges in both languages', () => {
    const plain = (x: string) => x.replace(/\s/g, ' ');
    expect(plain(formatPeriod('2020-10/2021-05', 'en'))).toBe('Oct 2020 – May 2021');
    expect(formatPeriod('2021-10', 'es', true)).toBe('octubre de 2021');
    expect(formatPeriod('FY2021', 'en')).toBe('FY2021');
    expect(plain(formatDayRangeShort('2021-06-06', '2021-06-08', 'en'))).toBe('Jun 6 – 8');
    expect(formatDayRangeShort('2021-06-06', '2021-06-06', 'es')).toBe('6 jun');
    expect(formatCountShort3(1_750_000, 'en')).toBe('1.75M');
  });
  it('has the same keys in English and Spanish', () => {
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' && !Array.isArray(v) ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
    for (const m of [enc, hhs, org, vax, aid]) expect(keys(m.words('es')).sort()).toEqual(keys(m.words('en')).sort());
    expect(keys(coreLabels('es')).sort()).toEqual(keys(coreLabels('en')).sort());
  });
  it('translates country names and keeps unknown ones', () => {
    expect(countryName('Mexico', 'es')).toBe('México');
    expect(countryName('Belize', 'es')).toBe('Belize');
    expect(coreLabels('es').noData).toBe('sin datos');
  });
  it('writes JSON that cannot close its script element', () => {
    const p = { data: { a: '</script><script>x' }, lang: 'en' as const, options: {}, hint: '' };
    expect(writePayload(p)).toContain('"a":"\\u003c/script>\\u003cscript>x"');
    expect(JSON.parse(writePayload(p))).toEqual(p);
  });
});
