/**
 * Builds one Astro project in this process and prints, as JSON on the last
 * line, the wall time and the peak resident memory of the build.
 * Usage: node scripts/lib/measure-build.ts <project-root>
 */
import { build } from 'astro';
import { resolve } from 'node:path';

const root = resolve(process.argv[2] ?? '.');
process.chdir(root);
const start = performance.now();
await build({ root, logLevel: 'error' });
const ms = performance.now() - start;
// maxRSS is in kilobytes on Linux.
console.log(JSON.stringify({ ms: Math.round(ms), peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
