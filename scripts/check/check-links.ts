/**
 * Checks every internal link and #anchor of a built site, and that every
 * page can be reached by links from the home page; exits 1 on any broken
 * link or unreachable page.
 *
 *   npx tsx scripts/check/check-links.ts [distDir] [--base /ip-policy/]
 *
 * The base defaults to SITE_BASE (as astro.config.mjs reads it) or `/`.
 */
import { findBrokenLinks } from './find-broken-links.ts';
import { findUnreachablePages } from './find-unreachable-pages.ts';

const args = process.argv.slice(2);
const baseAt = args.indexOf('--base');
const base = baseAt >= 0 ? args.splice(baseAt, 2)[1] : (process.env.SITE_BASE ?? '/');
const distDir = args[0] ?? 'dist';
const basePath = base.endsWith('/') ? base : `${base}/`;
const report = findBrokenLinks(distDir, basePath);
for (const b of report.broken) console.error(`${b.page}: ${b.link} — ${b.reason}`);
// The compare page's columns are fragments it loads by script, not pages to read.
const unreachable = findUnreachablePages(distDir, basePath, (page) => page.startsWith('compare/columns/'));
for (const page of unreachable)
  console.error(`${page}: Unexpected page no link from the home page reaches; link it from a page that lists its kind`);
console.log(
  `${report.pages} pages, ${report.checked} internal links checked, ${report.broken.length} broken, ${unreachable.length} unreachable`,
);
process.exit(report.broken.length || unreachable.length ? 1 : 0);
