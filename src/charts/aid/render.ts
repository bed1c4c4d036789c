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
      const fill = row.hatch ? `url(#${g.hatchId})` : undefined;
      // The 2-unit stub keeps the smallest amounts visible; the scale is otherwise exact.
      const bar =
        row.pct > 0
          ? el('rect', { x: 0, y: 1, width: `${r(row.pct)}%`, height: 12, class: row.cls, fill }) + el('rect', { x: 0, y: 1, width: 2, height: 12, class: row.cls, fill })
          : '';
      const pt = g.points[row.point];
      return `<div class="aid-row${row.depth ? ' aid-part' : ''}" data-point="${row.point}"${pt ? ` data-tip="${esc(tipText(pt))}"` : ''}><span class="aid-label">${esc(row.label)}</span><span class="aid-value">${esc(row.value)}</span><svg class="aid-bar" width="100%" height="14" aria-hidden="true" focusable="false">${bar}</svg></div>`;
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
