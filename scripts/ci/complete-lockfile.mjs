/**
 * Completes package-lock.json with the platform-specific optional packages
 * (e.g. @pagefind/darwin-arm64, @rollup/rollup-win32-x64-msvc) that the
 * registry mirror this project builds against does not serve. Without an
 * entry for each, `npm ci` refuses the lock file as out of sync; with one
 * (marked optional, with its os/cpu), `npm ci` skips it on other platforms.
 * Run after any dependency change: `npm run lock:complete`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const pk = lock.packages;
const osOf = (n) =>
  /darwin/.test(n)
    ? 'darwin'
    : /win32|windows/.test(n)
      ? 'win32'
      : /freebsd/.test(n)
        ? 'freebsd'
        : /openbsd/.test(n)
          ? 'openbsd'
          : /netbsd/.test(n)
            ? 'netbsd'
            : /android/.test(n)
              ? 'android'
              : /sunos/.test(n)
                ? 'sunos'
                : /aix/.test(n)
                  ? 'aix'
                  : /openharmony/.test(n)
                    ? 'openharmony'
                    : /linux/.test(n)
                      ? 'linux'
                      : null;
const cpuOf = (n) =>
  /arm64|aarch64/.test(n)
    ? 'arm64'
    : /x64|amd64/.test(n)
      ? 'x64'
      : /ia32|-x86|i386/.test(n)
        ? 'ia32'
        : /arm/.test(n)
          ? 'arm'
          : /riscv64/.test(n)
            ? 'riscv64'
            : /s390x/.test(n)
              ? 's390x'
              : /ppc64/.test(n)
                ? 'ppc64'
                : /loong64/.test(n)
                  ? 'loong64'
                  : /mips64el/.test(n)
                    ? 'mips64el'
                    : /wasm/.test(n)
                      ? 'wasm32'
                      : null;
let added = 0;
for (const [loc, entry] of Object.entries(pk)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const base = loc ? `${loc}/node_modules/${name}` : `node_modules/${name}`;
    if (pk[`node_modules/${name}`] || pk[base]) continue;
    const os = osOf(name),
      cpu = cpuOf(name);
    pk[`node_modules/${name}`] = {
      version: range.replace(/^[\^~]/, ''),
      optional: true,
      ...(os ? { os: [os] } : {}),
      ...(cpu ? { cpu: [cpu] } : {}),
    };
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(pk).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)),
);
writeFileSync('package-lock.json', JSON.stringify(lock, null, 2) + '\n');
console.log('added', added);
