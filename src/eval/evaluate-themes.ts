/**
 * Runs the theme evaluation end to end: builds and tags the corpus from
 * `content/`, reads the gold set and scores themes and objects on all
 * gold clauses, the tuning part and the held-out part, both over the whole
 * gold set and per genre family (政策文件: plans and policy papers;
 * 地方法规: local regulations; 国家法律法规: national laws, regulations and
 * judicial interpretations), against the targets (theme micro-F1 ≥ 0.85,
 * theme F1 ≥ 0.70, object micro-F1 ≥ 0.90) on the gold clauses of plans
 * and local regulations together and on each of these genres (national
 * texts are reported only: the rules were not written on them). Used by `npm run eval:themes` and by the test suite.
 *
 * Example failure: `地方法规: theme management F1 0.557 < 0.7 (51 gold clauses)`.
 */
import { buildCorpus } from '../pipeline/corpus.ts';
import { clausesOf } from '../model/walk.ts';
import {
  enforcedGenres,
  enforcedScope,
  evalGenre,
  evaluate,
  worstMistakes,
  type GenreFamily,
  type Mistake,
  type Pair,
  type Report,
  type Split,
  genres,
  splits,
} from './evaluate-labels.ts';
import { loadGold, type GoldEntry } from './theme-gold.ts';
import { loadTaxonomy } from '../pipeline/tag/load-taxonomy.ts';
import { createTagger, tagCorpus } from '../pipeline/tag/tag-corpus.ts';

/**
 * Quality targets the tagger must reach on all gold clauses and on each
 * genre; within a genre a theme's own F1 target applies only from
 * `themeMinSupport` gold clauses on (two clauses make no F1).
 */
export const targets = { themeMicroF1: 0.85, themeF1: 0.7, themeMinSupport: 5, objectMicroF1: 0.9 } as const;

export { genres, splits, type GenreFamily, type Split } from './evaluate-labels.ts';

/** Theme and object reports of one part of the gold set, per split. */
export interface Reports {
  themes: Record<Split, Report>;
  objects: Record<Split, Report>;
}

/** The full evaluation result. */
export interface Evaluation extends Reports {
  themeIds: string[];
  objectIds: string[];
  /** The same reports restricted to the gold clauses of each genre family. */
  genres: Record<GenreFamily, Reports>;
  /** The reports of the genres the targets apply to, together (plans and local regulations). */
  enforced: Reports;
  /** Worst mistakes on the tuning split only, so tuning never looks at held-out clauses. */
  mistakes: { themes: Mistake[]; objects: Mistake[] };
  /** Targets missed on all gold clauses or on a genre, as readable sentences naming the scope; empty when every target is met. */
  failures: string[];
}

/** Targets missed by one scope's reports on its `all` split; `scope` starts each sentence. */
function missedTargets(scope: string, { themes, objects }: Reports, minSupport: number): string[] {
  const failures: string[] = [];
  const { micro, perLabel } = themes.all;
  if (micro.f1 < targets.themeMicroF1)
    failures.push(`${scope}: theme micro-F1 ${micro.f1.toFixed(3)} < ${targets.themeMicroF1}`);
  for (const [id, s] of perLabel) {
    const support = s.tp + s.fn;
    if (support >= minSupport && s.f1 < targets.themeF1)
      failures.push(`${scope}: theme ${id} F1 ${s.f1.toFixed(3)} < ${targets.themeF1} (${support} gold clauses)`);
  }
  if (objects.all.micro.f1 < targets.objectMicroF1)
    failures.push(`${scope}: object micro-F1 ${objects.all.micro.f1.toFixed(3)} < ${targets.objectMicroF1}`);
  return failures;
}

/** Builds, tags and evaluates; `contentDir` holds documents and taxonomy, `goldFile` the gold set. */
export function runEvaluation(contentDir = 'content', goldFile = 'tests/gold/themes.yaml'): Evaluation {
  const run = buildCorpus(contentDir);
  if (run.failed) throw new Error('Corpus build failed; run `npm run build:corpus` to see the problems.');
  const taxonomy = loadTaxonomy(`${contentDir}/taxonomy`);
  tagCorpus(run.corpus, { tagger: createTagger(taxonomy) });
  const clauses = new Map(
    run.corpus.documents.flatMap((d) =>
      clausesOf(d.body).map((c) => [c.id, { clause: c, genre: evalGenre(d.meta) }] as const),
    ),
  );
  const themeIds = taxonomy.themes.labels.map((l) => l.id);
  const objectIds = taxonomy.objects.labels.map((l) => l.id);
  const gold = loadGold(goldFile, {
    clauses: new Set(clauses.keys()),
    themes: new Set(themeIds),
    objects: new Set(objectIds),
  });

  const pairs = (entries: readonly GoldEntry[], kind: 'themes' | 'objects', split: Split): Pair[] =>
    entries
      .filter((g) => split === 'all' || g.split === split)
      .map((g) => ({ id: g.id, gold: g[kind], predicted: clauses.get(g.id)!.clause[kind].map((l) => l.id) }));
  const reports = (entries: readonly GoldEntry[]): Reports => {
    const per = (kind: 'themes' | 'objects', ids: string[]) =>
      Object.fromEntries(splits.map((s) => [s, evaluate(pairs(entries, kind, s), ids)])) as Record<Split, Report>;
    return { themes: per('themes', themeIds), objects: per('objects', objectIds) };
  };
  const whole = reports(gold);
  const byGenre = Object.fromEntries(
    genres.map((g) => [g, reports(gold.filter((e) => clauses.get(e.id)!.genre === g))]),
  ) as Record<GenreFamily, Reports>;

  const enforced = reports(gold.filter((e) => enforcedGenres.includes(clauses.get(e.id)!.genre)));
  // On the enforced genres together every theme must reach its target; within one only themes with enough gold clauses.
  const failures = [
    ...missedTargets(enforcedScope, enforced, 0),
    ...enforcedGenres.flatMap((g) => missedTargets(g, byGenre[g], targets.themeMinSupport)),
  ];
  const mistakes = {
    themes: worstMistakes(pairs(gold, 'themes', 'tune'), 12),
    objects: worstMistakes(pairs(gold, 'objects', 'tune'), 8),
  };
  return { themeIds, objectIds, ...whole, genres: byGenre, enforced, mistakes, failures };
}
