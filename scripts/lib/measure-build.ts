/**
 * Builds one Astro project in this process and prints, as JSON on the last
 * line, the wall time, the CPU time and the peak resident memory of the build.
 * CPU time counts every thread of this process and the child processes it
 * waited for (the search indexer), so it moves less than wall time when other
 * work shares the machine.
 * Usage: node scripts/lib/measure-build.ts <project-root>
 */
import { build } from 'astro';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** CPU time of finished child processes, in ms (cutime + cstime of /proc/self/stat; 0 where there is no /proc). */
function childrenCpuMs(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // Fields after the command name (which may hold spaces) start at field 3.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[13]) + Number(fields[14]);
    return Number.isFinite(ticks) ? ticks * 10 : 0; // USER_HZ is 100 on Linux
  } catch {
    return 0;
  }
}

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
