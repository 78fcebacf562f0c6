/**
 * Builds the site with its search index for the search tests, under the
 * base path `/ip-policy/` so they also prove the site works below a
 * sub-path. The pages come from the shared test build (tests/site/build-site.ts,
 * in the temporary folder, from the published data in public/data, which is
 * read and never rebuilt here); the Pagefind index is written into it.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { buildSite } from '../site/build-site.ts';

/** The base path the test site is built under. */
export const testBase = '/ip-policy/';

/** Writes the search index into a built site; `extra`: more environment (SEARCH_SHARD_CHARS). */
function writeIndex(dist: string, extra: Record<string, string> = {}): void {
  // Vitest exports Vite's own variables (BASE_URL, MODE, …) into process.env; the child must not inherit them.
  const vitestVars = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*)$/;
  const inherited = Object.entries(process.env).filter(([name]) => !vitestVars.test(name));
  const env = { ...Object.fromEntries(inherited), SITE_BASE: testBase, DIST_DIR: dist, ...extra };
  execFileSync('npx', ['tsx', 'scripts/search/build-index.ts'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Builds (or reuses) the site and writes its search index; returns the output folder. */
export function buildSearchSite(): string {
  const dist = buildSite({ name: 'search', base: testBase });
  writeIndex(dist);
  return dist;
}

/**
 * A copy of the search site whose index is written in parts of at most
 * `chars` content characters (as a large corpus is); returns its folder.
 */
export function buildSearchSiteInParts(dist: string, chars: number): string {
  const copy = `${dist}-parts`;
  rmSync(copy, { recursive: true, force: true });
  cpSync(dist, copy, { recursive: true });
  writeIndex(copy, { SEARCH_SHARD_CHARS: String(chars) });
  return copy;
}
