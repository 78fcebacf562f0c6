/**
 * Builds the site with its search index for the search tests, under the
 * base path `/ip-policy/` so they also prove the site works below a
 * sub-path. The pages come from the shared test build (tests/site/build-site.ts,
 * in the temporary folder, from the published data in public/data, which is
 * read and never rebuilt here); the Pagefind index is written into it.
 */
import { execFileSync } from 'node:child_process';
import { buildSite } from '../site/build-site.ts';

/** The base path the test site is built under. */
export const testBase = '/ip-policy/';

/** Builds (or reuses) the site and writes its search index; returns the output folder. */
export function buildSearchSite(): string {
  const dist = buildSite({ name: 'search', base: testBase });
  // Vitest exports Vite's own variables (BASE_URL, MODE, …) into process.env; the child must not inherit them.
  const vitestVars = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*)$/;
  const inherited = Object.entries(process.env).filter(([name]) => !vitestVars.test(name));
  const env = { ...Object.fromEntries(inherited), SITE_BASE: testBase, DIST_DIR: dist };
  execFileSync('npx', ['tsx', 'scripts/search/build-index.ts'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  return dist;
}
