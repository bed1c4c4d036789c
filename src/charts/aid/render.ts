/**
 * Aid chart: geometry -> markup (server only; the island only adds
 * interaction). HTML rows for the words, one small SVG per bar whose rect
 * width is a percentage, so the bars stay to scale at any width.
 */
import { el, esc, r, tipText } from '../core/svg.ts';
import { hatch } from '../core/legend.ts';
import type { AidGeometry } from './layout.ts';

export interface AidRefs {
  labelledby?: string | undefined;
  describedby?: string | undefined;
}

export function renderAid(g: AidGeometry, refs: AidRefs = {}): string {
  const defs = `<svg class="aid-defs" width="0" height="0" aria-hidden="true" focusable="false"><defs>${hatch(g.hatchId, 'aid-hatch-line', 'aid-hatch-bg')}</defs></svg>`;
  const rows = g.rows
    .map((row) => {
      if (row.kind === 'head') return `${row.rule ? '<hr class="aid-rule">' : ''}<p class="${esc(row.cls)}">${esc(row.text)}</p>`;
      if (row.kind === 'axis') {
        // Zero at the left edge, the panel's round maximum at the right; the end labels are anchored inside the row.
        const last = row.ticks.length - 1;
        const ticks = row.ticks
          .map((t, k) => {
            const anchor = k === 0 ? 'start' : k === last && t.pct >= 99.9 ? 'end' : 'middle';
            return el('line', { x1: `${r(t.pct)}%`, x2: `${r(t.pct)}%`, y1: 0, y2: 4, class: 'aid-tick' }) + el('text', { x: `${r(t.pct)}%`, y: 15, 'text-anchor': anchor, class: 'aid-tick-label' }, esc(t.label));
          })
          .join('');
        return `<div class="aid-axis" aria-hidden="true"><svg class="aid-axis-svg" width="100%" height="18" focusable="false">${el('line', { x1: 0, x2: '100%', y1: 0.5, y2: 0.5, class: 'aid-baseline' })}${ticks}</svg></div>`;
      }
      const fill = row.hatch ? `url(#${g.hatchId})` : undefined;
      // The 2-unit stub keeps the smallest amounts visible; the scale is otherwise exact.
      const bar =
        row.pct > 0
          ? el('rect', { x: 0, y: 0.5, width: `${r(row.pct)}%`, height: 10, class: row.cls, fill }) + el('rect', { x: 0, y: 0.5, width: 2, height: 10, class: row.cls, fill })
          : '';
      const pt = g.points[row.point];
      return `<div class="aid-row${row.depth ? ' aid-part' : ''}" data-point="${row.point}"${pt ? ` data-tip="${esc(tipText(pt))}"` : ''}><span class="aid-label">${esc(row.label)}</span><span class="aid-value">${esc(row.value)}</span><svg class="aid-bar" width="100%" height="11" aria-hidden="true" focusable="false">${bar}</svg></div>`;
    })
    .join('');
  const a = [
    `role="img"`,
    refs.labelledby ? `aria-labelledby="${esc(refs.labelledby)}"` : '',
    refs.describedby ? `aria-describedby="${esc(refs.describedby)}"` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return `<div class="aid-list" ${a}>${defs}${rows}</div>`;
}
