/**
 * npm run setup:browser: makes sure a Chromium is available for the browser
 * tests. Uses Debian's Chromium when it is installed (or installs it with
 * apt-get where that is possible); otherwise downloads Playwright's own.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const system = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
if (system) {
  console.log(`Chromium found at ${system}; nothing to do.`);
  process.exit(0);
}

const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
const canApt = existsSync('/usr/bin/apt-get');
const isRoot = process.getuid?.() === 0;
if (canApt) {
  const [cmd, ...pre] = isRoot ? ['apt-get'] : ['sudo', 'apt-get'];
  console.log("Installing Debian's Chromium for the browser tests…");
  if (run(cmd!, [...pre, 'update', '-qq']) && run(cmd!, [...pre, 'install', '-y', '-qq', 'chromium'])) process.exit(0);
  console.warn('apt-get could not install chromium; trying Playwright’s own browser.');
}
process.exit(run('npx', ['playwright', 'install', 'chromium']) ? 0 : 1);
