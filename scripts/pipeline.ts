/**
 * The corpus build on one screen: content → corpus → published data.
 * Each step is one line; reorder or add a step here.
 *
 *   npm run build:corpus            (CONTENT_DIR, DATA_DIR override the folders)
 */
import { reporter } from 'vfile-reporter';
import { buildCorpus } from '../src/pipeline/corpus.ts';
import { writeCorpusData } from '../src/pipeline/export/write.ts';
import { tagCorpus } from '../src/pipeline/tag/tag-corpus.ts';
import { labelCorpus } from '../src/pipeline/tag/label-corpus.ts';
import { writeTargetData } from '../src/pipeline/targets/write-data.ts';
import { writeMatrixCsvs } from '../src/pipeline/export/instrument-matrix-csv.ts';
import { writeAlignment } from '../src/pipeline/align/write-alignment.ts';
import { writeCatalog } from '../src/pipeline/export/catalog.ts';
import { traceUpstream } from '../src/pipeline/align/upstream.ts';
import { writeUpstream, writeVersions } from '../src/pipeline/align/write-upstream.ts';
import { compareWorks } from '../src/pipeline/align/versions.ts';
import { writeCodeShards } from '../src/pipeline/export/cite-codes.ts';
import { writeCitations } from '../src/pipeline/references/write-citations.ts';
import { createProgress } from './corpus/progress.ts';

const contentDir = process.env.CONTENT_DIR ?? 'content';
const outDir = process.env.DATA_DIR ?? 'public/data';
const progress = createProgress();

const run = buildCorpus(contentDir, { onDocument: progress.update }); // decode → repair → simplify → normalize → structure → conserve
progress.stage('corpus', `${run.corpus.documents.length} documents`);
const report = reporter(run.files, { quiet: true });
if (report) console.error(report);
if (run.failed) {
  console.error('Corpus build failed: fix the problems above (file:line:column).');
  process.exit(1);
}
progress.begin('tag');
tagCorpus(run.corpus, { onDocument: progress.update }); // themes and IP objects, with evidence
progress.stage('tag');
progress.begin('learn');
const learned = labelCorpus(run.corpus); // the decision: models trained from tests/gold, each label with its probability and signals
progress.stage(
  'learn',
  `${learned.learned.length} label sets learned in ${(learned.trainingMs / 1000).toFixed(1)} s${learned.rulesOnly.length ? `; rules only: ${learned.rulesOnly.join(', ')}` : ''}`,
);
progress.begin('align');
const alignmentFiles = writeAlignment(run.corpus, outDir, {
  onStep: progress.step,
  onClause: (done, total, id) => progress.update(done, total, id, '条'),
}); // counterparts in other documents → align/<id>.json, phrases.json, text/<id>.json
const upstream = traceUpstream(run.corpus); // each local clause's national sources: 照搬 / 改写 / 本地
alignmentFiles.push(...writeUpstream(upstream, outDir)); // upstream/<id>.json
alignmentFiles.push(...writeVersions(compareWorks(run.corpus), outDir)); // versions/<work>.json: 对照版 of documents sharing a work id
progress.stage('align');
progress.begin('export');
const written = [...alignmentFiles, ...writeCorpusData(run.corpus, outDir, { onDocument: progress.update, upstream })]; // corpus.json, clauses.csv, markdown/
written.push(...writeTargetData(run.corpus, outDir, contentDir)); // targets.json, targets.csv, agencies.json
written.push(...writeMatrixCsvs(run.corpus, outDir, contentDir)); // instrument-matrix.csv, instrument-matrix/<id>.csv: instrument × IP chain
written.push(writeCatalog(run.corpus, outDir, contentDir)); // catalog.json: documents with labels, the jurisdiction tree, the taxonomy
written.push(...writeCodeShards(run.corpus, outDir)); // cite/<c>.json: 引证码 → clause, checked unique
written.push(...writeCitations(run.corpus, outDir)); // citations.json, citations.csv: every reference of a clause, resolved to the version in force
progress.stage('export', `${written.length} files`);
console.log(
  `Corpus: ${run.corpus.documents.length} documents, ${run.corpus.documents.reduce((n, d) => n + d.stats.clauses, 0)} clauses → ${written.length} files in ${outDir}`,
);
