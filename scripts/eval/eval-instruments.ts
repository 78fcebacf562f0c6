/**
 * Evaluates policy-instrument and strength tagging against the hand-coded
 * gold set and prints P / R / F1 per instrument and per group, micro and
 * macro, strength accuracy and Cohen's κ — for all gold clauses, the tune
 * part and the held-out part, over the whole gold set and for plans
 * (政策文件) and regulations (法律法规) apart — then the worst mistakes on
 * the tune part. Exits 1 when a target is missed.
 *
 *   npm run eval:instruments
 */
import {
  groups,
  runInstrumentEvaluation,
  targets,
  type InstrumentReports,
} from '../../src/eval/evaluate-instruments.ts';
import { genres, splits, type Split } from '../../src/eval/evaluate-themes.ts';
import type { Report } from '../../src/eval/evaluate-labels.ts';

const f = (n: number): string => n.toFixed(3);
const result = runInstrumentEvaluation(
  process.env.CONTENT_DIR ?? 'content',
  process.env.GOLD_FILE ?? 'tests/gold/instruments.yaml',
);

const table = (title: string, ids: readonly string[], reports: Record<Split, Report>): void => {
  console.log(`\n${title}  (P / R / F1 per split; support = gold count on all)`);
  console.log(`${'label'.padEnd(24)}${splits.map((s) => s.padEnd(20)).join('')}support`);
  const row = (name: string, s: (split: Split) => { precision: number; recall: number; f1: number }, tail = ''): void =>
    console.log(
      `${name.padEnd(24)}${splits
        .map((sp) => {
          const r = s(sp);
          return `${f(r.precision)} ${f(r.recall)} ${f(r.f1)}`.padEnd(20);
        })
        .join('')}${tail}`,
    );
  for (const id of ids) {
    const all = reports.all.perLabel.get(id)!;
    row(id, (s) => reports[s].perLabel.get(id)!, `${all.tp + all.fn}`);
  }
  row('micro', (s) => reports[s].micro);
  console.log(`${'macro-F1'.padEnd(24)}${splits.map((s) => f(reports[s].macro).padEnd(20)).join('')}`);
  console.log(`${'clauses'.padEnd(24)}${splits.map((s) => `${reports[s].clauses}`.padEnd(20)).join('')}`);
};

const scope = (name: string, reports: InstrumentReports): void => {
  table(
    `Instruments — ${name}`,
    result.instrumentIds,
    Object.fromEntries(splits.map((s) => [s, reports[s].instruments])) as Record<Split, Report>,
  );
  table(
    `Groups — ${name}`,
    groups,
    Object.fromEntries(splits.map((s) => [s, reports[s].groups])) as Record<Split, Report>,
  );
  console.log(
    `${'group κ'.padEnd(24)}${splits
      .map((s) =>
        groups
          .map((g) => f(reports[s].groupKappa[g]))
          .join(' ')
          .padEnd(20),
      )
      .join('')}`,
  );
  console.log(
    `${'strength acc / κ / n'.padEnd(24)}${splits.map((s) => `${f(reports[s].strength.accuracy)} ${f(reports[s].strength.kappa)} ${reports[s].strength.clauses}`.padEnd(20)).join('')}`,
  );
};

scope('all gold', result.all);
for (const g of genres) scope(g, result.genres[g]);

console.log(`\nSummary  (group micro-F1 / instrument micro-F1 / instrument macro-F1 / strength accuracy / strength κ)`);
const summary = (name: string, reports: InstrumentReports): void => {
  for (const s of splits) {
    const r = reports[s];
    console.log(
      `  ${name} ${s}: ${f(r.groups.micro.f1)} / ${f(r.instruments.micro.f1)} / ${f(r.instruments.macro)} / ${f(r.strength.accuracy)} / ${f(r.strength.kappa)}`,
    );
  }
};
summary('all', result.all);
for (const g of genres) summary(g, result.genres[g]);

console.log('\nWorst instrument mistakes on the tune split (missed −, extra +):');
for (const m of result.mistakes.instruments)
  console.log(
    `  ${m.id.padEnd(24)} ${m.missed
      .map((x) => `−${x}`)
      .concat(m.extra.map((x) => `+${x}`))
      .join(' ')}`,
  );
console.log('\nStrength mistakes on the tune split (gold → tagged, evidence):');
for (const m of result.mistakes.strength) console.log(`  ${m.id.padEnd(24)} ${m.gold} → ${m.tagged} ${m.evidence}`);

console.log(
  `\nTargets (all gold clauses): group micro-F1 ≥ ${targets.groupMicroF1}, instrument micro-F1 ≥ ${targets.instrumentMicroF1}, F1 ≥ ${targets.instrumentF1} for every instrument with ≥ ${targets.instrumentMinSupport} gold clauses, strength accuracy ≥ ${targets.strengthAccuracy}`,
);
if (result.failures.length > 0) {
  console.error(`Missed:\n  ${result.failures.join('\n  ')}`);
  process.exit(1);
}
console.log('All targets met.');
