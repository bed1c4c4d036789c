/**
 * What every chart island does once loaded: tooltips on hover and touch
 * (they stay while hovered and sit beside the mark, never over it), one tab
 * stop with arrow-key exploration, a polite live region, Escape to hide, and
 * option buttons (aria-pressed). Interaction only: the server drew every
 * layout, so the island reads what it needs from the page itself:
 * - SVG charts: the data lines' vertices (path[data-rows]) and the marks that
 *   carry their own words (rect[data-tip]), in the design the container shows;
 *   a point on a line takes its words from its row of the chart's table;
 * - list charts: the HTML rows, which carry their words (data-tip).
 * No d3, no layout code, no second copy of the data.
 */
import { navList, navSeries, type ChartPoint, type Nav, type PointInfo, type Rect } from '../../core/geometry.ts';
import { readPayload, type Payload } from '../payload.ts';
import { readMoreSpec } from './more-spec.ts';
import type { Words } from './more.ts';

interface Surface {
  /** Elements that take the tab stop and pointer events (one is visible at a time). */
  targets: Element[];
  points(): PointInfo[];
  nav(): Nav[];
  start(): number;
  /** Point under the pointer, or -1. */
  pick(e: PointerEvent, target: Element): number;
  /** The box of the focused mark (a dot's surroundings, a bar, a row), in px from the top left of the plot; the tooltip sits beside it, never over it. */
  anchor(i: number): { x: number; y: number; w: number; h: number } | null;
  /** Highlights point i (-1: none). */
  mark(i: number): void;
  /** Reads the surface again (another design shown, or redrawn). */
  update(): void;
}

const NS = 'http://www.w3.org/2000/svg';
const KEYS: Record<string, keyof Nav> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
  Home: 'home',
  End: 'end',
  PageUp: 'pageUp',
  PageDown: 'pageDown',
};

function svgEl(name: string, attrs: Record<string, string | number>): SVGElement {
  const e = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

interface Parts {
  payload: Payload;
  plot: HTMLElement;
  tip: HTMLElement;
  live: HTMLElement;
  id: string;
  host: HTMLElement;
}

function parts(host: HTMLElement): Parts | null {
  const script = host.querySelector('script[data-chart-data]');
  const plot = host.querySelector<HTMLElement>('.ch-plot');
  const tip = host.querySelector<HTMLElement>('.ch-tooltip');
  const live = host.querySelector<HTMLElement>('[data-live]');
  if (!script || !plot || !tip || !live || host.dataset['ready'] !== undefined) return null;
  return { payload: readPayload(script.textContent || '{}'), plot, tip, live, id: host.dataset['chart'] ?? 'chart', host };
}

/** Words a mark carries itself: data-tip="title\nline\nline". */
function tipOf(e: Element): { title: string; lines: string[] } {
  const [title = '', ...lines] = (e.getAttribute('data-tip') ?? '').split('\n');
  return { title, lines };
}

/** "0-11,13-20" -> [0..11, 13..20]; "_3,0-1" -> [none, none, none, 0, 1] (vertices without a table row). */
export function expandRows(spec: string): (number | undefined)[] {
  return spec
    .split(',')
    .filter(Boolean)
    .flatMap((part): (number | undefined)[] => {
      if (part.startsWith('_')) return Array.from({ length: Number(part.slice(1)) || 0 }, () => undefined);
      const [a, b] = part.split('-').map(Number);
      if (a === undefined || Number.isNaN(a)) return [];
      const end = b === undefined || Number.isNaN(b) ? a : b;
      return Array.from({ length: end - a + 1 }, (_, k) => a + k);
    });
}

/** The vertices of path data written as M x,y L x,y ... (d3-shape's output), in order. */
export function vertices(d: string): [number, number][] {
  return [...d.matchAll(/[ML]\s*(-?[\d.]+)[ ,](-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

/** A table row as tooltip words: the row heading as the title, each other filled cell as "column: value". */
function rowWords(table: HTMLTableElement | null, row: number): { title: string; lines: string[] } {
  const tr = table?.tBodies[0]?.rows[row];
  if (!table || !tr) return { title: '', lines: [] };
  const heads = [...(table.tHead?.rows[0]?.cells ?? [])].map((c) => c.textContent?.trim() ?? '');
  const cells = [...tr.cells];
  const lines = cells.slice(1).flatMap((c, k) => {
    const v = c.querySelector('.ch-sr') ? '' : (c.textContent?.trim() ?? '');
    return v ? [`${heads[k + 1] ?? ''}: ${v}`] : [];
  });
  return { title: cells[0]?.textContent?.trim() ?? '', lines };
}

/**
 * Reads the points of one drawn SVG design. A vertex without a table row takes
 * its words from `more` (the line's data-more, once read from the dataset), or
 * is left out until then.
 */
function readPoints(svg: SVGSVGElement, table: HTMLTableElement | null, more: (spec: string) => Words[] | undefined = () => undefined): { points: ChartPoint[]; guide?: { y0: number; y1: number } | undefined } {
  const points: ChartPoint[] = [];
  svg.querySelectorAll<SVGPathElement>('path[data-rows]').forEach((path, series) => {
    const rows = expandRows(path.getAttribute('data-rows') ?? '');
    const extra = more(path.getAttribute('data-more') ?? '');
    vertices(path.getAttribute('d') ?? '').forEach(([x, y], k) => {
      const row = rows[k];
      const w = row === undefined ? extra?.[k] : rowWords(table, row);
      if (!w) return;
      points.push({ key: row === undefined ? `${series}|v${k}` : `${series}|${row}`, x, y, hit: { x, y, w: 0, h: 0 }, series, title: w.title, lines: w.lines, announce: [w.title, ...w.lines].join(', ') });
    });
  });
  svg.querySelectorAll<SVGRectElement>('rect[data-tip]').forEach((r, k) => {
    const box: Rect = { x: Number(r.getAttribute('x')), y: Number(r.getAttribute('y')), w: Number(r.getAttribute('width')), h: Number(r.getAttribute('height')) };
    const w = tipOf(r);
    points.push({ key: `bar|${k}`, x: box.x + box.w / 2, y: box.y, box, hit: box, series: Number(r.getAttribute('data-series') ?? 0), title: w.title, lines: w.lines, announce: [w.title, ...w.lines].join(', ') });
  });
  points.sort((a, b) => a.series - b.series || (a.box ? 0 : a.x - b.x));
  const g = (svg.getAttribute('data-plot') ?? '').split(' ').map(Number);
  return { points, guide: g.length === 2 && g.every((v) => Number.isFinite(v)) ? { y0: g[0]!, y1: g[1]! } : undefined };
}

export interface SvgIslandOptions {
  /** Redraws the chart for an option value (loaded only when a reader presses an option button). */
  redraw?: (host: HTMLElement, options: Record<string, string>) => Promise<void>;
  /** Keys Page Up/Down jump by this many points. */
  page?: number;
}

/** An SVG chart: two server designs (wide, narrow), one shown by a container query; the island reads the one in view. */
export function enhanceSvg(host: HTMLElement, opts: SvgIslandOptions = {}): void {
  const p = parts(host);
  if (!p) return;
  const { plot, payload } = p;
  const table = host.closest('figure')?.querySelector<HTMLTableElement>('table') ?? null;
  // Words for the vertices the table does not list, by data-more spec, read from the dataset on first use.
  const more = new Map<string, Words[]>();
  let svg: SVGSVGElement | null = null;
  let points: ChartPoint[] = [];
  let nav: Nav[] = [];
  let guide: { y0: number; y1: number } | undefined;
  let layer: SVGGElement | null = null;
  const visible = () => [...plot.querySelectorAll<SVGSVGElement>('.ch-variant svg')].find((s) => s.getBoundingClientRect().width > 0) ?? null;
  const scale = () => {
    if (!svg) return 1;
    const vb = svg.viewBox.baseVal;
    const w = svg.getBoundingClientRect().width;
    return vb && vb.width && w ? w / vb.width : 1;
  };

  const surface: Surface = {
    targets: [...plot.querySelectorAll<SVGSVGElement>('.ch-variant svg')],
    points: () => points,
    nav: () => nav,
    start() {
      return Math.max(0, points.findIndex((pt) => pt.key === startKey));
    },
    pick(e, target) {
      if (target !== svg || !points.length) return -1;
      const sr = svg.getBoundingClientRect();
      const k = scale();
      const x = (e.clientX - sr.left) / k;
      const y = (e.clientY - sr.top) / k;
      const oneSeries = points.every((pt) => pt.series === points[0]!.series && !pt.box);
      let best = -1;
      let bestD = Infinity;
      points.forEach((pt, i) => {
        let d: number;
        if (pt.box) {
          const b = pt.box;
          const dx = x < b.x ? b.x - x : x > b.x + b.w ? x - b.x - b.w : 0;
          const dy = y < b.y ? b.y - y : y > b.y + b.h ? y - b.y - b.h : 0;
          d = dx * dx + dy * dy;
        } else d = oneSeries ? (x - pt.x) ** 2 : (x - pt.x) ** 2 + (y - pt.y) ** 2;
        if (d < bestD) {
          bestD = d;
          best = i;
        }
      });
      return oneSeries || bestD <= (24 / k) ** 2 ? best : -1;
    },
    anchor(i) {
      const pt = points[i];
      if (!svg || !pt) return null;
      const sr = svg.getBoundingClientRect();
      const pr = plot.getBoundingClientRect();
      const k = scale();
      const b = pt.box ?? { x: pt.x - 7 / k, y: pt.y - 7 / k, w: 14 / k, h: 14 / k };
      return { x: sr.left - pr.left + b.x * k, y: sr.top - pr.top + b.y * k, w: b.w * k, h: b.h * k };
    },
    mark(i) {
      if (!layer) return;
      layer.replaceChildren();
      const pt = points[i];
      if (!pt) return;
      if (pt.box) {
        layer.appendChild(svgEl('rect', { x: pt.box.x - 3, y: pt.box.y - 3, width: pt.box.w + 6, height: pt.box.h + 6, rx: 3, class: 'ch-focus-box' }));
        return;
      }
      if (guide) layer.appendChild(svgEl('line', { x1: pt.x, x2: pt.x, y1: guide.y0, y2: guide.y1, class: 'ch-focus-guide' }));
      layer.appendChild(svgEl('circle', { cx: pt.x, cy: pt.y, r: 6, class: 'ch-focus-dot' }));
    },
    update() {
      svg = visible();
      if (!svg) return;
      surface.targets = [...plot.querySelectorAll<SVGSVGElement>('.ch-variant svg')];
      const read = readPoints(svg, table, (spec) => more.get(spec));
      points = read.points;
      guide = read.guide;
      nav = points.some((pt) => pt.box) && new Set(points.map((pt) => pt.series)).size === 1 ? navList(points.length) : navSeries(points, opts.page ?? 12);
      layer?.remove();
      layer = svgEl('g', { class: 'ch-focus', 'aria-hidden': 'true' }) as SVGGElement;
      svg.appendChild(layer);
    },
  };

  surface.update();
  let shown: SVGSVGElement | null = svg;
  let startKey = payload.start;
  const ctl = interact(host, p, surface, { ...payload.options }, async (options) => {
    const view = Object.values(options)
      .map((v) => payload.views?.[v])
      .find((v) => v !== undefined);
    startKey = view?.start ?? startKey;
    if (opts.redraw) await opts.redraw(host, options);
    void loadMore();
  });
  async function loadMore(): Promise<void> {
    const specs = [...new Set([...plot.querySelectorAll('path[data-more]')].map((e) => e.getAttribute('data-more') ?? ''))].filter((s) => s && !more.has(s));
    const url = host.closest('figure')?.querySelector<HTMLAnchorElement>('a.ch-download')?.href;
    if (!specs.length || !url) return;
    try {
      const { moreWords } = await import('./more.ts');
      const labels = [...(table?.tHead?.rows[0]?.cells ?? [])].slice(1).map((c) => c.textContent?.trim() ?? '');
      for (const s of specs) {
        const spec = readMoreSpec(s);
        more.set(s, spec ? await moreWords(url, spec, labels, payload.lang) : []);
      }
      ctl.refresh();
      host.dataset['allPoints'] = '';
      // A pointer already over the chart picks again, now among every point.
      if (lastPointer?.target && plot.matches(':hover')) lastPointer.target.dispatchEvent(new PointerEvent('pointermove', { clientX: lastPointer.clientX, clientY: lastPointer.clientY, pointerType: lastPointer.pointerType, bubbles: true }));
    } catch (err) {
      // The table's stretch keeps its tooltips; the rest of the line stays without them.
      console.warn(err);
    }
  }
  let lastPointer: PointerEvent | undefined;
  plot.addEventListener('pointermove', (e) => (lastPointer = e));
  // The first pointer or keyboard visit reads the rest of the line's words.
  plot.addEventListener('pointerenter', () => void loadMore(), { once: true });
  plot.addEventListener('focusin', () => void loadMore(), { once: true });
  new ResizeObserver(() => {
    // Only a change of design (wide <-> narrow) needs a new reading; the SVG scales by itself.
    if (visible() !== shown) {
      shown = visible();
      ctl.refresh();
    }
  }).observe(plot);
}

/** A list chart: HTML rows ([data-point]) that carry their words (data-tip). */
export function enhanceList(host: HTMLElement): void {
  const p = parts(host);
  if (!p) return;
  const { plot, payload } = p;
  const list = plot.querySelector<HTMLElement>('[role="img"]');
  if (!list) return;
  const rows = [...list.querySelectorAll<HTMLElement>('[data-point]')].sort((a, b) => Number(a.dataset['point']) - Number(b.dataset['point']));
  const points: PointInfo[] = rows.map((r, i) => {
    const w = tipOf(r);
    return { key: String(i), title: w.title, lines: w.lines, announce: [w.title, ...w.lines].join(', ') };
  });
  const nav = navList(points.length);
  const surface: Surface = {
    targets: [list],
    points: () => points,
    nav: () => nav,
    start: () => Math.max(0, points.findIndex((pt) => pt.key === payload.start)),
    pick(e) {
      const row = (e.target as Element | null)?.closest?.('[data-point]');
      return row ? rows.indexOf(row as HTMLElement) : -1;
    },
    anchor(i) {
      const row = rows[i];
      if (!row) return null;
      const pr = plot.getBoundingClientRect();
      const br = row.getBoundingClientRect();
      return { x: br.left - pr.left, y: br.top - pr.top, w: br.width, h: br.height };
    },
    mark(i) {
      rows.forEach((r, k) => r.classList.toggle('is-active', k === i));
    },
    update() {},
  };
  interact(host, p, surface, { ...payload.options }).refresh();
}

/** Tooltip, keyboard, live region and option buttons over a surface. */
function interact(host: HTMLElement, p: Parts, surface: Surface, options: Record<string, string>, onOption?: (options: Record<string, string>) => Promise<void> | void) {
  const { plot, tip, live, id, payload } = p;
  let active = -1;
  let shown = false;
  let byKeyboard = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const say = (text: string) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      live.textContent = text;
    }, 120);
  };

  function place(i: number): void {
    const a = surface.anchor(i);
    if (!a) return;
    const pw = plot.clientWidth;
    const ph = plot.clientHeight;
    const tw = tip.offsetWidth;
    const th = tip.offsetHeight;
    const gap = 8;
    const clampX = (x: number) => Math.max(0, Math.min(x, pw - tw));
    const clampY = (y: number) => Math.max(-th, Math.min(y, ph));
    const midY = a.y + a.h / 2 - th / 2;
    const midX = a.x + a.w / 2 - tw / 2;
    // Right of the mark, left of it, above, below: the first that fits beside it without covering it.
    const spots = [
      { left: a.x + a.w + gap, top: clampY(midY), ok: a.x + a.w + gap + tw <= pw },
      { left: a.x - gap - tw, top: clampY(midY), ok: a.x - gap - tw >= 0 },
      { left: clampX(midX), top: a.y - gap - th, ok: a.y - gap - th >= -th / 2 },
      { left: clampX(midX), top: a.y + a.h + gap, ok: true },
    ];
    const spot = spots.find((x) => x.ok) ?? spots[3]!;
    tip.style.left = `${Math.round(spot.left)}px`;
    tip.style.top = `${Math.round(spot.top)}px`;
  }

  function show(i: number, announce: boolean): void {
    const pt = surface.points()[i];
    if (!pt) return;
    active = i;
    shown = true;
    const rows: HTMLElement[] = [];
    const add = (text: string, cls?: string) => {
      const e = document.createElement('p');
      e.textContent = text;
      if (cls) e.className = cls;
      rows.push(e);
    };
    add(pt.title, 'ch-tip-title');
    pt.lines.forEach((l) => add(l));
    if (byKeyboard && payload.hint) add(payload.hint, 'ch-tip-hint');
    tip.replaceChildren(...rows);
    tip.hidden = false;
    place(i);
    surface.mark(i);
    if (announce) say(pt.announce);
  }

  function hide(): void {
    shown = false;
    tip.hidden = true;
    surface.mark(-1);
  }

  function onPointer(e: PointerEvent): void {
    const i = surface.pick(e, e.currentTarget as Element);
    if (i < 0) return;
    byKeyboard = false;
    if (i !== active || !shown) show(i, false);
  }

  const hintId = `${id}-hint`;
  for (const t of surface.targets) {
    t.setAttribute('tabindex', '0');
    const described = (t.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
    if (!described.includes(hintId)) t.setAttribute('aria-describedby', [...described, hintId].join(' '));
    t.addEventListener('pointermove', onPointer as EventListener);
    t.addEventListener('pointerdown', onPointer as EventListener);
    t.addEventListener('focus', () => {
      if (!t.matches(':focus-visible')) return;
      byKeyboard = true;
      show(active >= 0 ? active : surface.start(), true);
    });
    t.addEventListener('blur', () => {
      if (!plot.matches(':hover')) hide();
    });
    t.addEventListener('keydown', (ev) => {
      const e = ev as KeyboardEvent;
      if (e.key === 'Escape') {
        if (shown) {
          hide();
          e.preventDefault();
        }
        return;
      }
      const dir = KEYS[e.key];
      if (!dir) return;
      e.preventDefault();
      byKeyboard = true;
      const from = active >= 0 ? active : surface.start();
      const to = !shown ? from : (surface.nav()[from]?.[dir] ?? -1);
      show(to >= 0 ? to : from, true);
    });
  }
  // The tooltip stays when the pointer moves onto it (so it can be read and hovered), but the pointer keeps
  // exploring: a move over it picks the point under it on the chart, as a move over the chart would.
  tip.addEventListener('pointermove', (e) => {
    const target = surface.targets.find((t) => t.getBoundingClientRect().width > 0);
    if (!target) return;
    const i = surface.pick(e, target);
    if (i < 0) return;
    byKeyboard = false;
    if (i !== active || !shown) show(i, false);
  });
  plot.addEventListener('pointerleave', (e) => {
    if (e.pointerType === 'mouse' && !surface.targets.includes(document.activeElement as Element)) hide();
  });
  document.addEventListener('pointerdown', (e) => {
    if (shown && !plot.contains(e.target as Node)) hide();
  });

  function refresh(): void {
    const key = active >= 0 ? surface.points()[active]?.key : undefined;
    surface.update();
    active = key === undefined ? -1 : surface.points().findIndex((pt) => pt.key === key);
    if (shown && active >= 0) show(active, false);
    else hide();
  }

  host.querySelectorAll<HTMLButtonElement>('button[data-option]').forEach((b) => {
    b.addEventListener('click', async () => {
      const name = b.dataset['option'] ?? '';
      const value = b.dataset['value'] ?? '';
      if (options[name] === value) return;
      options[name] = value;
      host.querySelectorAll<HTMLButtonElement>(`button[data-option="${name}"]`).forEach((o) => o.setAttribute('aria-pressed', String(o === b)));
      try {
        await onOption?.(options);
      } catch (err) {
        // The chart keeps its drawing; the words around it still follow the choice.
        console.warn(err);
      }
      refresh();
      const view = payload.views?.[value];
      if (view) {
        const fig = host.closest('figure');
        const set = (sel: string, text: string) => {
          const e = fig?.querySelector(sel);
          if (e) e.textContent = text;
        };
        set(`#${CSS.escape(id)}-title`, view.title);
        set(`#${CSS.escape(id)}-desc`, view.description);
        set('table caption .ch-caption-text', view.caption);
        fig?.querySelectorAll<HTMLTableColElement>('col[data-series]').forEach((c) => c.classList.toggle('is-shown', c.dataset['series'] === value));
        say(view.announce);
      }
    });
  });

  host.dataset['ready'] = '';
  return { refresh, options };
}
