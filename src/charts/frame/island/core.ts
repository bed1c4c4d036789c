/**
 * What every chart island does once loaded: tooltips on hover and touch
 * (they stay while hovered), one tab stop with arrow-key exploration, a
 * polite live region, Escape to hide, and option buttons (aria-pressed).
 * Two kinds of surface share this:
 * - SVG charts are re-laid out to the container's exact width with a
 *   ResizeObserver; the SVG box keeps its aspect ratio, so nothing on the
 *   page moves;
 * - list charts (HTML rows with SVG bars) need no re-layout at all.
 */
import { variantFor, type ChartPoint, type Interactive, type Nav, type PointInfo, type Variant } from '../../core/geometry.ts';
import type { Lang } from '../../../lib/i18n.ts';
import { readPayload, type Payload } from '../payload.ts';

export interface DrawOptions {
  width: number;
  variant: Variant;
  lang: Lang;
  idPrefix: string;
  options: Record<string, string>;
}

export type Draw<D> = (data: D, o: DrawOptions) => { geometry: Interactive; inner: string };
export type ListLayout<D> = (data: D, o: { lang: Lang; idPrefix: string }) => { points: PointInfo[]; nav: Nav[]; start: number };

interface Surface {
  /** Elements that take the tab stop and pointer events (one is visible at a time). */
  targets: Element[];
  points(): PointInfo[];
  nav(): Nav[];
  start(): number;
  /** Point under the pointer, or -1. */
  pick(e: PointerEvent, target: Element): number;
  /** Where the tooltip points, in px from the top left of the plot. */
  anchor(i: number): { x: number; y: number } | null;
  /** Highlights point i (-1: none). */
  mark(i: number): void;
  /** Re-lays out (new width or options); list charts have nothing to redo. */
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

function parts<D>(host: HTMLElement) {
  const script = host.querySelector('script[data-chart-data]');
  const plot = host.querySelector<HTMLElement>('.ch-plot');
  const tip = host.querySelector<HTMLElement>('.ch-tooltip');
  const live = host.querySelector<HTMLElement>('[data-live]');
  if (!script || !plot || !tip || !live || host.dataset['ready'] !== undefined) return null;
  const payload: Payload<D> = readPayload<D>(script.textContent || '{}');
  return { payload, plot, tip, live, id: host.dataset['chart'] ?? 'chart' };
}

/** An SVG chart: two server variants (wide, narrow); the visible one is re-laid out to the exact width. */
export function enhanceChart<D>(host: HTMLElement, draw: Draw<D>): void {
  const p = parts<D>(host);
  if (!p) return;
  const { plot, id, payload } = p;
  const svgs: Record<Variant, SVGSVGElement | null> = {
    wide: plot.querySelector<SVGSVGElement>('.ch-variant-wide svg'),
    narrow: plot.querySelector<SVGSVGElement>('.ch-variant-narrow svg'),
  };
  const options = { ...payload.options };
  let svg: SVGSVGElement | null = null;
  let geom: Interactive | null = null;
  let layer: SVGGElement | null = null;
  let width = 0;

  const surface: Surface = {
    targets: [svgs.wide, svgs.narrow].filter((s): s is SVGSVGElement => s !== null),
    points: () => geom?.points ?? [],
    nav: () => geom?.nav ?? [],
    start: () => geom?.start ?? 0,
    pick(e, target) {
      if (target !== svg || !geom) return -1;
      const sr = svg.getBoundingClientRect();
      const k = geom.width / sr.width;
      const x = (e.clientX - sr.left) * k;
      const y = (e.clientY - sr.top) * k;
      let best = -1;
      let bestD = Infinity;
      geom.points.forEach((pt, i) => {
        const h = pt.hit;
        const dx = x < h.x ? h.x - x : x > h.x + h.w ? x - h.x - h.w : 0;
        const dy = y < h.y ? h.y - y : y > h.y + h.h ? y - h.y - h.h : 0;
        const d = dx * dx + dy * dy;
        if (d < bestD) {
          bestD = d;
          best = i;
        }
      });
      return bestD <= 24 * 24 ? best : -1;
    },
    anchor(i) {
      const pt = geom?.points[i] as ChartPoint | undefined;
      if (!svg || !geom || !pt) return null;
      const sr = svg.getBoundingClientRect();
      const pr = plot.getBoundingClientRect();
      const k = sr.width / geom.width;
      const ax = pt.box ? pt.box.x + pt.box.w : pt.x;
      const ay = pt.box ? pt.box.y + pt.box.h / 2 : pt.y;
      return { x: sr.left - pr.left + ax * k, y: sr.top - pr.top + ay * k };
    },
    mark(i) {
      if (!layer || !geom) return;
      layer.replaceChildren();
      const pt = geom.points[i];
      if (!pt) return;
      if (pt.box) {
        layer.appendChild(svgEl('rect', { x: pt.box.x - 3, y: pt.box.y - 3, width: pt.box.w + 6, height: pt.box.h + 6, rx: 3, class: 'ch-focus-box' }));
        return;
      }
      if (geom.guide) layer.appendChild(svgEl('line', { x1: pt.x, x2: pt.x, y1: geom.guide.y0, y2: geom.guide.y1, class: 'ch-focus-guide' }));
      layer.appendChild(svgEl('circle', { cx: pt.x, cy: pt.y, r: 6, class: 'ch-focus-dot' }));
    },
    update() {
      if (width <= 0) return;
      const variant = variantFor(width);
      const target = svgs[variant];
      if (!target) return;
      const out = draw(payload.data, { width, variant, lang: payload.lang, idPrefix: `${id}-${variant}`, options });
      svg = target;
      geom = out.geometry;
      target.setAttribute('viewBox', `0 0 ${geom.width} ${geom.height}`);
      target.innerHTML = out.inner;
      layer = svgEl('g', { class: 'ch-focus', 'aria-hidden': 'true' }) as SVGGElement;
      target.appendChild(layer);
    },
  };

  // Lay out once now, before the chart is marked ready, so a reader who acts
  // at once (or a test) never meets an empty surface.
  width = plot.getBoundingClientRect().width;
  surface.update();
  const ctl = interact(host, p, surface, options);
  new ResizeObserver((entries) => {
    const w = entries[entries.length - 1]?.contentRect.width ?? 0;
    if (Math.abs(w - width) < 0.5) return;
    width = w;
    ctl.refresh();
  }).observe(plot);
}

/** A list chart: HTML rows ([data-point]) with SVG bars; layout only supplies the words and the keyboard order. */
export function enhanceList<D>(host: HTMLElement, layout: ListLayout<D>): void {
  const p = parts<D>(host);
  if (!p) return;
  const { plot, id, payload } = p;
  const list = plot.querySelector<HTMLElement>('[role="img"]');
  if (!list) return;
  const geom = layout(payload.data, { lang: payload.lang, idPrefix: id });
  const rows = [...list.querySelectorAll<HTMLElement>('[data-point]')];
  const rowOf = (i: number) => rows.find((r) => r.dataset['point'] === String(i));
  const surface: Surface = {
    targets: [list],
    points: () => geom.points,
    nav: () => geom.nav,
    start: () => geom.start,
    pick(e) {
      const row = (e.target as Element | null)?.closest?.('[data-point]');
      return row ? Number((row as HTMLElement).dataset['point']) : -1;
    },
    anchor(i) {
      const row = rowOf(i);
      const bar = row?.querySelector('rect');
      if (!row) return null;
      const pr = plot.getBoundingClientRect();
      const br = (bar ?? row).getBoundingClientRect();
      return { x: br.right - pr.left, y: br.top + br.height / 2 - pr.top };
    },
    mark(i) {
      rows.forEach((r) => r.classList.toggle('is-active', r.dataset['point'] === String(i)));
    },
    update() {},
  };
  interact(host, p, surface, { ...payload.options }).refresh();
}

/** Tooltip, keyboard, live region and option buttons over a surface. */
function interact<D>(host: HTMLElement, p: NonNullable<ReturnType<typeof parts<D>>>, surface: Surface, options: Record<string, string>) {
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
    const tw = tip.offsetWidth;
    const th = tip.offsetHeight;
    let left = a.x + 12;
    if (left + tw > pw) left = a.x - 12 - tw;
    left = Math.max(0, Math.min(left, pw - tw));
    let top = a.y - th - 12;
    if (top < 0) top = a.y + 14;
    tip.style.left = `${Math.round(left)}px`;
    tip.style.top = `${Math.round(top)}px`;
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
    b.addEventListener('click', () => {
      const name = b.dataset['option'] ?? '';
      const value = b.dataset['value'] ?? '';
      if (options[name] === value) return;
      options[name] = value;
      host.querySelectorAll<HTMLButtonElement>(`button[data-option="${name}"]`).forEach((o) => o.setAttribute('aria-pressed', String(o === b)));
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
        set('table caption', view.caption);
        fig?.querySelectorAll<HTMLTableColElement>('col[data-series]').forEach((c) => c.classList.toggle('is-shown', c.dataset['series'] === value));
        say(view.announce);
      }
    });
  });

  host.dataset['ready'] = '';
  return { refresh };
}
