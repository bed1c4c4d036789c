/**
 * Thumbnails: the small picture beside each piece on the front page, drawn at
 * build time from the same rows as the piece's main chart (the chart its
 * frontmatter names as its hero, else the first chart tag in its text). A sparkline for the charts over time, a strip of bars for the
 * charts of amounts. Decoration only: aria-hidden, no words, the piece's own
 * title and dek carry the meaning. Lines and bars take `currentColor`, so the
 * page's colour (and dark mode) sets them.
 * Usage (views): pieceThumbnail(entry.body, getDataset)
 */
import type { Dataset } from '../../lib/content/model.ts';
import { CHARTS, type AnyChart } from '../registry.ts';
import { encountersFromDataset } from '../encounters/data.ts';
import { fiscalFromDataset } from '../fiscal-years/data.ts';
import { vaccineFromDataset } from '../vaccine/data.ts';
import { aidFromDatasets } from '../aid/data.ts';
import { sheltersFromDataset } from '../shelters/data.ts';
import { r } from './svg.ts';
import { THUMBNAIL_KINDS, type ThumbKind } from './thumbnail-kinds.ts';

/** What a thumbnail draws: lines over time (several share one scale, the last is the one in focus), or bars. */
export type ThumbSpec = { type: 'lines'; series: (number | null)[][] } | { type: 'bars'; values: number[] };

export const THUMB_WIDTH = 96;
export const THUMB_HEIGHT = 32;
const PAD = 2;

/**
 * Per chart kind, the numbers its thumbnail draws, read with the kind's own reader. A kind left out gets no
 * thumbnail (the piece keeps its words alone).
 */
const RECIPES: Record<ThumbKind, (data: Dataset[]) => ThumbSpec> = {
  // Border Patrol encounters, month by month, over the whole series the chart shows.
  encounters: ([ds]) => ({ type: 'lines', series: [encountersFromDataset(ds!).map((m) => m.all)] }),
  // Fiscal 2021 (faint, dashed) against fiscal 2022, October to September.
  'fiscal-years': ([ds]) => ({ type: 'lines', series: fiscalFromDataset(ds!, [2021, 2022]).years.map((y) => y.months.map((m) => m.value)) }),
  // Each delivered shipment of doses, in date order (no totals: the chart gives none either).
  vaccine: ([ds]) => ({ type: 'bars', values: vaccineFromDataset(ds!).events.filter((e) => e.event === 'delivered' && e.doses !== null).map((e) => e.doses!) }),
  // Children in HHS care, day by day.
  shelters: ([ds]) => ({ type: 'lines', series: [sheltersFromDataset(ds!).map((d) => d.inCare)] }),
  // The announced aid items (not their parts, not proposals or targets), in date order.
  aid: ([aid, cta]) => ({
    type: 'bars',
    values: aidFromDatasets(aid!, cta!)
      .items.filter((i) => !i.partOf && i.status === 'announced' && i.amount !== null)
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((i) => i.amount!),
  }),
};

/** The piece's main chart: the registered chart (with a thumbnail) whose tag comes first in the MDX body. */
export function mainChartOf(body: string): AnyChart | undefined {
  let best: { at: number; def: AnyChart } | undefined;
  for (const def of CHARTS.filter((c) => hasRecipe(c.kind))) {
    const at = body.search(new RegExp(`<${def.tag.name}[\\s/>]`));
    if (at >= 0 && (!best || at < best.at)) best = { at, def };
  }
  return best?.def;
}

const hasRecipe = (kind: string): kind is ThumbKind => (THUMBNAIL_KINDS as readonly string[]).includes(kind);

export function thumbSpec(def: AnyChart, data: Dataset[]): ThumbSpec | null {
  const recipe = hasRecipe(def.kind) ? RECIPES[def.kind] : undefined;
  if (!recipe) return null;
  const spec = recipe(data);
  const count = spec.type === 'bars' ? spec.values.length : Math.max(0, ...spec.series.map((s) => s.filter((v) => v !== null).length));
  return count >= 2 ? spec : null;
}

/** Means of `n` equal runs of values (gaps left out; a run with no value stays a gap). */
function binned(values: (number | null)[], n: number): (number | null)[] {
  return Array.from({ length: n }, (_, b) => {
    const run = values.slice(Math.floor((b * values.length) / n), Math.floor(((b + 1) * values.length) / n)).filter((v): v is number => v !== null);
    return run.length ? run.reduce((a, v) => a + v, 0) / run.length : null;
  });
}

const open = `<svg class="thumb" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${THUMB_WIDTH} ${THUMB_HEIGHT}" width="${THUMB_WIDTH}" height="${THUMB_HEIGHT}" aria-hidden="true" focusable="false">`;

/** The SVG markup for a spec: fixed size (no layout shift), no text, currentColor marks. */
export function renderThumb(spec: ThumbSpec): string {
  const bottom = THUMB_HEIGHT - PAD;
  const top = PAD;
  const base = `<path d="M0 ${bottom + 0.5}H${THUMB_WIDTH}" stroke="currentColor" stroke-opacity="0.35" stroke-width="1"/>`;
  if (spec.type === 'bars') {
    const max = Math.max(...spec.values, 1);
    const n = spec.values.length;
    const gap = n > 24 ? 1 : 2;
    const w = (THUMB_WIDTH - gap * (n - 1)) / n;
    const bars = spec.values
      .map((v, i) => {
        const h = Math.max(1.5, ((bottom - top) * v) / max);
        return `<rect x="${r(i * (w + gap))}" y="${r(bottom - h)}" width="${r(w)}" height="${r(h)}"/>`;
      })
      .join('');
    return `${open}${base}<g fill="currentColor">${bars}</g></svg>`;
  }
  // A long series becomes one mean per unit of width: the line looks the same and weighs a few hundred bytes.
  const series = spec.series.map((s) => (s.length > THUMB_WIDTH ? binned(s, THUMB_WIDTH) : s));
  const max = Math.max(1, ...series.flat().filter((v): v is number => v !== null));
  const len = Math.max(...series.map((s) => s.length));
  const x = (i: number) => (len <= 1 ? 0 : (i * THUMB_WIDTH) / (len - 1));
  const y = (v: number) => bottom - ((bottom - top) * v) / max;
  const paths = series.map((s, k) => {
    let d = '';
    let pen = false;
    s.forEach((v, i) => {
      if (v === null) {
        pen = false;
        return;
      }
      d += `${pen ? 'L' : 'M'}${r(x(i))} ${r(y(v))}`;
      pen = true;
    });
    const focus = k === series.length - 1;
    return `<path d="${d}" fill="none" stroke="currentColor" stroke-width="${focus ? 1.75 : 1.25}" stroke-linejoin="round" stroke-linecap="round"${focus ? '' : ' stroke-opacity="0.6" stroke-dasharray="3 2"'}/>`;
  });
  return `${open}${base}${paths.join('')}</svg>`;
}

/**
 * The thumbnail of a piece from its MDX body, or null when it places no chart with a thumbnail. `load` reads a
 * dataset by id (the view passes lib/data's getDataset, so nothing here reads files). `heroChart`, the chart tag
 * the frontmatter names as the piece's hero, is drawn instead of the first chart.
 */
export function pieceThumbnail(body: string, load: (id: string) => Dataset, heroChart?: string): string | null {
  const def = (heroChart ? CHARTS.find((c) => c.tag.name === heroChart && hasRecipe(c.kind)) : undefined) ?? mainChartOf(body);
  if (!def) return null;
  const spec = thumbSpec(def, def.tag.datasets.map(load));
  return spec ? renderThumb(spec) : null;
}
