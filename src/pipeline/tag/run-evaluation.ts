/**
 * Runs the theme evaluation end to end: builds and tags the corpus from
 * `content/`, reads the gold set and scores themes and objects on all
 * gold clauses, the tuning part and the held-out part, against the
 * targets (theme micro-F1 ≥ 0.85, every theme F1 ≥ 0.70, object
 * micro-F1 ≥ 0.90). Used by `npm run eval:themes` and by the test suite.
 */
import { buildCorpus } from '../corpus.ts';
import { clausesOf } from '../structure/identify.ts';
import { evaluate, worstMistakes, type Mistake, type Pair, type Report } from './evaluate.ts';
import { loadGold } from './gold.ts';
import { loadTaxonomy } from './load-taxonomy.ts';
import { createTagger, tagCorpus } from './tag-corpus.ts';

/** Quality targets the tagger must reach on all gold clauses. */
export const targets = { themeMicroF1: 0.85, themeF1: 0.7, objectMicroF1: 0.9 } as const;

/** Split names reported. */
export const splits = ['all', 'tune', 'held-out'] as const;

/** The full evaluation result. */
export interface Evaluation {
  themeIds: string[];
  objectIds: string[];
  themes: Record<(typeof splits)[number], Report>;
  objects: Record<(typeof splits)[number], Report>;
  mistakes: { themes: Mistake[]; objects: Mistake[] };
  /** Targets missed on `all`, as readable sentences; empty when every target is met. */
  failures: string[];
}

/** Builds, tags and evaluates; `contentDir` holds documents and taxonomy, `goldFile` the gold set. */
export function runEvaluation(contentDir = 'content', goldFile = 'tests/gold/themes.yaml'): Evaluation {
  const run = buildCorpus(contentDir);
  if (run.failed) throw new Error('Corpus build failed; run `npm run build:corpus` to see the problems.');
  const taxonomy = loadTaxonomy(`${contentDir}/taxonomy`);
  tagCorpus(run.corpus, { tagger: createTagger(taxonomy) });
  const clauses = new Map(run.corpus.documents.flatMap((d) => clausesOf(d.body)).map((c) => [c.id, c]));
  const themeIds = taxonomy.themes.labels.map((l) => l.id);
  const objectIds = taxonomy.objects.labels.map((l) => l.id);
  const gold = loadGold(goldFile, { clauses: new Set(clauses.keys()), themes: new Set(themeIds), objects: new Set(objectIds) });

  const pairs = (kind: 'themes' | 'objects', split: (typeof splits)[number]): Pair[] =>
    gold.filter((g) => split === 'all' || g.split === split).map((g) => ({ id: g.id, gold: g[kind], predicted: clauses.get(g.id)![kind].map((l) => l.id) }));
  const reports = (kind: 'themes' | 'objects', ids: string[]) =>
    Object.fromEntries(splits.map((s) => [s, evaluate(pairs(kind, s), ids)])) as Record<(typeof splits)[number], Report>;
  const themes = reports('themes', themeIds);
  const objects = reports('objects', objectIds);

  const failures: string[] = [];
  if (themes.all.micro.f1 < targets.themeMicroF1) failures.push(`theme micro-F1 ${themes.all.micro.f1.toFixed(3)} < ${targets.themeMicroF1}`);
  for (const [id, s] of themes.all.perLabel) if (s.f1 < targets.themeF1) failures.push(`theme ${id} F1 ${s.f1.toFixed(3)} < ${targets.themeF1}`);
  if (objects.all.micro.f1 < targets.objectMicroF1) failures.push(`object micro-F1 ${objects.all.micro.f1.toFixed(3)} < ${targets.objectMicroF1}`);
  return { themeIds, objectIds, themes, objects, mistakes: { themes: worstMistakes(pairs('themes', 'all'), 12), objects: worstMistakes(pairs('objects', 'all'), 8) }, failures };
}
