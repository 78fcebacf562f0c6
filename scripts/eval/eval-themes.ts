/**
 * Evaluates theme and IP-object tagging against the hand-labelled gold set
 * and prints precision, recall and F1 per label, micro and macro, for all
 * gold clauses, the tuning part and the held-out part, then the worst
 * mistakes. Exits 1 when a target is missed.
 *
 *   npm run eval:themes
 */
import { runEvaluation, splits, targets } from '../../src/pipeline/tag/run-evaluation.ts';
import type { Report } from '../../src/pipeline/tag/evaluate.ts';

const pct = (n: number): string => n.toFixed(3);
const result = runEvaluation(process.env.CONTENT_DIR ?? 'content', process.env.GOLD_FILE ?? 'tests/gold/themes.yaml');

const table = (title: string, ids: string[], reports: Record<(typeof splits)[number], Report>): void => {
  console.log(`\n${title}  (P / R / F1 per split; support = gold count on all)`);
  console.log(`${'label'.padEnd(14)}${splits.map((s) => s.padEnd(22)).join('')}support`);
  for (const id of ids) {
    const cells = splits.map((s) => { const r = reports[s].perLabel.get(id)!; return `${pct(r.precision)} ${pct(r.recall)} ${pct(r.f1)}`.padEnd(22); });
    const all = reports.all.perLabel.get(id)!;
    console.log(`${id.padEnd(14)}${cells.join('')}${all.tp + all.fn}`);
  }
  console.log(`${'micro'.padEnd(14)}${splits.map((s) => { const m = reports[s].micro; return `${pct(m.precision)} ${pct(m.recall)} ${pct(m.f1)}`.padEnd(22); }).join('')}`);
  console.log(`${'macro-F1'.padEnd(14)}${splits.map((s) => `${pct(reports[s].macro)}`.padEnd(22)).join('')}`);
  console.log(`${'clauses'.padEnd(14)}${splits.map((s) => `${reports[s].clauses}`.padEnd(22)).join('')}`);
};

table('Themes', result.themeIds, result.themes);
table('IP objects', result.objectIds, result.objects);
for (const kind of ['themes', 'objects'] as const) {
  console.log(`\nWorst ${kind} mistakes (missed −, extra +):`);
  for (const m of result.mistakes[kind]) console.log(`  ${m.id.padEnd(20)} ${m.missed.map((x) => `−${x}`).concat(m.extra.map((x) => `+${x}`)).join(' ')}`);
}
console.log(`\nTargets (all gold clauses): theme micro-F1 ≥ ${targets.themeMicroF1}, every theme F1 ≥ ${targets.themeF1}, object micro-F1 ≥ ${targets.objectMicroF1}`);
if (result.failures.length > 0) {
  console.error(`Missed:\n  ${result.failures.join('\n  ')}`);
  process.exit(1);
}
console.log('All targets met.');
