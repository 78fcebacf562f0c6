/**
 * Alignment of a corpus across documents: counterparts of every clause in each
 * other document (with shared passages) and the phrases documents share.
 * Boilerplate (the hand list and wording in many documents, see
 * `frequent-formulae.ts`) is never shared wording and no evidence.
 * Deterministic: same corpus, same output.
 */
import type { Corpus } from '../../model/types.ts';
import { isNational } from '../../model/document-meta.ts';
import { findCounterparts, type CounterpartOptions } from './counterparts.ts';
import { featureName } from './features.ts';
import { formulaDefaults, formulaThreshold, type FormulaOptions } from './frequent-formulae.ts';
import { buildIndex, type IndexOptions } from './inverted-index.ts';
import { passageFinder } from './passages.ts';
import { addPhraseCandidates, findSharedPhrases, type PhraseCandidates, type PhraseOptions } from './shared-phrases.ts';
import type { Alignment } from './types.ts';
import { alignUnits } from './units.ts';

/** Everything that can be tuned; the defaults are what the site publishes. */
export interface AlignOptions extends CounterpartOptions, PhraseOptions, FormulaOptions, Partial<IndexOptions> {
  /** Skip the shared-phrase search (evaluation only needs counterparts). */
  phrases?: boolean;
  /** Called after each step with its wall time, for benchmarks and progress. */
  onStep?: (step: string, ms: number) => void;
  /** Called as each clause's counterparts and passages are settled, for progress. */
  onClause?: (done: number, total: number, id: string) => void;
}

/**
 * The scoring the site publishes, chosen on the tune part of the gold sets
 * (scripts/eval/eval-align.ts). Boilerplate counts in the norm (`masked:
 * 'norm'`): dropping it let two plan clauses, all formulae but a few words,
 * score 1.0. In regulations the formulae are evidence too (`maskedEvidence`):
 * two officials'-misconduct articles are counterparts, the same provision in
 * the same words; with formulae as no evidence, regulation precision@1 on the
 * tune part was 0.87, with them 0.92 (plans unchanged, 0.90).
 */
export const publishedScoring: Required<IndexOptions> = {
  features: { kind: 'chars', n: 2 },
  weighting: 'idf',
  similarity: 'ochiai',
  titleBoost: 2,
  masked: 'norm',
  maskedEvidence: 1,
};

/**
 * Counterparts in a document are ordered with hubness correction over each
 * one's 3 best scores in the querying document (`CounterpartOptions.hubness`),
 * chosen on the tune part of the gold set (scripts/eval/eval-align.ts).
 */
export const publishedHubness = 3;

/** Passage and phrase weights: IDF of character 4-grams over clauses (text-reuse style). */
export const passageWeighting: IndexOptions = { features: { kind: 'chars', n: 4 }, weighting: 'idf' };

const round = (x: number): number => Math.round(x * 10000) / 10000;

/** The documents compared with each other: every place's own texts; the national layer is their upstream source (`upstream.ts`), not a peer. */
export function peerCorpus(corpus: Corpus): Corpus {
  return { ...corpus, documents: corpus.documents.filter((doc) => !isNational(doc.meta)) };
}

/** Aligns every clause of the corpus with the other documents' clauses. */
export function alignCorpus(corpus: Corpus, options: AlignOptions = {}): Alignment {
  let last = performance.now();
  const step = <T>(name: string, value: T): T => {
    const now = performance.now();
    options.onStep?.(name, now - last);
    last = now;
    return value;
  };
  const scoring = { ...publishedScoring, ...options };
  const units = step('units', alignUnits(corpus, options));
  const index = step('index', buildIndex(units, scoring));
  const charIndex = step('passage index', buildIndex(units, passageWeighting));
  const { hits, more } = step('counterparts', findCounterparts(index, { hubness: publishedHubness, ...options }));
  const finder = passageFinder(units, charIndex);
  const perDocument = options.perDocument ?? 3;
  const minScore = options.minScore ?? 0.05;
  const phraseMinLength = options.minLength ?? 6;
  const candidates: PhraseCandidates = new Map();
  const counterparts: Alignment['counterparts'] = {};
  const unlisted: Alignment['unlisted'] = {};
  units.forEach((unit, u) => {
    counterparts[unit.clause.id] = hits[u].map((hit) => ({
      docId: index.groups[hit.group],
      items: hit.items.map(({ unit: b, score }) => {
        const runs = finder.runs(u, b);
        if (options.phrases !== false) addPhraseCandidates(candidates, units, finder, u, runs, phraseMinLength);
        return {
          clauseId: units[b].clause.id,
          docId: units[b].docId,
          score: round(score),
          passages: finder.passages(u, runs),
        };
      }),
    }));
    if (more[u] > 0) unlisted[unit.clause.id] = more[u];
    options.onClause?.(u + 1, units.length, unit.clause.id);
  });
  step('passages', null);
  const phrases =
    options.phrases === false ? [] : step('phrases', findSharedPhrases(units, charIndex, finder, candidates, options));
  return {
    schema: 1,
    method: {
      features: featureName(scoring.features),
      weighting: scoring.weighting,
      similarity: scoring.similarity,
      titleBoost: scoring.titleBoost,
      perCity: perDocument,
      minScore,
      hubness: Math.min(options.hubness ?? publishedHubness, perDocument),
      phraseMinLength,
      formulaGram: options.formulaGram ?? formulaDefaults.formulaGram,
      formulaMinDocuments: formulaThreshold(corpus.documents.length, options),
    },
    counterparts,
    unlisted,
    phrases,
  };
}
