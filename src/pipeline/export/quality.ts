/**
 * The quality figures the catalogue publishes (`catalog.quality`), so the
 * pages show measurements and never compute them:
 *
 * - the instrument and strength labels of the corpus as published, scored
 *   against `tests/gold/instruments.yaml` by `scoreInstruments` (the code
 *   `npm run eval:instruments` uses); null when the corpus lacks the gold
 *   clauses (a generated test corpus) or there is no gold file;
 * - the leave-one-document-out figures kept in `src/eval/lodo-figures.json`,
 *   checked against their schema, with the targets they are held to.
 *
 * Example: `instrumentQuality(corpus, taxonomy)?.scopes[0].splits.all.groupMicroF1` → 0.93.
 */
import { resolve } from 'node:path';
import type { InstrumentQuality, LabelScore, LodoQuality, Quality, SplitFigures } from '../../data/schemas/quality.ts';
import type { Corpus } from '../../model/types.ts';
import { clausesOf } from '../../model/walk.ts';
import { evalGenre, genres, type GenreFamily, type Score } from '../../eval/evaluate-labels.ts';
import { lodoScopes, lodoTargets } from '../../eval/evaluate-lodo.ts';
import {
  groups,
  instrumentGoldFile,
  instrumentGoldIds,
  scoreInstruments,
  targets,
  type InstrumentReport,
  type InstrumentReports,
  type TaggedClause,
} from '../../eval/instrument-scores.ts';
import { lodoFiguresFile, readLodoFigures } from '../../eval/lodo-figures.ts';
import type { Taxonomy } from '../tag/load-taxonomy.ts';

/** How the quality tables name each genre family. */
const genreNames: Record<GenreFamily, string> = {
  政策文件: '规划与政策文件',
  地方法规: '地方法规',
  国家法律法规: '国家法律法规',
};

const splitFigures = (r: InstrumentReport): SplitFigures => ({
  clauses: r.instruments.clauses,
  groupMicroF1: r.groups.micro.f1,
  instrumentMicroF1: r.instruments.micro.f1,
  instrumentMacroF1: r.instruments.macro,
  strengthClauses: r.strength.clauses,
  strengthAccuracy: r.strength.accuracy,
  strengthKappa: r.strength.kappa,
});

const splitsOf = (r: InstrumentReports): InstrumentQuality['scopes'][number]['splits'] => ({
  all: splitFigures(r.all),
  tune: splitFigures(r.tune),
  'held-out': splitFigures(r['held-out']),
});

const labelScore = (s: Score): LabelScore => ({
  precision: s.precision,
  recall: s.recall,
  f1: s.f1,
  support: s.tp + s.fn,
});

/** The published instrument and strength labels against the gold set in `goldFile`; null when the corpus does not hold every gold clause. */
export function instrumentQuality(
  corpus: Corpus,
  taxonomy: Taxonomy,
  goldFile = resolve(instrumentGoldFile),
): InstrumentQuality | null {
  const tagged = new Map<string, TaggedClause>(
    corpus.documents.flatMap((d) =>
      clausesOf(d.body).map((clause) => [clause.id, { clause, genre: evalGenre(d.meta) }] as const),
    ),
  );
  // A malformed gold file is an error (instrumentGoldIds throws), never an absent quality section.
  const goldIds = instrumentGoldIds(goldFile) ?? [];
  if (goldIds.length === 0 || !goldIds.every((id) => tagged.has(id))) return null;
  const instrumentIds = taxonomy.instruments.labels.map((l) => l.id);
  const scored = scoreInstruments(goldFile, tagged, instrumentIds);
  const label = (id: string, group: boolean) => {
    const pick = (r: InstrumentReport) => (group ? r.groups : r.instruments).perLabel.get(id)!;
    return { id, group, all: labelScore(pick(scored.all.all)), heldOut: labelScore(pick(scored.all['held-out'])) };
  };
  return {
    scopes: [
      { id: 'all', name: '全部', splits: splitsOf(scored.all) },
      ...genres.map((g) => ({ id: g, name: genreNames[g], splits: splitsOf(scored.genres[g]) })),
    ],
    labels: [...groups.map((g) => label(g, true)), ...instrumentIds.map((id) => label(id, false))],
    targets: { ...targets },
    failures: scored.failures,
  };
}

/** The kept leave-one-document-out figures with every scope name and the targets; null when they have not been written. */
export function lodoQuality(file = lodoFiguresFile): LodoQuality | null {
  const figures = readLodoFigures(file);
  return figures ? { ...figures, scopeNames: [...lodoScopes], targets: { ...lodoTargets } } : null;
}

/** Every quality figure the catalogue carries. */
export function buildQuality(corpus: Corpus, taxonomy: Taxonomy): Quality {
  return { instruments: instrumentQuality(corpus, taxonomy), lodo: lodoQuality() };
}
