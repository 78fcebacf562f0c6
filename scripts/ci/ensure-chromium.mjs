/**
 * Makes sure the browser tests have a Chromium before `npm test` starts them.
 *
 * The tests drive Debian's `chromium` (playwright cannot download browsers
 * here). Where it is missing and this is root on a machine with apt, it is
 * installed; otherwise the command stops at once with the line to run,
 * instead of letting every browser test fail minutes later.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const install = 'apt-get update && apt-get install -y chromium';
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;

if (process.env.CHROMIUM_PATH || !isRoot || !hasApt) {
  console.error(
    `The browser tests need Chromium at ${path}, and it is not there.\n` +
      (process.env.CHROMIUM_PATH
        ? 'Point CHROMIUM_PATH at a Chromium or Chrome executable.\n'
        : `Install it first (as root on Debian or Ubuntu):\n\n  ${install}\n\n` +
          'or point CHROMIUM_PATH at a Chromium or Chrome executable.\n'),
  );
  process.exit(1);
}

console.error(`Chromium is missing; installing it (${install}) …`);
const run = spawnSync(
  'sh',
  ['-c', `${install.replace('apt-get install', 'DEBIAN_FRONTEND=noninteractive apt-get install')} >/dev/null`],
  {
    stdio: ['ignore', 'inherit', 'inherit'],
  },
);
if (run.status !== 0 || !existsSync(path)) {
  console.error(`Installing Chromium failed (exit ${run.status}). Run it by hand:\n\n  ${install}\n`);
  process.exit(1);
}
console.error(`Chromium installed at ${path}.`);
