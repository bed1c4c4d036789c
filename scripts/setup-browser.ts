/**
 * npm run setup:browser (also the first step of npm test): makes sure a
 * Chromium is available for the browser tests. Uses Debian's Chromium when it
 * is installed, or Playwright's own when that is; otherwise installs Debian's
 * package where apt-get works on Debian, and Playwright's browser elsewhere
 * (Ubuntu's chromium package is only a snap wrapper, which headless tests
 * cannot use).
 */
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';

const system = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
if (system && !system.endsWith('-browser')) {
  console.log(`Chromium found at ${system}; nothing to do.`);
  process.exit(0);
}
let own = '';
try {
  own = chromium.executablePath();
} catch {
  own = '';
}
if (own && existsSync(own)) {
  console.log(`Playwright's Chromium found at ${own}; nothing to do.`);
  process.exit(0);
}

const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
const osRelease = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';
const isDebian = /^ID=("?)debian\1$/m.test(osRelease);
const isRoot = process.getuid?.() === 0;
if (isDebian && existsSync('/usr/bin/apt-get')) {
  const [cmd, ...pre] = isRoot ? ['apt-get'] : ['sudo', 'apt-get'];
  console.log("Installing Debian's Chromium for the browser tests…");
  if (run(cmd!, [...pre, 'update', '-qq']) && run(cmd!, [...pre, 'install', '-y', '-qq', 'chromium'])) process.exit(0);
  console.warn('apt-get could not install chromium; trying Playwright’s own browser.');
}
process.exit(run('npx', ['playwright', 'install', '--with-deps', 'chromium']) ? 0 : 1);
