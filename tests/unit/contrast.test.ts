import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';

/** The colour tokens of :root, light and dark, read from the stylesheet itself. */
function tokens(): { light: Record<string, string>; dark: Record<string, string> } {
  const css = readFileSync('src/styles/global.css', 'utf8');
  const read = (block: string) => Object.fromEntries([...block.matchAll(/--([a-z0-9-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
  const light = read(/:root\s*\{([\s\S]*?)\}/.exec(css)![1]!);
  const dark = read(/@media \(prefers-color-scheme: dark\)\s*\{\s*:root\s*\{([\s\S]*?)\}/.exec(css)![1]!);
  return { light, dark };
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const MARKS = ['chart-1', 'chart-2', 'chart-3', 'chart-4', 'chart-5', 'chart-highlight', 'chart-axis', 'accent'];
const TEXT = ['fg', 'muted', 'accent', 'chart-text', 'warn-fg'];

describe('colour contrast of the design tokens', () => {
  it('computes contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
  for (const scheme of ['light', 'dark'] as const) {
    const t = tokens()[scheme];
    it(`${scheme}: every token is defined`, () => {
      for (const k of [...MARKS, ...TEXT, 'bg', 'surface', 'chart-bg']) expect(t[k], k).toMatch(/^#[0-9a-f]{6}$/);
    });
    for (const k of MARKS) {
      it(`${scheme}: chart mark ${k} reaches 3:1 against the chart background`, () => {
        expect(contrast(t[k]!, t['chart-bg']!)).toBeGreaterThanOrEqual(3);
      });
    }
    for (const k of TEXT) {
      it(`${scheme}: text ${k} reaches 4.5:1 against the page and surface backgrounds`, () => {
        const bgs = k === 'warn-fg' ? [t['warn-bg']!] : [t['bg']!, t['surface']!, t['chart-bg']!];
        for (const bg of bgs) expect(contrast(t[k]!, bg)).toBeGreaterThanOrEqual(4.5);
      });
    }
  }
});
