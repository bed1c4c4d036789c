import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every embed page in the build, in both languages, as a path. */
export function embedPaths(): string[] {
  const out: string[] = [];
  for (const [dir, prefix] of [['dist/embed', '/embed/'], ['dist/es/embed', '/es/embed/']] as const) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir, { withFileTypes: true })) if (name.isDirectory() && existsSync(join(dir, name.name, 'index.html'))) out.push(`${prefix}${name.name}/`);
  }
  return out.sort();
}
