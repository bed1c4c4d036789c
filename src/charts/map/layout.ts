/**
 * The trip map's geometry, computed at build time with d3-geo: country
 * outlines clipped to the region, the route as one curved line per leg, the
 * stops, and two sets of labels (one sized for phones, one for wider
 * screens) placed so they stay inside the map and do not overlap.
 * Pure: no DOM and no file reads; the caller passes the topology and stops.
 */
import { geoConicEqualArea, geoPath, type GeoStream } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';

/** The map is drawn in a 600-unit-wide viewBox; its height follows from the region's shape. */
export const MAP_WIDTH = 600;

/**
 * Label sizes in SVG units for each label set. The phone set shows while the
 * map is narrower than LABEL_BREAKPOINT px, so its smallest rendering is at
 * 280 px wide (a 320 px screen less the page margins); the wide set shows from
 * LABEL_BREAKPOINT px up. Both stay at or above 12 px on screen.
 */
export const LABEL_BREAKPOINT = 480;
export const MIN_NARROW_PX = 280;
export const LABEL_SIZE = { narrow: 26, wide: 15.5 } as const;
export type LabelSet = keyof typeof LABEL_SIZE;

/** The region drawn: from the southern Great Plains to the Atlantic, down to Costa Rica. */
export const REGION = { west: -110, east: -71, south: 9, north: 44.5 } as const;

/** Countries of the root-causes policy (ISO 3166-1 numeric, as in world-atlas). */
export const POLICY_COUNTRIES = ['320', '340', '222'] as const;
/** Countries the trip went to or from, drawn as land with a firmer outline. */
export const TRIP_COUNTRIES = ['840', '484'] as const;

/** Where each country's name sits (longitude, latitude), chosen by eye to fall on land. */
const COUNTRY_ANCHORS: Record<string, [number, number]> = {
  '840': [-88, 35.5],
  '484': [-102.5, 24.5],
  '320': [-90.3, 15.6],
  '340': [-86.7, 14.8],
  '222': [-88.9, 13.75],
};

export interface Stop {
  stop: number;
  place: string;
  name: string;
  lon: number;
  lat: number;
  /** ISO date of arrival; absent for the starting point. */
  arrived?: string | undefined;
}

export interface MapText {
  /** Country names in the page language, by ISO numeric id (US, Mexico and the three policy countries). */
  countries: Record<string, string>;
  /** The day of each leg's arrival, already formatted ("June 6" / "6 de junio"), by stop number. */
  legDates: Record<number, string>;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface MapLabel {
  kind: 'city' | 'leg' | 'policy' | 'country';
  text: string;
  /** The text as drawn: one line, or two when one would not fit. */
  lines: string[];
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  size: number;
  bold: boolean;
  /** The label's estimated extent, halo included. */
  box: Box;
  /** A line from the label to what it names, when it sits away from it. */
  leader?: { x1: number; y1: number; x2: number; y2: number } | undefined;
}

export interface MapCountry {
  id: string;
  role: 'policy' | 'trip' | 'land';
  d: string;
}

export interface MapLeg {
  /** Stop number the leg ends at. */
  to: number;
  from: string;
  toPlace: string;
  date?: string | undefined;
  d: string;
  /** A small arrowhead at the middle of the curve, pointing the way flown. */
  arrow: string;
  start: [number, number];
  end: [number, number];
}

export interface MapPoint {
  place: string;
  name: string;
  x: number;
  y: number;
}

export interface TripMapLayout {
  width: number;
  height: number;
  countries: MapCountry[];
  legs: MapLeg[];
  points: MapPoint[];
  labels: Record<LabelSet, MapLabel[]>;
}

export const DOT_RADIUS = 6;

/* ---------- text measurement (no DOM): per-character widths of a common sans ---------- */

const NARROW_CH = new Set([...'iljtf.,:;!|\'’ ']);
const SEMI_CH = new Set([...'r()[]-/‐']);

/** Estimated width of `s` at `size` units; errs wide so real text fits inside the box. */
export function textWidth(s: string, size: number, bold = false): number {
  let w = 0;
  for (const ch of s) {
    if (NARROW_CH.has(ch)) w += 0.28;
    else if (SEMI_CH.has(ch)) w += 0.34;
    else if (ch === 'm' || ch === 'w') w += 0.82;
    else if (ch === 'M' || ch === 'W') w += 0.9;
    else if (ch >= '0' && ch <= '9') w += 0.56;
    else if (ch.toUpperCase() === ch && ch.toLowerCase() !== ch) w += 0.7;
    else w += 0.57;
  }
  return w * size * 1.13 * (bold ? 1.13 : 1);
}

/** Line spacing of two-line labels, in ems. */
export const LINE_HEIGHT = 1.1;

/** The box a label occupies: first baseline at y, plus a halo of `pad` all round. */
export function labelBox(lines: string | string[], x: number, y: number, anchor: MapLabel['anchor'], size: number, bold: boolean, pad = 3): Box {
  const all = typeof lines === 'string' ? [lines] : lines;
  const w = Math.max(...all.map((l) => textWidth(l, size, bold)));
  const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  return { x: left - pad, y: y - size * 0.8 - pad, w: w + 2 * pad, h: size * 1.05 + (all.length - 1) * size * LINE_HEIGHT + 2 * pad };
}

/** The ways a label may be set: on one line, then on two lines split at the most even space. */
export function lineChoices(text: string, size: number, bold: boolean): string[][] {
  const words = text.split(' ');
  if (words.length < 2) return [[text]];
  let best: string[] = [text];
  let bestW = Infinity;
  for (let i = 1; i < words.length; i++) {
    const pair = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
    const w = Math.max(...pair.map((l) => textWidth(l, size, bold)));
    if (w < bestW) {
      bestW = w;
      best = pair;
    }
  }
  return [[text], best];
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

export function inside(a: Box, width: number, height: number, margin = 2): boolean {
  return a.x >= margin && a.y >= margin && a.x + a.w <= width - margin && a.y + a.h <= height - margin;
}

/* ---------- geometry ---------- */

/** Drops projected points closer than `tol` units to the last one kept, so outlines carry no sub-pixel detail. */
function decimate(tol: number, out: GeoStream): GeoStream {
  let ring: [number, number][] | null = null;
  let inPolygon = false;
  const flush = (pts: [number, number][]) => {
    if (inPolygon && pts.length < 4) return; // a ring smaller than the tolerance: leave it out
    out.lineStart();
    for (const [x, y] of pts) out.point(x, y);
    out.lineEnd();
  };
  return {
    point(x, y) {
      if (!ring) return out.point(x, y);
      const last = ring[ring.length - 1];
      if (!last || Math.hypot(x - last[0], y - last[1]) >= tol) ring.push([x, y]);
    },
    lineStart() {
      ring = [];
    },
    lineEnd() {
      if (!ring) return;
      const pts = ring;
      ring = null;
      flush(pts);
    },
    polygonStart() {
      inPolygon = true;
      out.polygonStart();
    },
    polygonEnd() {
      inPolygon = false;
      out.polygonEnd();
    },
    sphere() {
      out.sphere?.();
    },
  };
}

/** Points along the region's edge, for fitting the projection to it. */
function regionOutline(): GeoJSON.MultiPoint {
  const { west, east, south, north } = REGION;
  const pts: [number, number][] = [];
  for (let i = 0; i <= 20; i++) {
    const lon = west + ((east - west) * i) / 20;
    pts.push([lon, south], [lon, north]);
  }
  for (let i = 0; i <= 20; i++) {
    const lat = south + ((north - south) * i) / 20;
    pts.push([west, lat], [east, lat]);
  }
  return { type: 'MultiPoint', coordinates: pts };
}

export function tripProjection(width = MAP_WIDTH) {
  const projection = geoConicEqualArea()
    .parallels([15, 37])
    .rotate([90, 0])
    .fitWidth(width, regionOutline());
  const [[, y0], [, y1]] = geoPath(projection).bounds(regionOutline());
  const height = Math.round(y1 - y0);
  const [tx, ty] = projection.translate();
  projection.translate([tx, ty - y0]).clipExtent([
    [0, 0],
    [width, height],
  ]);
  return { projection, height };
}

/** Quadratic curve from a to b, bowed away from `away` by `bow` of the leg's length. */
function curve(a: [number, number], b: [number, number], away: [number, number], bow = 0.18) {
  const mx = (a[0] + b[0]) / 2;
  const my = (a[1] + b[1]) / 2;
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = Math.hypot(dx, dy);
  let nx = -dy / len;
  let ny = dx / len;
  if ((mx - away[0]) * nx + (my - away[1]) * ny < 0) {
    nx = -nx;
    ny = -ny;
  }
  const c: [number, number] = [mx + nx * len * bow, my + ny * len * bow];
  const at = (t: number): [number, number] => [(1 - t) ** 2 * a[0] + 2 * (1 - t) * t * c[0] + t ** 2 * b[0], (1 - t) ** 2 * a[1] + 2 * (1 - t) * t * c[1] + t ** 2 * b[1]];
  const tangent = (t: number): [number, number] => [2 * (1 - t) * (c[0] - a[0]) + 2 * t * (b[0] - c[0]), 2 * (1 - t) * (c[1] - a[1]) + 2 * t * (b[1] - c[1])];
  return { c, at, tangent, normal: [nx, ny] as [number, number] };
}

const f1 = (n: number) => (Math.round(n * 10) / 10).toString();

/* ---------- label placement: greedy, in priority order, against everything placed so far ---------- */

interface Candidate {
  x: number;
  y: number;
  anchor: MapLabel['anchor'];
}

function place(text: string, size: number, bold: boolean, candidates: Candidate[], taken: Box[], width: number, height: number): { c: Candidate; box: Box; lines: string[] } | null {
  for (const lines of lineChoices(text, size, bold)) {
    const lift = (lines.length - 1) * size * LINE_HEIGHT;
    for (const c0 of candidates) {
      for (const dy of lift ? [0, -lift] : [0]) {
        const c = { ...c0, y: c0.y + dy };
        const box = labelBox(lines, c.x, c.y, c.anchor, size, bold);
        if (!inside(box, width, height)) continue;
        if (taken.some((t) => overlaps(t, box))) continue;
        return { c, box, lines };
      }
    }
  }
  return null;
}

/** Eight spots around a point, nearest first, right-hand side preferred. */
function around(x: number, y: number, gap: number, size: number, order: string[]): Candidate[] {
  const up = y - gap * 0.6 - size * 0.3;
  const down = y + gap * 0.6 + size * 0.75;
  const mid = y + size * 0.3;
  const spots: Record<string, Candidate> = {
    e: { x: x + gap, y: mid, anchor: 'start' },
    w: { x: x - gap, y: mid, anchor: 'end' },
    ne: { x: x + gap * 0.7, y: up, anchor: 'start' },
    se: { x: x + gap * 0.7, y: down, anchor: 'start' },
    nw: { x: x - gap * 0.7, y: up, anchor: 'end' },
    sw: { x: x - gap * 0.7, y: down, anchor: 'end' },
    n: { x, y: y - gap - size * 0.3, anchor: 'middle' },
    s: { x, y: y + gap + size * 0.75, anchor: 'middle' },
  };
  return order.map((k) => spots[k]!).filter(Boolean);
}

/** Spots on rings around a point, for labels that may sit away from what they name (with a leader). */
function rings(x: number, y: number, size: number, directions: number[]): Candidate[] {
  const out: Candidate[] = [];
  for (const dist of [1.6, 2.4, 3.4, 4.6, 6]) {
    for (const deg of directions) {
      const a = (deg * Math.PI) / 180;
      const dx = Math.cos(a) * dist * size;
      const dy = -Math.sin(a) * dist * size;
      const anchor: MapLabel['anchor'] = Math.abs(dx) < size * 0.5 ? 'middle' : dx > 0 ? 'start' : 'end';
      out.push({ x: x + dx, y: y + dy + size * 0.3, anchor });
    }
  }
  return out;
}

/** Candidate spots on a small grid around a point, centre first. */
function grid(x: number, y: number, size: number): Candidate[] {
  const out: Candidate[] = [];
  for (const dy of [0, -0.8, 0.8, -1.6, 1.6, -2.4, 2.4]) for (const dx of [0, -1.5, 1.5, -3, 3, -5, 5]) out.push({ x: x + dx * size, y: y + dy * size, anchor: 'middle' });
  return out;
}

/** The end of a leader: the point on the label's box nearest the thing named, so the line stays short. */
function leaderFrom(box: Box, x: number, y: number) {
  const cx = Math.max(box.x, Math.min(x, box.x + box.w));
  const cy = Math.max(box.y, Math.min(y, box.y + box.h));
  return { x1: cx, y1: cy, x2: x, y2: y };
}

export interface LayoutInput {
  topology: Topology;
  stops: Stop[];
  text: MapText;
}

export function layoutTripMap({ topology, stops, text }: LayoutInput): TripMapLayout {
  const width = MAP_WIDTH;
  const { projection, height } = tripProjection(width);
  const path = geoPath({ stream: (s: GeoStream) => projection.stream(decimate(1.5, s)) }).digits(0);

  const collection = feature(topology, topology.objects.countries as GeometryCollection) as unknown as GeoJSON.FeatureCollection<Geometry, { name: string }>;
  const countries: MapCountry[] = [];
  for (const f of collection.features as Feature<Geometry, { name: string }>[]) {
    const id = String(f.id ?? '');
    const d = path(f);
    if (!d) continue;
    const role = (POLICY_COUNTRIES as readonly string[]).includes(id) ? 'policy' : (TRIP_COUNTRIES as readonly string[]).includes(id) ? 'trip' : 'land';
    countries.push({ id, role, d });
  }
  // Land first, then the trip's countries, then the policy's, so the firmer outlines are drawn on top.
  const order = { land: 0, trip: 1, policy: 2 } as const;
  countries.sort((a, b) => order[a.role] - order[b.role] || a.id.localeCompare(b.id));

  const project = (lon: number, lat: number): [number, number] => {
    const p = projection([lon, lat]);
    if (!p) throw new Error(`The map cannot place ${lon}, ${lat}`);
    return p;
  };
  const sorted = [...stops].sort((a, b) => a.stop - b.stop);
  const xy = new Map(sorted.map((s) => [s.stop, project(s.lon, s.lat)]));
  const centroid: [number, number] = [0, 1].map((i) => [...xy.values()].reduce((sum, p) => sum + p[i]!, 0) / xy.size) as [number, number];

  const legs: MapLeg[] = [];
  const legCurves: ReturnType<typeof curve>[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const a = xy.get(sorted[i - 1]!.stop)!;
    const b = xy.get(sorted[i]!.stop)!;
    const cv = curve(a, b, centroid);
    legCurves.push(cv);
    const [mx, my] = cv.at(0.5);
    const [tx, ty] = cv.tangent(0.5);
    const tl = Math.hypot(tx, ty);
    const ux = tx / tl;
    const uy = ty / tl;
    const s = 7;
    const tip = [mx + ux * s, my + uy * s];
    const l = [mx - ux * s + -uy * s * 0.8, my - uy * s + ux * s * 0.8];
    const r = [mx - ux * s - -uy * s * 0.8, my - uy * s - ux * s * 0.8];
    legs.push({
      to: sorted[i]!.stop,
      from: sorted[i - 1]!.place,
      toPlace: sorted[i]!.place,
      date: sorted[i]!.arrived,
      d: `M${f1(a[0])},${f1(a[1])}Q${f1(cv.c[0])},${f1(cv.c[1])} ${f1(b[0])},${f1(b[1])}`,
      arrow: `M${f1(tip[0]!)},${f1(tip[1]!)}L${f1(l[0]!)},${f1(l[1]!)}L${f1(r[0]!)},${f1(r[1]!)}Z`,
      start: a,
      end: b,
    });
  }

  const points: MapPoint[] = [];
  for (const s of sorted) {
    if (points.some((p) => p.place === s.place)) continue;
    const [x, y] = xy.get(s.stop)!;
    points.push({ place: s.place, name: s.name, x, y });
  }

  const labels = {} as Record<LabelSet, MapLabel[]>;
  for (const set of ['narrow', 'wide'] as const) {
    const size = LABEL_SIZE[set];
    const taken: Box[] = [];
    // Dots, arrowheads and the route itself are obstacles for every label.
    for (const p of points) taken.push({ x: p.x - DOT_RADIUS - 2, y: p.y - DOT_RADIUS - 2, w: 2 * DOT_RADIUS + 4, h: 2 * DOT_RADIUS + 4 });
    for (const cv of legCurves) {
      for (let t = 0.04; t <= 0.96; t += 0.04) {
        const [x, y] = cv.at(t);
        taken.push({ x: x - 3, y: y - 3, w: 6, h: 6 });
      }
    }
    const out: MapLabel[] = [];
    const add = (kind: MapLabel['kind'], label: string, bold: boolean, candidates: Candidate[], target?: [number, number]) => {
      const hit = place(label, size, bold, candidates, taken, width, height);
      if (!hit) throw new Error(`The trip map has no room for the label "${label}" in its ${set} layout: shorten the name in content/data/trip-stops.csv`);
      taken.push(hit.box);
      const far = target && !overlaps(hit.box, { x: target[0] - size * 1.2, y: target[1] - size * 1.2, w: size * 2.4, h: size * 2.4 });
      out.push({ kind, text: label, lines: hit.lines, x: hit.c.x, y: hit.c.y, anchor: hit.c.anchor, size, bold, box: hit.box, leader: far && target ? leaderFrom(hit.box, target[0], target[1]) : undefined });
    };

    const everyWay = [0, 30, 330, 60, 300, 90, 270, 120, 240, 150, 210, 180];
    for (const p of points) add('city', p.name, true, [...around(p.x, p.y, DOT_RADIUS + size * 0.35, size, ['e', 'w', 'ne', 'se', 'nw', 'sw', 's', 'n']), ...rings(p.x, p.y, size, everyWay)], [p.x, p.y]);
    legs.forEach((leg, i) => {
      const date = text.legDates[leg.to];
      if (!date) return;
      const cv = legCurves[i]!;
      const [mx, my] = cv.at(0.5);
      const [nx, ny] = cv.normal;
      const cands: Candidate[] = [];
      for (const t of [0.5, 0.42, 0.58, 0.34, 0.66]) {
        const [x, y] = cv.at(t);
        for (const dist of [1, 1.6, 2.3]) {
          for (const sign of [1, -1]) {
            const cx = x + sign * nx * dist * size;
            const cy = y + sign * ny * dist * size;
            cands.push({ x: cx, y: cy + size * 0.35, anchor: Math.abs(nx) < 0.35 ? 'middle' : sign * nx > 0 ? 'start' : 'end' });
          }
        }
      }
      add('leg', date, false, cands, [mx, my]);
    });
    const policyDirections: Record<string, number[]> = {
      '320': [200, 225, 180, 160, 135],
      '340': [45, 20, 0, 70, 330],
      '222': [280, 300, 260, 320, 240],
    };
    // On phones the three small countries are named by the legend beside the map, not on it.
    for (const id of set === 'wide' ? POLICY_COUNTRIES : []) {
      const [lon, lat] = COUNTRY_ANCHORS[id]!;
      const [x, y] = project(lon, lat);
      add('policy', text.countries[id] ?? id, false, [...rings(x, y, size, policyDirections[id]!), ...rings(x, y, size, everyWay)], [x, y]);
    }
    for (const id of TRIP_COUNTRIES) {
      const [lon, lat] = COUNTRY_ANCHORS[id]!;
      const [x, y] = project(lon, lat);
      add('country', text.countries[id] ?? id, false, grid(x, y, size));
    }
    labels[set] = out;
  }

  return { width, height, countries, legs, points, labels };
}
