/**
 * Publishes a data folder beside the built pages, as Astro publishes
 * public/data: `<site>/data` is replaced by a copy of `<data>`. The
 * end-to-end benchmark builds its corpus outside public/, so it copies the
 * data in this step.
 *
 *   tsx scripts/bench/publish-data.ts <data> <site>/data
 */
import { cpSync, rmSync } from 'node:fs';

const [from, to] = process.argv.slice(2);
if (!from || !to) {
  console.error('Usage: tsx scripts/bench/publish-data.ts <data folder> <site>/data');
  process.exit(2);
}
rmSync(to, { recursive: true, force: true });
cpSync(from, to, { recursive: true });
