/**
 * Builds the Pagefind index into `dist/pagefind/` from
 * `public/data/corpus.json`: one custom record per clause and per table
 * row, its content in the one-token-per-character form of
 * `src/lib/search-text.ts` so that quoted phrases find exactly what Ctrl-F
 * finds. Runs after `astro build` (`npm run build`).
 *
 * Every Pagefind call returns an `errors` array; any error stops the build
 * with the messages, and the Pagefind service is always closed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { CustomRecord } from 'pagefind';
import { searchRecords, type SearchRecord } from '../../src/search/search-records.ts';
import { encodeTokens } from '../../src/search/search-text.ts';
import type { Corpus } from '../../src/model/types.ts';

const dataDir = process.env.DATA_DIR ?? 'public/data';
const outputPath = join(process.env.DIST_DIR ?? 'dist', 'pagefind');
const base = (process.env.SITE_BASE ?? '/').replace(/\/?$/, '/');

function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
}

/** The Pagefind record of one searchable unit. */
export function toCustomRecord(record: SearchRecord, sitePrefix = base): CustomRecord {
  const meta: Record<string, string> = {
    title: record.title,
    id: record.id,
    doc: record.docId,
    anchor: record.anchor,
    kind: record.kind,
    city: record.city,
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
    filters: { city: [record.city], theme: record.themes, object: record.objects, genre: [record.genre] },
    // Zero-padded so that Pagefind's string sort is reading order.
    sort: { rank: String(record.rank).padStart(7, '0') },
  };
}

async function main(): Promise<void> {
  const started = performance.now();
  const corpus = JSON.parse(readFileSync(join(dataDir, 'corpus.json'), 'utf8')) as Corpus;
  const records = searchRecords(corpus);
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
