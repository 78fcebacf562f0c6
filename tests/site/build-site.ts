/**
 * Builds the site for tests: `astro build` into a temporary folder with a
 * given base path and corpus folder. Builds of the same variant are shared
 * between test files (a lock keeps two from running at once in one project;
 * a build is reused only while it is newer than every source file, the
 * method text included).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
// Astro builds of one checkout share its `.astro/` folder, so the lock lives in the checkout, not in the temp dir.
const lockDir = join(root, 'node_modules', '.site-build.lock');

/** A site variant to build. */
export interface SiteVariant {
  /** A short name for the output folder. */
  name: string;
  /** Base path, e.g. `/` or `/ip-policy/`. */
  base: string;
  /** Folder with the corpus.json the pages read (defaults to public/data). */
  dataDir?: string;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function newestInput(dataDir: string): number {
  const files = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' }).map((f) => join(root, 'src', f));
  files.push(join(root, 'astro.config.mjs'), join(root, 'docs', 'method.md'), join(dataDir, 'catalog.json'));
  return Math.max(...files.map((f) => statSync(f).mtimeMs));
}

/** Builds the corpus into public/data when it is missing. */
export function ensureCorpus(): void {
  if (existsSync(join(root, 'public/data/corpus.json'))) return;
  const run = spawnSync('npx', ['tsx', 'scripts/pipeline.ts'], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`Corpus build failed:\n${run.stderr}`);
}

/** Builds (or reuses) a variant and returns its output folder. */
export function buildSite(variant: SiteVariant): string {
  ensureCorpus();
  const dataDir = resolve(root, variant.dataDir ?? 'public/data');
  const outDir = join(tmpdir(), `ip-policy-site-${variant.name}`);
  const marker = join(outDir, '.built');
  for (let waited = 0; ; waited += 200) {
    try {
      mkdirSync(lockDir);
      break;
    } catch {
      if (waited > 240_000) throw new Error(`Build lock ${lockDir} held too long; remove it if no build is running`);
      sleep(200);
    }
  }
  try {
    if (existsSync(marker) && statSync(marker).mtimeMs > newestInput(dataDir)) return outDir;
    rmSync(outDir, { recursive: true, force: true });
    // Vitest puts Vite's own variables (BASE_URL, MODE, NODE_ENV=test …) into
    // process.env; a child build must not inherit them or it ignores the base.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(key)),
    );
    const run = spawnSync('npx', ['astro', 'build'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...env, SITE_BASE: variant.base, SITE_OUT_DIR: outDir, DATA_DIR: dataDir },
    });
    if (run.status !== 0) throw new Error(`astro build failed:\n${run.stdout}\n${run.stderr}`);
    writeFileSync(marker, variant.base);
    return outDir;
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}
