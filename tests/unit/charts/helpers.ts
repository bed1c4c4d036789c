/** Checks shared by the chart tests. */
import { expect } from 'vitest';

/** Every font-size in the markup, in SVG units. */
export function fontSizes(svg: string): number[] {
  return [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
}

/** The viewBox of the root <svg>. */
export function viewBox(svg: string): [number, number] {
  const m = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  expect(m).not.toBeNull();
  return [Number(m![1]), Number(m![2])];
}

/** Text content of every <text> (tspans joined). */
export function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim());
}
