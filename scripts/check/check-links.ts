/**
 * Checks every internal link and #anchor of a built site and exits 1 on
 * any broken one.
 *
 *   npx tsx scripts/check/check-links.ts [distDir] [--base /ip-policy/]
 *
 * The base defaults to SITE_BASE (as astro.config.mjs reads it) or `/`.
 */
import { findBrokenLinks } from './find-broken-links.ts';

const args = process.argv.slice(2);
const baseAt = args.indexOf('--base');
const base = baseAt >= 0 ? args.splice(baseAt, 2)[1] : (process.env.SITE_BASE ?? '/');
const distDir = args[0] ?? 'dist';
const report = findBrokenLinks(distDir, base.endsWith('/') ? base : `${base}/`);
for (const b of report.broken) console.error(`${b.page}: ${b.link} — ${b.reason}`);
console.log(`${report.pages} pages, ${report.checked} internal links checked, ${report.broken.length} broken`);
process.exit(report.broken.length ? 1 : 0);
