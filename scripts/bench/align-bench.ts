/**
 * Alignment at scale: time and peak memory of `alignCorpus` on the real
 * corpus (5 documents) and on synthetic corpora of 100 and 1,000 documents
 * (scripts/bench/synthetic-corpus.ts). Each run is a fresh child process,
 * so peak memory (max RSS) belongs to one size; times are medians.
 * Targets: 1,000 documents in ≤ 20 s and ≤ 2 GB; time near-linear from
 * 100 to 1,000. Writes bench-results/align.json.
 *
 *   npm run build:corpus && npm run bench:align
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Corpus } from '../../src/model/types.ts';
import { alignCorpus } from '../../src/pipeline/align/align-corpus.ts';
import { syntheticCorpus } from './synthetic-corpus.ts';
import { median } from './median.ts';

interface Run {
  documents: number;
  clauses: number;
  ms: number;
  /** CPU time of the alignment (user + system): less sensitive than wall time to other load on the machine. */
  cpuMs: number;
  steps: Record<string, number>;
  counterpartMs: number;
  maxRssMB: number;
  phrases: number;
}

const childArg = process.argv.indexOf('--child');
if (childArg !== -1) {
  const documents = Number(process.argv[childArg + 1]);
  const real = JSON.parse(readFileSync(process.env.CORPUS ?? 'public/data/corpus.json', 'utf8')) as Corpus;
  const corpus = documents === real.documents.length ? real : syntheticCorpus(real, documents, 42);
  // Full alignment first (cold, as in a build); then counterparts alone, to show what phrases cost.
  const steps: Record<string, number> = {};
  let started = performance.now();
  const cpu = process.cpuUsage();
  const alignment = alignCorpus(corpus, { onStep: (step, stepMs) => (steps[step] = Math.round(stepMs)) });
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  started = performance.now();
  const withoutPhrases = alignCorpus(corpus, { phrases: false });
  const counterpartMs = performance.now() - started;
  const run: Run = {
    documents,
    clauses: Object.keys(withoutPhrases.counterparts).length,
    ms,
    cpuMs,
    steps,
    counterpartMs,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    phrases: alignment.phrases.length,
  };
  process.stdout.write(JSON.stringify(run));
} else {
  const sizes = (process.env.SIZES ?? '5,100,1000').split(',').map(Number);
  const repeats = Number(process.env.REPEATS ?? 3);
  const results = sizes.map((documents) => {
    const runs: Run[] = [];
    for (let r = 0; r < repeats; r++) {
      const out = execFileSync(process.execPath, [...process.execArgv, process.argv[1], '--child', String(documents)], {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      });
      runs.push(JSON.parse(out) as Run);
    }
    const summary = {
      documents,
      clauses: runs[0].clauses,
      phrases: runs[0].phrases,
      medianMs: Math.round(median(runs.map((r) => r.ms))),
      medianCpuMs: Math.round(median(runs.map((r) => r.cpuMs))),
      steps: runs[0].steps,
      medianCounterpartMs: Math.round(median(runs.map((r) => r.counterpartMs))),
      maxRssMB: Math.round(Math.max(...runs.map((r) => r.maxRssMB))),
      runs: runs.length,
    };
    console.log(
      `${String(documents).padStart(5)} documents, ${summary.clauses} clauses: ${summary.medianMs} ms wall, ${summary.medianCpuMs} ms CPU ` +
        `(${Object.entries(summary.steps)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}), peak RSS ${summary.maxRssMB} MB, ${summary.phrases} shared phrases`,
    );
    return summary;
  });
  const at = (n: number) => results.find((r) => r.documents === n);
  const ratio = at(100) && at(1000) ? at(1000)!.medianMs / at(100)!.medianMs : null;
  const cpuRatio = at(100) && at(1000) ? at(1000)!.medianCpuMs / at(100)!.medianCpuMs : null;
  if (ratio !== null)
    console.log(
      `Time ratio 1,000 / 100 documents: ${ratio.toFixed(1)} wall, ${cpuRatio!.toFixed(1)} CPU (10 = linear)`,
    );
  const big = at(1000);
  const targets = big ? { seconds: big.medianMs / 1000 <= 20, memory: big.maxRssMB <= 2048 } : null;
  if (targets)
    console.log(
      `Targets (≤ 20 s, ≤ 2 GB at 1,000 documents): time ${targets.seconds ? 'met' : 'MISSED'}, memory ${targets.memory ? 'met' : 'MISSED'}`,
    );
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(
    'bench-results/align.json',
    `${JSON.stringify({ date: new Date().toISOString(), node: process.version, results, ratio1000to100: ratio, cpuRatio1000to100: cpuRatio, loadAverage: (await import('node:os')).loadavg(), targets }, null, 2)}\n`,
  );
}
