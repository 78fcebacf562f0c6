/**
 * Builds the Pagefind index into `dist/pagefind/` from
 * `public/data/corpus.json` and `catalog.json`: one custom record per
 * clause and per table row, with the values of every facet as filters
 * (search-records.ts), its content in the one-token-per-character form of
 * `src/search/search-text.ts` so that quoted phrases find exactly what
 * Ctrl-F finds. Runs after `astro build` (`npm run build`).
 *
 * Every Pagefind call returns an `errors` array; any error stops the build
 * with the messages, and the Pagefind service is always closed.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { CustomRecord } from 'pagefind';
import { readPublished } from '../../src/data/published-data.ts';
import { recordFilters, searchRecords, type SearchRecord } from '../../src/search/search-records.ts';
import { encodeTokens } from '../../src/search/search-text.ts';

const outputPath = join(process.env.DIST_DIR ?? 'dist', 'pagefind');
const base = (process.env.SITE_BASE ?? '/').replace(/\/?$/, '/');

function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
}

/** The Pagefind record of one searchable unit. */
export function toCustomRecord(record: SearchRecord, sitePrefix = base): CustomRecord {
  const meta: Record<string, string> = {
    title: record.label,
    id: record.id,
    doc: record.docId,
    anchor: record.anchor,
    kind: record.kind,
    path: record.path,
    themes: record.themes.join(' '),
    objects: record.objects.join(' '),
  };
  if (record.original !== null) meta.original = record.original;
  return {
    // Unique per record (Pagefind merges records that share a URL); the link uses meta.anchor.
    url: `${sitePrefix}documents/${record.docId}/#${record.id}`,
    content: encodeTokens(record.text),
    language: 'zh-cn',
    meta,
    filters: recordFilters(record),
    // Zero-padded so that Pagefind's string sort is reading order.
    sort: { rank: String(record.rank).padStart(7, '0') },
  };
}

async function main(): Promise<void> {
  const started = performance.now();
  // Both read from DATA_DIR (default public/data), checked against their schemas.
  const records = searchRecords(readPublished('corpus'), readPublished('catalog'));
  try {
    const { errors, index } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
    check('createIndex', errors);
    if (!index) throw new Error('Pagefind createIndex returned no index');
    for (const record of records) {
      const added = await index.addCustomRecord(toCustomRecord(record));
      check(`addCustomRecord ${record.id}`, added.errors);
    }
    const written = await index.writeFiles({ outputPath });
    check('writeFiles', written.errors);
    const ms = Math.round(performance.now() - started);
    console.log(`Search index: ${records.length} records → ${written.outputPath} (${ms} ms)`);
  } finally {
    await pagefind.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
