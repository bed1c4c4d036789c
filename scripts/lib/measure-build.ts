/**
 * Builds one Astro project in this process and prints, as JSON on the last
 * line, the wall time, the CPU time and the peak resident memory of the build.
 * CPU time counts every thread of this process and the child processes it
 * waited for (the search indexer), so it moves less than wall time when other
 * work shares the machine.
 * Usage: node scripts/lib/measure-build.ts <project-root>
 */
import { build } from 'astro';
import { resolve } from 'node:path';
import { childrenCpuMs } from './cpu.ts';

const root = resolve(process.argv[2] ?? '.');
process.chdir(root);
const cpu0 = process.cpuUsage();
const children0 = childrenCpuMs();
const start = performance.now();
await build({ root, logLevel: 'error' });
const ms = performance.now() - start;
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000 + (childrenCpuMs() - children0);
// maxRSS is in kilobytes on Linux.
console.log(JSON.stringify({ ms: Math.round(ms), cpuMs: Math.round(cpuMs), peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
