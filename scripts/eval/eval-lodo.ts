/**
 * Leave-one-document-out measurement of the learned labeller: builds and
 * rule-tags the corpus, then for each document with gold trains on all
 * the others and labels it. Prints the figures per genre, per label, the
 * calibration and the training time, then the same without the rules'
 * labels as features. Exits 1 when a target of issue 26 is missed.
 *
 *   npm run eval:labels            (NO_RULES=1: only the words-only run)
 *   npm run eval:labels -- --write (also writes src/eval/lodo-figures.json, which build:corpus publishes in catalog.json)
 */
import { writeFileSync } from 'node:fs';
import { buildCorpus } from '../../src/pipeline/corpus.ts';
import { tagCorpus } from '../../src/pipeline/tag/tag-corpus.ts';
import { evaluateLodo, lodoScopes, lodoTargets, type LodoEvaluation } from '../../src/eval/evaluate-lodo.ts';
import type { Report } from '../../src/eval/evaluate-labels.ts';
import { lodoFigures, lodoFiguresFile } from '../../src/eval/lodo-figures.ts';

const f = (n: number): string => n.toFixed(3);
const run = buildCorpus(process.env.CONTENT_DIR ?? 'content');
if (run.failed) {
  console.error('Corpus build failed; run `npm run build:corpus` to see the problems.');
  process.exit(1);
}
tagCorpus(run.corpus);

const perLabel = (title: string, r: Report): void => {
  const cells = [...r.perLabel]
    .filter(([, s]) => s.tp + s.fn + s.fp > 0)
    .map(([id, s]) => `${id} ${f(s.f1)} (${s.tp + s.fn})`);
  console.log(`  ${title}: ${cells.join(', ')}`);
};

const table = (reports: LodoEvaluation['scopes']): void => {
  console.log(
    'scope            clauses  themes µF1/maF1   objects µF1  instr µF1/maF1   group µF1  strength acc/κ   roles acc',
  );
  for (const scope of lodoScopes) {
    const r = reports[scope];
    if (!r) {
      console.log(`${scope}: no gold clauses`);
      continue;
    }
    console.log(
      `${scope.padEnd(12, '　')} ${String(r.themes.clauses + '/' + r.instruments.clauses + '/' + r.roles.clauses).padEnd(12)} ${f(r.themes.micro.f1)} / ${f(r.themes.macro)}   ${f(r.objects.micro.f1)}        ${f(r.instruments.micro.f1)} / ${f(r.instruments.macro)}  ${f(r.groups.micro.f1)}      ${f(r.strength.accuracy)} / ${r.strength.kappa === null ? '—    ' : f(r.strength.kappa)}    ${f(r.roles.accuracy)}`,
    );
  }
};

const print = (title: string, result: LodoEvaluation, seconds: number): void => {
  console.log(
    `\n${title} — ${result.folds} documents held out one at a time, ${seconds.toFixed(1)} s of training and labelling`,
  );
  table(result.scopes);
  console.log('of which the gold clauses kept out of tuning the rules (held-out split):');
  table(result.heldOut);
  const all = result.scopes['全部']!;
  perLabel('themes F1 (gold count)', all.themes);
  perLabel('objects F1', all.objects);
  perLabel('instruments F1', all.instruments);
  const calibration = (name: string, c: LodoEvaluation['calibration']): void =>
    console.log(
      `  ${name} (labels given p ≥ 0.8: right / given): ${Object.entries(c)
        .map(([set, s]) => `${set} ${s.right}/${s.given} = ${s.given ? f(s.right / s.given) : '—'}`)
        .join(', ')}`,
    );
  calibration('calibration', result.calibration);
  calibration('held-out split', result.heldOutCalibration);
};

const timed = (ruleFeatures: boolean): [LodoEvaluation, number] => {
  const start = performance.now();
  const result = evaluateLodo(run.corpus, { ruleFeatures });
  return [result, (performance.now() - start) / 1000];
};

const [withRules, s1] = process.env.NO_RULES ? [null, 0] : timed(true);
if (withRules) print('Learned labeller, rule labels among the features (headline)', withRules, s1);
const [wordsOnly, s2] = timed(false);
print(
  'Learned labeller, words and headings only (no rule labels: the rules were written on these texts)',
  wordsOnly,
  s2,
);

if (process.argv.includes('--write') && withRules) {
  writeFileSync(lodoFiguresFile, `${JSON.stringify(lodoFigures(withRules, wordsOnly), null, 1)}\n`);
  console.log(`\nWrote ${lodoFiguresFile}`);
}

console.log(
  `\nTargets (every genre with gold): themes µF1 ≥ ${lodoTargets.themeMicroF1}, objects ≥ ${lodoTargets.objectMicroF1}, instruments ≥ ${lodoTargets.instrumentMicroF1}, groups ≥ ${lodoTargets.groupMicroF1}, strength accuracy ≥ ${lodoTargets.strengthAccuracy} and κ ≥ ${lodoTargets.strengthKappa}, roles ≥ ${lodoTargets.roleAccuracy}`,
);
const failures = (withRules ?? wordsOnly).failures;
if (failures.length > 0) {
  console.error(`Missed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('All targets met.');
