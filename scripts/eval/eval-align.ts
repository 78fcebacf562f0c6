/**
 * Evaluates cross-city alignment on the gold set and compares feature
 * choices (character n-grams vs jieba words), weightings and the hubness
 * correction of each document's order (all rows use the published
 * hubness but the hubness lines); exits 1 when
 * the published configuration misses the target (`alignmentTargets`).
 *
 *   npm run build:corpus && npm run eval:align
 */
import { readFileSync } from 'node:fs';
import type { Corpus } from '../../src/model/types.ts';
import { featureName, type FeatureKind } from '../../src/pipeline/align/features.ts';
import { alignmentTargets, evaluateAlignment, loadGold, type EvalConfig } from '../../src/eval/evaluate-alignment.ts';

const corpus = JSON.parse(readFileSync(process.env.CORPUS ?? 'public/data/corpus.json', 'utf8')) as Corpus;
const gold = loadGold();
const features: FeatureKind[] = [2, 3, 4, 5, 6]
  .map((n) => ({ kind: 'chars', n }) as FeatureKind)
  .concat({ kind: 'words' });
const configs: EvalConfig[] = features.flatMap((f) =>
  (['idf-doc', 'idf'] as const).flatMap((weighting) =>
    (['ochiai', 'cosine'] as const).flatMap((similarity) =>
      [1, 2, 3].map((titleBoost) => ({ features: f, weighting, similarity, titleBoost })),
    ),
  ),
);
const f2 = (x: number): string => x.toFixed(2);
const f3 = (x: number): string => x.toFixed(3);
console.log(`Gold: ${gold.positives.length} positive, ${gold.negatives.length} negative pairs`);
console.log('config                        P@1 all  tune  held   AUC all  tune  held   mean pos/neg (all)');
const rows = configs.map((config) => {
  const s = evaluateAlignment(corpus, gold, config);
  const name = `${featureName(config.features!)} ${config.weighting} ${config.similarity} t${config.titleBoost}`.padEnd(
    28,
  );
  console.log(
    `${name}  ${f2(s.all.precisionAt1)}    ${f2(s.tune.precisionAt1)}  ${f2(s.heldout.precisionAt1)}   ${f2(s.all.auc)}    ${f2(s.tune.auc)}  ${f2(s.heldout.auc)}   ${f3(s.all.meanPositive)}/${f3(s.all.meanNegative)}`,
  );
  return { config: name.trim(), ...s };
});
// Hubness correction (counterparts.ts): each document's counterparts ordered by similarity less their closeness to the querying document.
for (const hubness of [0, 1, 2, 3]) {
  const s = evaluateAlignment(corpus, gold, { hubness });
  console.log(
    `hubness ${hubness}${hubness ? ` (best ${hubness} scores)` : ' (plain similarity)'}: P@1 all ${f2(s.all.precisionAt1)}, tune ${f2(s.tune.precisionAt1)}, held-out ${f2(s.heldout.precisionAt1)}`,
  );
}
const published = evaluateAlignment(corpus, gold);
console.log(
  `\nPublished configuration (defaults): P@1 all ${f2(published.all.precisionAt1)} (${published.all.queries} queries), tune ${f2(published.tune.precisionAt1)}, held-out ${f2(published.heldout.precisionAt1)}; ` +
    `separation: mean positive ${f3(published.all.meanPositive)} vs negative ${f3(published.all.meanNegative)}, AUC ${f2(published.all.auc)} (held-out ${f2(published.heldout.auc)})`,
);
if (process.env.EVAL_JSON) console.log(JSON.stringify({ published, rows }, null, 2));
const ok = published.all.precisionAt1 >= alignmentTargets.precisionAt1;
console.log(ok ? '达到目标' : `低于目标 ${JSON.stringify(alignmentTargets)}`);
process.exitCode = ok ? 0 : 1;
