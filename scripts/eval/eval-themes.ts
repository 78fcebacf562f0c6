/**
 * Evaluates theme and IP-object tagging against the hand-labelled gold set
 * and prints precision, recall and F1 per label, micro and macro, for all
 * gold clauses, the tuning part and the held-out part — over the whole
 * gold set, then for plans (政策文件) and regulations (法律法规) apart —
 * then the worst mistakes on the tuning part. Exits 1 when a target is missed.
 *
 *   npm run eval:themes
 */
import { genres, runEvaluation, splits, targets, type Reports, type Split } from '../../src/eval/evaluate-themes.ts';
import type { Report } from '../../src/eval/evaluate-labels.ts';

const pct = (n: number): string => n.toFixed(3);
/** Pads to a display width, counting a CJK character as two columns. */
const padWide = (s: string, width: number): string =>
  s + ' '.repeat(Math.max(0, width - [...s].reduce((w, c) => w + (c.codePointAt(0)! >= 0x2e80 ? 2 : 1), 0)));
const result = runEvaluation(process.env.CONTENT_DIR ?? 'content', process.env.GOLD_FILE ?? 'tests/gold/themes.yaml');

const table = (title: string, ids: string[], reports: Record<Split, Report>): void => {
  console.log(`\n${title}  (P / R / F1 per split; support = gold count on all)`);
  console.log(`${'label'.padEnd(14)}${splits.map((s) => s.padEnd(22)).join('')}support`);
  for (const id of ids) {
    const cells = splits.map((s) => {
      const r = reports[s].perLabel.get(id)!;
      return `${pct(r.precision)} ${pct(r.recall)} ${pct(r.f1)}`.padEnd(22);
    });
    const all = reports.all.perLabel.get(id)!;
    console.log(`${id.padEnd(14)}${cells.join('')}${all.tp + all.fn}`);
  }
  console.log(
    `${'micro'.padEnd(14)}${splits
      .map((s) => {
        const m = reports[s].micro;
        return `${pct(m.precision)} ${pct(m.recall)} ${pct(m.f1)}`.padEnd(22);
      })
      .join('')}`,
  );
  console.log(`${'macro-F1'.padEnd(14)}${splits.map((s) => `${pct(reports[s].macro)}`.padEnd(22)).join('')}`);
  console.log(`${'clauses'.padEnd(14)}${splits.map((s) => `${reports[s].clauses}`.padEnd(22)).join('')}`);
};

const tables = (scope: string, reports: Reports): void => {
  table(`Themes — ${scope}`, result.themeIds, reports.themes);
  table(`IP objects — ${scope}`, result.objectIds, reports.objects);
};

tables('all gold', result);
for (const genre of genres) tables(genre, result.genres[genre]);

console.log(`\nSummary  (theme micro-F1 / theme macro-F1 / object micro-F1)`);
console.log(`${''.padEnd(10)}${splits.map((s) => s.padEnd(22)).join('')}`);
const summary = (scope: string, reports: Reports): void =>
  console.log(
    `${padWide(scope, 10)}${splits.map((s) => `${pct(reports.themes[s].micro.f1)} ${pct(reports.themes[s].macro)} ${pct(reports.objects[s].micro.f1)}`.padEnd(22)).join('')}`,
  );
summary('all', result);
for (const genre of genres) summary(genre, result.genres[genre]);

for (const kind of ['themes', 'objects'] as const) {
  console.log(`\nWorst ${kind} mistakes on the tune split (missed −, extra +):`);
  for (const m of result.mistakes[kind])
    console.log(
      `  ${m.id.padEnd(20)} ${m.missed
        .map((x) => `−${x}`)
        .concat(m.extra.map((x) => `+${x}`))
        .join(' ')}`,
    );
}
console.log(
  `\nTargets (all gold clauses, and each genre): theme micro-F1 ≥ ${targets.themeMicroF1}, theme F1 ≥ ${targets.themeF1} (per genre: themes with ≥ ${targets.themeMinSupport} gold clauses), object micro-F1 ≥ ${targets.objectMicroF1}`,
);
if (result.failures.length > 0) {
  console.error(`Missed:\n  ${result.failures.join('\n  ')}`);
  process.exit(1);
}
console.log('All targets met.');
