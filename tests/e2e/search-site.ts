/**
 * Builds the site with its search index once per test run into
 * `node_modules/.cache/search-e2e/` (git-ignored) under the base path `/ip-policy/`, so the search
 * tests also prove the site works below a sub-path.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** The base path the test site is built under. */
export const testBase = '/ip-policy/';

/** Output folder of the test build. */
export const testDist = join(process.cwd(), 'node_modules', '.cache', 'search-e2e');

/** Builds corpus, site and search index for the tests (about 10 s). */
export function buildSearchSite(): void {
  // Vitest exports Vite's own variables (BASE_URL, MODE, …) into process.env;
  // the Astro build would take them over, so they are left out.
  const vitestVars = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*)$/;
  const inherited = Object.entries(process.env).filter(([name]) => !vitestVars.test(name));
  const env = { ...Object.fromEntries(inherited), SITE_BASE: testBase, DIST_DIR: testDist };
  const run = (args: string[]): void => {
    execFileSync('npx', args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
  };
  run(['tsx', 'scripts/pipeline.ts']);
  run(['astro', 'build', '--outDir', testDist]);
  run(['tsx', 'scripts/search/build-index.ts']);
}
