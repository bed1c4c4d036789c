/**
 * CPU time of the child processes this process has waited for, in ms: the
 * cutime and cstime fields of /proc/self/stat (Linux; 0 elsewhere). Read before
 * and after a child runs, the difference is that child's CPU time, which moves
 * less than its wall time when other work shares the machine.
 */
import { readFileSync } from 'node:fs';

export function childrenCpuMs(): number {
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
