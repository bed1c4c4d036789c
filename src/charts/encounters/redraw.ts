/**
 * Redraws the encounters chart for another series, in the browser. Loaded
 * only when a reader presses the series toggle: it reads the months from the
 * dataset's CSV (the download the chart already links), lays out both
 * designs with the same code as the server and replaces the SVGs' contents.
 */
import { csvRows } from '../frame/island/more.ts';
import { DESIGN_WIDTH, type Variant } from '../core/geometry.ts';
import type { Lang } from '../../lib/i18n.ts';
import { readPayload } from '../frame/payload.ts';
import { formatCount, formatMonth } from '../../lib/format.ts';
import type { EncounterMonth } from './data.ts';
import { layoutEncounters } from './layout.ts';
import { tableMonths } from './stats.ts';
import { renderEncountersInner } from './render.ts';

let months: Promise<EncounterMonth[]> | undefined;

function load(url: string): Promise<EncounterMonth[]> {
  const n = (v: string | undefined) => (v === undefined || v.trim() === '' ? null : Number(v));
  months ??= csvRows(url).then(([head = [], ...rows]) => {
    const col = (r: string[], name: string) => r[head.indexOf(name)];
    return rows
      .map((r) => ({ month: col(r, 'month') ?? '', fiscalYear: n(col(r, 'fiscal_year')), all: n(col(r, 'encounters')), children: n(col(r, 'uc_encounters')) }))
      .filter((m) => /^\d{4}-\d{2}$/.test(m.month))
      .sort((a, b) => a.month.localeCompare(b.month));
  });
  return months;
}

export async function redraw(host: HTMLElement, options: Record<string, string>): Promise<void> {
  const fig = host.closest('figure');
  const url = fig?.querySelector<HTMLAnchorElement>('a.ch-download')?.href;
  const script = host.querySelector('script[data-chart-data]');
  if (!url || !script) return;
  const payload = readPayload(script.textContent || '{}');
  const lang: Lang = payload.lang;
  const data = await load(url);
  const id = host.dataset['chart'] ?? 'chart';
  const series = options['series'] === 'children' ? 'children' : 'all';
  // The table lists the series the chart draws: swap its column.
  const table = fig?.querySelector<HTMLTableElement>('table');
  const head = table?.tHead?.rows[0]?.cells[1];
  const column = payload.views?.[series]?.column;
  if (table && head && column) {
    head.textContent = column;
    const body = document.createElement('tbody');
    for (const m of tableMonths(data, series)) {
      const v = m[series];
      if (v === null) continue;
      const tr = body.insertRow();
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = formatMonth(m.month, lang);
      const td = document.createElement('td');
      td.className = 'ch-num';
      td.textContent = formatCount(v, lang);
      tr.append(th, td);
    }
    table.tBodies[0]?.replaceWith(body);
  }
  for (const variant of ['wide', 'narrow'] as Variant[]) {
    const svg = host.querySelector<SVGSVGElement>(`.ch-variant-${variant} svg`);
    if (!svg) continue;
    const g = layoutEncounters(data, { width: DESIGN_WIDTH[variant], variant, lang, idPrefix: `${id}-${variant}`, series });
    svg.innerHTML = renderEncountersInner(g);
    svg.setAttribute('data-plot', `${g.plot.y0} ${g.plot.y1}`);
  }
}
