/**
 * Labels never overlap and are never dropped: every chart kind with an SVG
 * layout is drawn with the real data at the widths of 320, 375, 768 and
 * 1280 px screens, in both languages. Each must-show label of the definition
 * (the trip, the peak, the end values, zero, the ends of the axes) is printed
 * whole, and no label overlaps another label, a bar, the trip band or the
 * data line. Chromium checks the real text boxes too (tests/e2e/labels.spec.ts).
 */
import { describe, expect, it } from 'vitest';
import { CHARTS } from '../../../src/charts/registry.ts';
import { getDataset } from '../../../src/lib/data.ts';
import { overlaps, crossesPolyline } from '../../../src/charts/core/geometry.ts';
import { readSvg } from './svg-boxes.ts';

/** Chart width (px) on each screen width: the article column less its padding. */
export const CHART_WIDTH = { 320: 288, 375: 343, 768: 704, 1280: 736 } as const;
const MARKS = /org-bar|vax-|enc-trip-band|ch-trip-band/;

const cases = CHARTS.filter((c) => c.draw).flatMap((def) => {
  const variants: Record<string, unknown>[] = def.kind === 'encounters' ? [{ series: 'all' }, { series: 'children' }] : [{}];
  return variants.flatMap((attrs) => (['en', 'es'] as const).flatMap((lang) => Object.entries(CHART_WIDTH).map(([screen, width]) => ({ def, attrs, lang, screen, width }))));
});

describe.each(cases.map((c) => [`${c.def.kind}${c.attrs['series'] ? `/${c.attrs['series']}` : ''} ${c.lang} at ${c.screen} px`, c] as const))('%s', (_name, { def, attrs, lang, width }) => {
  const drawn = def.draw!({ lang, width, props: def.props(attrs), data: def.tag.datasets.map((d) => getDataset(d)) });
  const { texts, words, rects, lines } = readSvg(drawn.svg);

  it('prints every must-show label whole', () => {
    const all = [...texts.map((t) => t.text), ...words];
    expect(drawn.mustShow.length).toBeGreaterThan(2);
    // A label may be set on two lines ("Jun 2021 level:" / "178,650"); it still shows whole.
    for (const m of drawn.mustShow) expect(all, `"${m}"`).toContain(m);
    expect(all.filter((t) => t.endsWith('…'))).toEqual([]);
  });

  it('keeps labels inside the chart and off each other, the bars, the trip band and the line', () => {
    const bad: string[] = [];
    texts.forEach((a, i) => {
      if (a.x < -0.5 || a.x + a.w > width + 0.5) bad.push(`"${a.text}" leaves the chart`);
      texts.slice(i + 1).forEach((b) => {
        if (overlaps(a, b, 0)) bad.push(`"${a.text}" overlaps "${b.text}"`);
      });
      for (const r of rects) if (MARKS.test(r.cls) && overlaps(a, r, 0)) bad.push(`"${a.text}" overlaps a ${r.cls} mark`);
      for (const l of lines) if (crossesPolyline(l, a, 0)) bad.push(`"${a.text}" crosses the line`);
    });
    expect(bad).toEqual([]);
  });
});
