/**
 * Imports run one way: pages -> views -> layouts -> components and charts -> lib.
 * Within the middle layer, components may use charts (the MDX map does), but
 * nothing in charts imports a component. Every relative import in src/ is read
 * and checked against that order.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const SRC = resolve('src');
const RANK: Record<string, number> = { pages: 5, views: 4, layouts: 3, components: 2, charts: 2, lib: 1 };

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|astro|mjs)$/.test(n) ? [p] : [];
  });
}

/** The layer of a file in src/ ("pages", "lib", ...), or undefined for files outside the layers. */
function layerOf(file: string): string | undefined {
  const top = relative(SRC, file).split(sep)[0];
  return top && top in RANK ? top : undefined;
}

/** Relative specifiers a file imports (static, side-effect, dynamic, glob). */
export function importsOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?:^|[\s;])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]/g)) out.push(m[1]!);
  for (const m of text.matchAll(/(?:^|[\s;])import\s*['"]([^'"]+)['"]/g)) out.push(m[1]!);
  for (const m of text.matchAll(/import(?:\.meta\.glob(?:<[^>]*>)?)?\(\s*['"`]([^'"`]+)['"`]/g)) out.push(m[1]!);
  return out.filter((s) => s.startsWith('.'));
}

/** Why an import from `from` to `to` breaks the order, or null when it is fine. */
export function wrongWay(from: string, to: string): string | null {
  const a = layerOf(from);
  const b = layerOf(to);
  if (!a || !b || a === b) return null;
  if (a === 'charts' && b === 'components') return 'charts never import components';
  if (RANK[a]! < RANK[b]!) return `${a} must not import ${b}`;
  return null;
}

describe('import direction', () => {
  it('knows the wrong way from the right way', () => {
    const f = (p: string) => join(SRC, p);
    expect(wrongWay(f('lib/data.ts'), f('charts/registry.ts'))).toBe('lib must not import charts');
    expect(wrongWay(f('charts/frame/Chart.astro'), f('components/Num.astro'))).toBe('charts never import components');
    expect(wrongWay(f('layouts/BaseLayout.astro'), f('views/HomePage.astro'))).toBe('layouts must not import views');
    expect(wrongWay(f('pages/index.astro'), f('views/HomePage.astro'))).toBeNull();
    expect(wrongWay(f('components/mdx.ts'), f('charts/frame/tags.ts'))).toBeNull();
    expect(importsOf(`import a from './a.ts';\nimport './b.ts';\nconst c = import.meta.glob('../../*/island.ts');\nimport('../d.ts');\nimport x from 'd3-scale';`)).toEqual(['./a.ts', './b.ts', '../../*/island.ts', '../d.ts']);
  });

  it('holds for every file in src/', () => {
    const bad: string[] = [];
    for (const file of files(SRC)) {
      for (const spec of importsOf(readFileSync(file, 'utf8'))) {
        const target = resolve(dirname(file), spec);
        const why = wrongWay(file, target);
        if (why) bad.push(`${relative(SRC, file)} imports ${spec}: ${why}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
