import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { woffToSfnt, chartSvgStyles } from '../../src/lib/chart-images.ts';
import { exportChartSvg, wrap } from '../../src/charts/frame/export.ts';
import { WORDS } from '../../src/charts/frame/island/copy.ts';
import { t } from '../../src/lib/i18n.ts';

describe('chart images', () => {
  it('unwraps a bundled WOFF into an OpenType font with the same tables', () => {
    const woff = readFileSync(join(process.cwd(), 'src/assets/fonts/source-sans-3-latin-400-normal.woff'));
    const otf = woffToSfnt(woff);
    expect(otf.readUInt32BE(0)).toBe(woff.readUInt32BE(4));
    expect(otf.readUInt16BE(4)).toBe(woff.readUInt16BE(12));
    expect(otf.length).toBe(woff.readUInt32BE(16));
    expect(() => woffToSfnt(otf)).toThrow(/WOFF/);
  });

  it('writes the theme’s colours into the chart styles', () => {
    const css = chartSvgStyles();
    expect(css).toContain('.enc-line');
    expect(css).not.toContain('var(--');
    expect(css).not.toContain('@media');
  });

  it('wraps words within the width and keeps them all', () => {
    const text = 'Encounters in June 2021, the month of the trip, were the most since March 2000';
    const lines = wrap(text, 300, 20);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(Math.floor(300 / (20 * 0.54)));
  });

  it('lays the title, the chart and the source line out in one SVG that resvg can draw', () => {
    const out = exportChartSvg({
      siteName: 'Root Causes',
      title: 'A title & more',
      takeaway: 'One sentence.',
      surface: { wide: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 300" class="ch-svg" role="img"><rect class="org-bar" width="10" height="10"/></svg>', narrow: '' },
      source: 'Source: A publisher',
      url: 'https://example.org/x/#chart-x',
      styles: '.org-bar{fill:#1f5fa6}',
      theme: { bg: '#fff', fg: '#000', muted: '#555', rule: '#ccc' },
    });
    expect(out.width).toBe(688);
    expect(out.svg).toContain('<title>A title &amp; more</title>');
    expect(out.svg).not.toContain('role="img"');
    const img = new Resvg(out.svg, { font: { loadSystemFonts: false } }).render();
    expect(img.width).toBe(out.width);
    expect(img.height).toBe(out.height);
    expect(out.height).toBeGreaterThan(300 + 60);
  });

  it('draws a list chart’s rows to scale', () => {
    const body =
      '<p class="aid-head">Part one</p><div class="aid-row" data-point="0"><span class="aid-label">Item</span><span class="aid-value">$48 million</span><svg class="aid-bar" width="100%" height="14"><rect x="0" y="1" width="50%" height="12" class="aid-announced"/></svg></div>';
    const out = exportChartSvg({ siteName: 'S', title: 'T', takeaway: '', surface: { body }, source: 'Source: P', url: 'u', styles: '', theme: { bg: '#fff', fg: '#000', muted: '#555', rule: '#ccc' } });
    expect(out.svg).toContain('>Part one</text>');
    expect(out.svg).toContain('>$48 million</text>');
    expect(out.svg).toContain(`width="${(640 * 50) / 100}"`);
  });
});

describe('copy buttons', () => {
  it('say the same words as the interface tables', () => {
    for (const lang of ['en', 'es'] as const) {
      expect(WORDS[lang].ok).toBe(t(lang, 'chart.copied'));
      expect(WORDS[lang].fail).toBe(t(lang, 'chart.copyFailed'));
    }
  });
});
