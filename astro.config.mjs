// @ts-check
import { defineConfig } from 'astro/config';

// The site can live under a sub-path of a static host: set SITE_BASE=/ip-policy/
// (one setting; every link, asset and data file goes through it).
const base = process.env.SITE_BASE ?? '/';
// Tests build several variants side by side: SITE_OUT_DIR picks the output folder.
const outDir = process.env.SITE_OUT_DIR ?? './dist';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://example.org',
  base,
  outDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  output: 'static',
});
