/**
 * The corpus build on one screen: content → corpus → published data.
 * Each step is one line; reorder or add a step here.
 *
 *   npm run build:corpus
 */
import { reporter } from 'vfile-reporter';
import { buildCorpus } from '../src/pipeline/corpus.ts';
import { writeCorpusData } from '../src/pipeline/export/write.ts';
import { tagCorpus } from '../src/pipeline/tag/tag-corpus.ts';
import { writeAlignment } from '../src/pipeline/align/write-alignment.ts';

const contentDir = process.env.CONTENT_DIR ?? 'content';
const outDir = process.env.DATA_DIR ?? 'public/data';
const started = Date.now();
const progress = (stage: string) => (done: number, total: number, id: string) =>
  process.stderr.write(`\r[${stage}] ${done}/${total} ${id} · ${((Date.now() - started) / 1000).toFixed(1)}s   `);

const run = buildCorpus(contentDir, { onDocument: progress('corpus') }); // decode → repair → simplify → normalize → structure → conserve
process.stderr.write('\n');
const report = reporter(run.files, { quiet: true });
if (report) console.error(report);
if (run.failed) {
  console.error('Corpus build failed: fix the problems above (file:line:column).');
  process.exit(1);
}
tagCorpus(run.corpus); // themes and IP objects, with evidence
writeAlignment(run.corpus, outDir); // counterparts of every clause in other cities, shared phrases → alignment.json
const written = writeCorpusData(run.corpus, outDir); // corpus.json, clauses.csv, markdown/
console.log(`Corpus: ${run.corpus.documents.length} documents, ${run.corpus.documents.reduce((n, d) => n + d.stats.clauses, 0)} clauses → ${written.length} files in ${outDir} (${Date.now() - started} ms)`);
