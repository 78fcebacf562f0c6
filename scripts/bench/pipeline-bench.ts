/**
 * Scale benchmark of the corpus pipeline: the five real documents, then
 * 100 and 1,000 synthetic ones (scripts/bench/generate-corpus.ts). Each
 * run is a fresh child process, so its peak memory is its own. Reports,
 * as medians of several runs, wall time and peak RSS per stage, throughput
 * in MB/s of source text, output sizes, and the growth ratio 1,000 vs 100.
 * Writes bench-results/pipeline.json.
 *
 *   npm run bench:pipeline [-- --sizes 5,100,1000 --runs 5,5,3]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildCorpus } from '../../src/pipeline/corpus.ts';
import { writeCorpusData } from '../../src/pipeline/export/write.ts';
import { stages, stageTimer, type Stage } from '../../src/pipeline/stage-clock.ts';
import { tagCorpus } from '../../src/pipeline/tag/tag-corpus.ts';
import { writeTargetData } from '../../src/pipeline/targets/write-data.ts';
import { createProgress } from '../corpus/progress.ts';
import { generateCorpus, sectionPool } from './generate-corpus.ts';
import { median } from './median.ts';

/** What one run measures. */
interface RunResult {
  documents: number;
  clauses: number;
  sourceBytes: number;
  totalMs: number;
  /** CPU time (user + system) of the build: steadier than wall time on a shared machine. */
  cpuMs: number;
  stageMs: Record<Stage, number>;
  /** Highest RSS sampled during a stage, MB (per-document stages share one sample every 20 documents). */
  stageRssMb: Record<Stage, number>;
  maxRssMb: number;
  outputBytes: Record<string, number>;
}

const mb = (bytes: number): number => Math.round((bytes / 1e6) * 100) / 100;

function sizeOf(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

/** One build in this process (the child side). */
function runOnce(contentDir: string, outDir: string): RunResult {
  const timer = stageTimer();
  const stageRssMb = Object.fromEntries(stages.map((s) => [s, 0])) as Record<Stage, number>;
  // Reading the RSS costs ~0.2 ms, so per-document stages are sampled every 20 documents, not at every lap.
  const sample = (stage: Stage): void => {
    stageRssMb[stage] = Math.max(stageRssMb[stage], mb(process.memoryUsage.rss()));
  };
  const lap = timer.lap;
  const progress = createProgress();
  const onDocument = (done: number, total: number, id: string): void => {
    progress.update(done, total, id);
    if (done % 20 === 0 || done === total)
      for (const stage of ['load', 'decode+repair', 'normalize', 'structure'] as const) sample(stage);
  };
  const started = performance.now();
  const cpu = process.cpuUsage();
  timer.reset();
  const run = buildCorpus(contentDir, { clock: lap, onDocument });
  if (run.failed) throw new Error(`Benchmark corpus ${contentDir} has fatal problems; regenerate it`);
  timer.reset();
  tagCorpus(run.corpus);
  lap('tag');
  sample('tag');
  writeCorpusData(run.corpus, outDir);
  writeTargetData(run.corpus, outDir, contentDir);
  lap('export');
  sample('export');
  const totalMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const docs = run.corpus.documents;
  return {
    documents: docs.length,
    clauses: docs.reduce((n, d) => n + d.stats.clauses, 0),
    sourceBytes: docs.reduce((n, d) => n + d.stats.sourceBytes, 0),
    totalMs,
    cpuMs: (used.user + used.system) / 1000,
    stageMs: timer.totals,
    stageRssMb,
    maxRssMb: mb(process.resourceUsage().maxRSS * 1024),
    outputBytes: Object.fromEntries(
      readdirSync(outDir)
        .sort()
        .map((name) => [name, sizeOf(join(outDir, name))]),
    ),
  };
}

/** Medians of every number across runs, keeping the shape of one run. */
function medians(runs: RunResult[]): RunResult {
  const pick = (get: (r: RunResult) => number): number => Math.round(median(runs.map(get)) * 10) / 10;
  const per = <K extends string>(keys: readonly K[], get: (r: RunResult, k: K) => number): Record<K, number> =>
    Object.fromEntries(keys.map((k) => [k, pick((r) => get(r, k))])) as Record<K, number>;
  return {
    documents: runs[0].documents,
    clauses: runs[0].clauses,
    sourceBytes: runs[0].sourceBytes,
    totalMs: pick((r) => r.totalMs),
    cpuMs: pick((r) => r.cpuMs),
    stageMs: per(stages, (r, k) => r.stageMs[k]),
    stageRssMb: per(stages, (r, k) => r.stageRssMb[k]),
    maxRssMb: pick((r) => r.maxRssMb),
    outputBytes: per(Object.keys(runs[0].outputBytes), (r, k) => r.outputBytes[k]),
  };
}

/** Throughputs of one size, MB of source text per second. */
interface Rates {
  /** Whole build: load, pipeline and export. */
  mbPerSecond: number;
  /** The corpus pipeline the target is set for: normalize (decode, repairs, simplification) → structure → tag. */
  mbPerSecondPipeline: number;
  mbPerSecondWithoutTag: number;
  mbPerCpuSecond: number;
}

/** The stages of the corpus pipeline target (≥ 2 MB/s): everything between reading the files and writing the data. */
const pipelineStages = ['decode+repair', 'normalize', 'structure', 'tag'] as const;

async function parent(): Promise<void> {
  const arg = (name: string, fallback: string): number[] =>
    (process.argv[process.argv.indexOf(name) + 1] && process.argv.includes(name)
      ? process.argv[process.argv.indexOf(name) + 1]
      : fallback
    )
      .split(',')
      .map(Number);
  const sizes = arg('--sizes', '5,100,1000');
  const runsFor = arg('--runs', '5,5,3');
  const work = mkdtempSync(join(tmpdir(), 'pipeline-bench-'));
  const pool = sectionPool();
  const results: Array<{ size: number; source: string; runs: number; median: RunResult & Rates }> = [];
  try {
    sizes.forEach((size, index) => {
      // The five real documents for 5; synthetic documents beyond.
      const real = size === 5;
      const contentDir = real ? 'content' : join(work, `content-${size}`);
      if (!real) generateCorpus(contentDir, size, 1, pool);
      const runs: RunResult[] = [];
      const count = runsFor[index] ?? runsFor.at(-1) ?? 3;
      for (let r = 0; r < count; r++) {
        const out = join(work, `out-${size}-${r}`);
        const json = execFileSync(
          process.execPath,
          ['--import', 'tsx', 'scripts/bench/pipeline-bench.ts', '--child', contentDir, out],
          { stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 },
        );
        runs.push(JSON.parse(json.toString()) as RunResult);
        rmSync(out, { recursive: true, force: true });
        process.stderr.write(
          `[bench] ${size} documents, run ${r + 1}/${count}: ${(runs.at(-1)!.totalMs / 1000).toFixed(2)}s\n`,
        );
      }
      const m = medians(runs);
      const rate = (ms: number): number => Math.round((m.sourceBytes / 1e6 / (ms / 1000)) * 100) / 100;
      const pipelineMs = pipelineStages.reduce((sum, k) => sum + m.stageMs[k], 0);
      results.push({
        size,
        source: real ? 'real' : 'synthetic',
        runs: count,
        median: {
          ...m,
          mbPerSecond: rate(m.totalMs),
          mbPerSecondPipeline: rate(pipelineMs),
          mbPerSecondWithoutTag: rate(m.totalMs - m.stageMs.tag),
          mbPerCpuSecond: rate(m.cpuMs),
        },
      });
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const at = (n: number) => results.find((r) => r.size === n)?.median;
  const ratio = (get: (m: RunResult) => number): number | null =>
    at(1000) && at(100) ? Math.round((get(at(1000)!) / get(at(100)!)) * 100) / 100 : null;
  const growth = ratio((m) => m.totalMs);
  const growthCpu = ratio((m) => m.cpuMs);
  // The per-document stages alone, without the fixed costs of loading the tagger and converter once.
  const perDocument = ['load', 'decode+repair', 'normalize', 'structure'] as const;
  const growthDocumentStages = ratio((m) => perDocument.reduce((sum, k) => sum + m.stageMs[k], 0));
  const summary = {
    benchmark: 'pipeline',
    date: new Date().toISOString(),
    machine: {
      cpus: (await import('node:os')).cpus().length,
      memoryGiB: Math.round((await import('node:os')).totalmem() / 2 ** 30),
      node: process.version,
    },
    targets: { mbPerSecondPipeline: 2, growth1000vs100: 'close to 10 (linear)' },
    growth1000vs100: growth,
    growth1000vs100Cpu: growthCpu,
    growth1000vs100DocumentStages: growthDocumentStages,
    loadAverage: (await import('node:os')).loadavg().map((n) => Math.round(n * 10) / 10),
    results,
  };
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/pipeline.json', `${JSON.stringify(summary, null, 2)}\n`);
  console.log(
    'documents  source MB  total s  MB/s  pipeline MB/s  MB/s-no-tag  cpu s  MB/cpu-s   load  decode+repair  normalize  structure  tag  export (ms)  peak RSS MB  corpus.json.gz MB',
  );
  for (const { size, median: m } of results) {
    const s = m.stageMs;
    console.log(
      [
        String(size).padStart(9),
        mb(m.sourceBytes).toFixed(2).padStart(9),
        (m.totalMs / 1000).toFixed(2).padStart(7),
        m.mbPerSecond.toFixed(2).padStart(5),
        m.mbPerSecondPipeline.toFixed(2).padStart(13),
        m.mbPerSecondWithoutTag.toFixed(2).padStart(11),
        (m.cpuMs / 1000).toFixed(2).padStart(5),
        m.mbPerCpuSecond.toFixed(2).padStart(8),
        ...stages.map((k) => String(Math.round(s[k])).padStart(k.length)),
        String(m.maxRssMb).padStart(11),
        mb(m.outputBytes['corpus.json.gz']).toFixed(2).padStart(17),
      ].join('  '),
    );
  }
  if (growth !== null) {
    console.log(
      `Growth 1,000 vs 100 documents: ×${growth} wall, ×${growthCpu} CPU, ×${growthDocumentStages} per-document stages (linear would be ×10)`,
    );
  }
  const largest = results.at(-1);
  if (largest) {
    const met = largest.median.mbPerSecondPipeline >= summary.targets.mbPerSecondPipeline;
    console.log(
      `Corpus pipeline (normalize → structure → tag) at ${largest.size} documents: ${largest.median.mbPerSecondPipeline} MB/s, target ≥ 2 MB/s: ${met ? 'met' : 'NOT met'}`,
    );
  }
  console.log('Written to bench-results/pipeline.json');
}

if (process.argv[2] === '--child') {
  const [contentDir, outDir] = process.argv.slice(3);
  process.stdout.write(`${JSON.stringify(runOnce(contentDir, outDir))}\n`);
} else {
  await parent();
}
