/**
 * Runs the policy-instrument evaluation end to end: builds and tags the
 * corpus from `content/`, then scores it against the hand-coded gold set
 * (`instrument-scores.ts`). Targets apply on all gold clauses. Used by
 * `npm run eval:instruments` and by the test suite.
 */
import { clausesOf } from '../model/walk.ts';
import { buildCorpus } from '../pipeline/corpus.ts';
import { loadTaxonomy } from '../pipeline/tag/load-taxonomy.ts';
import { createTagger, tagCorpus } from '../pipeline/tag/tag-corpus.ts';
import { evalGenre } from './evaluate-labels.ts';
import { scoreInstruments, type InstrumentEvaluation, type TaggedClause } from './instrument-scores.ts';

export {
  cohenKappa,
  groups,
  loadInstrumentGold,
  targets,
  type InstrumentEvaluation,
  type InstrumentGold,
  type InstrumentReport,
  type InstrumentReports,
  type StrengthReport,
} from './instrument-scores.ts';

/** Builds, tags and evaluates; `contentDir` holds documents and taxonomy, `goldFile` the instrument gold set. */
export function runInstrumentEvaluation(
  contentDir = 'content',
  goldFile = 'tests/gold/instruments.yaml',
): InstrumentEvaluation {
  const run = buildCorpus(contentDir);
  if (run.failed) throw new Error('Corpus build failed; run `npm run build:corpus` to see the problems.');
  const taxonomy = loadTaxonomy(`${contentDir}/taxonomy`);
  tagCorpus(run.corpus, { tagger: createTagger(taxonomy) });
  const clauses = new Map<string, TaggedClause>(
    run.corpus.documents.flatMap((d) =>
      clausesOf(d.body).map((c) => [c.id, { clause: c, genre: evalGenre(d.meta) }] as const),
    ),
  );
  return scoreInstruments(
    goldFile,
    clauses,
    taxonomy.instruments.labels.map((l) => l.id),
  );
}
