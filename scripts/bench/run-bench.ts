/**
 * `npm run bench`: the pipeline benchmark, then the alignment and search
 * benchmarks, each as a child process; then one summary
 * from bench-results/*.json. With `--e2e`, also the end-to-end build of
 * 1,000 and 5,000 synthetic documents (pipeline → astro build → data
 * published → search index) with wall time and peak memory of the whole
 * process tree (targets: 1,000 ≤ 5 min and ≤ 4 GB, 5,000 ≤ 25 min and
 * ≤ 6 GB) and the built site as a host counts it (size, files, largest
 * file and page; 1,000 ≤ 1 GB and ≤ 20,000 files) and the search benchmark
 * on it (first queries, recall against Ctrl-F), written to
 * bench-results/e2e.json. Corpus, data and site live in a temporary
 * folder; public/data and dist/ are left as they were. Times are medians of
 * `--e2e-runs` builds (default 3 at 1,000 documents, 1 at 5,000; one
 * number or a list per size). `--e2e-only` skips the other benchmarks.
 * Other arguments go to the pipeline benchmark (e.g. `--sizes 5,100 --runs 3,3`).
 *
 *   npm run bench [-- --e2e [--e2e-sizes 1000,5000] [--e2e-runs 3,1] [--e2e-only]]
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from './generate-corpus.ts';
import { siteSizes } from './site-sizes.ts';
import { median } from './median.ts';

const args = process.argv.slice(2);
const e2e = args.includes('--e2e');
const valueOf = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
// Runs per size: a list matching --e2e-sizes, or one number for every size (default 3 at 1,000 and 1 at 5,000).
const e2eSizes = (valueOf('--e2e-sizes') ?? '1000,5000').split(',').map(Number);
const e2eRunsGiven = valueOf('--e2e-runs')?.split(',').map(Number);
const e2eRuns = e2eSizes.map(
  (size, i) => e2eRunsGiven?.[Math.min(i, e2eRunsGiven.length - 1)] ?? (size >= 5000 ? 1 : 3),
);
const own = new Set(['--e2e-sizes', '--e2e-runs']);
const passThrough = args.filter((arg, i) => arg !== '--e2e' && !own.has(arg) && !own.has(args[i - 1]));
const pipelineBenches = !args.includes('--e2e-only');
const tsx = (script: string, extra: string[] = []): string[] => ['--import', 'tsx', script, ...extra];

/** Runs a command, sampling the memory of its process tree; output goes to the terminal or, given `log`, to that file. */
function runStep(
  label: string,
  command: string,
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
  log?: string,
): Promise<{ ok: boolean; seconds: number; peakMb: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const out = log ? openSync(log, 'w') : 'inherit';
    const child = spawn(command, argv, { stdio: ['ignore', out, out], env });
    let peakMb = 0;
    // Peak RSS of the child and all its descendants (astro and pagefind start their own processes).
    const timer = setInterval(() => {
      try {
        const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' })
          .trim()
          .split('\n')
          .map((row) => row.trim().split(/\s+/).map(Number));
        const tree = new Set([child.pid]);
        for (let grew = true; grew;) {
          grew = false;
          for (const [pid, ppid] of rows)
            if (tree.has(ppid) && !tree.has(pid)) {
              tree.add(pid);
              grew = true;
            }
        }
        const kb = rows.filter(([pid]) => tree.has(pid)).reduce((sum, [, , rss]) => sum + rss, 0);
        peakMb = Math.max(peakMb, Math.round(kb / 1024));
      } catch {
        // ps can fail while processes exit; the next sample counts.
      }
    }, 250);
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = Math.round((Date.now() - started) / 100) / 10;
      console.error(
        `[bench] ${label}: ${code === 0 ? 'ok' : `exit ${code}`} in ${seconds}s, peak ${peakMb} MB${log ? ` (output: ${log})` : ''}`,
      );
      resolve({ ok: code === 0, seconds, peakMb });
    });
  });
}

type Step = { step: string; ok: boolean; seconds: number; peakMb: number };

/**
 * One end-to-end build of `content` into `site`: pipeline (into `data`),
 * astro build, the data published beside the pages (as Astro publishes
 * public/data), search index.
 */
async function buildOnce(content: string, data: string, site: string, label: string): Promise<Step[]> {
  rmSync(site, { recursive: true, force: true });
  const env = { ...process.env, CONTENT_DIR: content, DATA_DIR: data, SITE_OUT_DIR: site, DIST_DIR: site };
  const steps: Step[] = [];
  const publish = join(import.meta.dirname, 'publish-data.ts');
  const commands: Array<[string, string, string[], string]> = [
    ['pipeline', process.execPath, tsx('scripts/pipeline.ts'), 'e2e-pipeline.log'],
    ['astro build', 'npx', ['astro', 'build'], 'e2e-astro.log'],
    ['publish data', process.execPath, tsx(publish, [data, join(site, 'data')]), 'e2e-publish.log'],
    ['search index', process.execPath, tsx('scripts/search/build-index.ts'), 'e2e-search.log'],
  ];
  for (const [step, command, argv, log] of commands) {
    steps.push({ step, ...(await runStep(`e2e ${step} (${label})`, command, argv, env, join('bench-results', log))) });
    if (!steps.at(-1)!.ok) break;
  }
  return steps;
}

/** Host limits and the issue's targets per size (seconds, MB of memory, site MB, files). */
const e2eTargets: Record<number, { seconds: number; peakMb: number; siteMb?: number; files?: number }> = {
  1000: { seconds: 300, peakMb: 4096, siteMb: 1000, files: 20_000 },
  5000: { seconds: 1500, peakMb: 6144 },
};

async function endToEnd(documents: number, runs: number): Promise<Record<string, unknown>> {
  const work = mkdtempSync(join(tmpdir(), 'e2e-bench-'));
  const content = join(work, 'content');
  generateCorpus(content, documents);
  // Data and site live in the work folder, so public/data and dist/ keep the real corpus.
  const data = join(work, 'data');
  const site = join(work, 'dist');
  const all: Step[][] = [];
  let sizes: ReturnType<typeof siteSizes> | null = null;
  let search: Record<string, unknown> | null = null;
  try {
    // buildOnce stops at a failed step, so a failed run is its last step's failure; no further runs follow it.
    for (let r = 1; r <= runs && (all.at(-1)?.at(-1)?.ok ?? true); r++)
      all.push(await buildOnce(content, data, site, `${documents.toLocaleString('en')} documents, run ${r}/${runs}`));
    if (all.at(-1)!.at(-1)!.ok && all.at(-1)!.length === 4) {
      const ids = new Set(
        (
          JSON.parse(readFileSync(join(data, 'catalog.json'), 'utf8')) as { documents: Array<{ id: string }> }
        ).documents.map((d) => d.id),
      );
      // One document's pages and files (`documents/<id>/`, `data/align/<id>.json`) apart from those over the whole corpus.
      sizes = siteSizes(site, (path) => path.split(/[\\/]/).some((part) => ids.has(part.replace(/\.[^.]+$/, ''))));
      // The search benchmark on the site just built: first queries, and the query set against Ctrl-F at this size.
      const out = join('bench-results', `search-${documents}.json`);
      const env = { ...process.env, DATA_DIR: data, DIST_DIR: site, BENCH_RUNS: '3', SEARCH_BENCH_OUT: out };
      const run = await runStep(
        `e2e search bench (${documents.toLocaleString('en')} documents)`,
        process.execPath,
        tsx('scripts/bench/search-bench.ts'),
        env,
        join('bench-results', `e2e-search-${documents}.log`),
      );
      search = run.ok ? (JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>) : { ok: false };
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const round = (n: number): number => Math.round(n * 10) / 10;
  const steps = all[0].map(({ step }, i) => ({
    step,
    ok: all.every((run) => run[i]?.ok),
    seconds: round(median(all.map((run) => run[i]?.seconds ?? NaN))),
    peakMb: Math.max(...all.map((run) => run[i]?.peakMb ?? 0)),
  }));
  return {
    documents,
    runs: all.length,
    targets: e2eTargets[documents] ?? null,
    /** Median over runs of each run's total (one run: that run). */
    seconds: round(median(all.map((run) => run.reduce((sum, s) => sum + s.seconds, 0)))),
    /** Highest over all runs (steps run one after another, so this is the peak of the whole build). */
    peakMb: Math.max(...steps.map((s) => s.peakMb)),
    ok: sizes !== null && search?.ok !== false,
    steps,
    site: sizes,
    search,
  };
}

/** Numbers of a result file, flattened to `path: value`, for the summary. */
function numbers(value: unknown, path = '', out: string[] = [], depth = 0): string[] {
  if (typeof value === 'number') out.push(`${path}: ${value}`);
  else if (value && typeof value === 'object' && depth < 4)
    for (const [key, inner] of Object.entries(value)) numbers(inner, path ? `${path}.${key}` : key, out, depth + 1);
  return out;
}

/** The machine the numbers were taken on. */
function machine(): string {
  return `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}`;
}

function summary(): void {
  console.log('\n═══ 基准测试汇总 / Benchmark summary (bench-results/) ═══');
  for (const name of readdirSync('bench-results')
    .filter((file) => file.endsWith('.json'))
    .sort()) {
    const data = JSON.parse(readFileSync(join('bench-results', name), 'utf8')) as Record<string, unknown>;
    console.log(`\n${name}`);
    if (name === 'pipeline.json') {
      type Median = {
        totalMs: number;
        mbPerSecond: number;
        mbPerSecondPipeline: number;
        mbPerSecondWithoutTag: number;
        mbPerCpuSecond: number;
        maxRssMb: number;
      };
      for (const { size, median: m } of data.results as Array<{ size: number; median: Median }>) {
        console.log(
          `  ${String(size).padStart(5)} documents: ${(m.totalMs / 1000).toFixed(2)} s; pipeline (normalize → structure → tag) ${m.mbPerSecondPipeline} MB/s (target ≥ 2); whole build ${m.mbPerSecond} MB/s (${m.mbPerSecondWithoutTag} without tagging; ${m.mbPerCpuSecond} per CPU-second), peak ${m.maxRssMb} MB`,
        );
      }
      console.log(
        `  growth 1,000 vs 100: ×${data.growth1000vs100} wall, ×${data.growth1000vs100Cpu} CPU, ×${data.growth1000vs100DocumentStages} per-document stages (linear ×10)`,
      );
    } else if (name === 'e2e.json') {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a result file of any bench version, printed field by field
      for (const result of data.results as Array<Record<string, any>>) {
        const t = result.targets ?? {};
        console.log(
          `  ${result.documents.toLocaleString('en')} documents end to end: ${result.seconds} s (${result.runs === 1 ? 'one run' : `median of ${result.runs} runs`}; target ≤ ${t.seconds ?? '—'}), peak ${result.peakMb} MB (target ≤ ${t.peakMb ?? '—'}), ${result.ok ? 'ok' : 'FAILED'}`,
        );
        for (const step of result.steps as Step[])
          console.log(`    ${step.step}: ${step.seconds} s, peak ${step.peakMb} MB`);
        const site = result.site as ReturnType<typeof siteSizes> | null;
        if (site) {
          console.log(
            `  site: ${site.totalMb} MB (target ≤ ${t.siteMb ?? '—'}) in ${site.files} files (target ≤ ${t.files ?? '—'}), ${site.pages} pages; largest file ${site.largestFile.path} ${site.largestFile.mb} MB; largest page ${site.largestPage.path} ${site.largestPage.mb} MB; over the whole corpus: largest file ${site.largestSharedFile.path} ${site.largestSharedFile.mb} MB, page ${site.largestSharedPage.path} ${site.largestSharedPage.mb} MB`,
          );
          console.log(
            `  by folder (MB / files): ${Object.entries(site.folderMb)
              .map(([folder, size]) => `${folder} ${size} / ${site.folderFiles[folder]}`)
              .join(', ')}`,
          );
        }
        const search = result.search as {
          queries?: Array<Record<string, string | number>>;
          quality?: { recall: number; precision: number; queries: number };
        } | null;
        for (const row of search?.queries ?? [])
          console.log(
            `  search ${row.query}: ${row['search KB to results']} KB, ${row['ms to results']} ms to results (page ${row['page KB (idle)']} KB; with ?q= ${row['url: KB to results']} KB, ${row['url: ms from nav']} ms)`,
          );
        for (const row of (search as { terms?: Array<Record<string, string | number>> } | null)?.terms ?? [])
          console.log(
            `  concordance ${row.term}: first lines ${row['ms to first lines']} ms / ${row['KB to first lines']} KB, first view ${row['ms to first view']} ms / ${row['KB to first view']} KB`,
          );
        if (search?.quality)
          console.log(
            `  search recall ${search.quality.recall}, precision ${search.quality.precision} over ${search.quality.queries} queries`,
          );
      }
    } else {
      for (const line of numbers(data).slice(0, 15)) console.log(`  ${line}`);
    }
  }
}

mkdirSync('bench-results', { recursive: true });
let failed = false;
if (pipelineBenches) {
  failed = !(await runStep('pipeline bench', process.execPath, tsx('scripts/bench/pipeline-bench.ts', passThrough))).ok;
  for (const script of ['scripts/bench/align-bench.ts', 'scripts/bench/search-bench.ts']) {
    failed = !(await runStep(script, process.execPath, tsx(script))).ok || failed;
  }
}
if (e2e) {
  const results = [];
  for (const [i, size] of e2eSizes.entries()) {
    results.push(await endToEnd(size, e2eRuns[i]));
    // Written after each size, so a long 5,000-document run leaves the 1,000-document result behind if stopped.
    writeFileSync(
      'bench-results/e2e.json',
      `${JSON.stringify({ benchmark: 'e2e', date: new Date().toISOString(), machine: machine(), results }, null, 2)}\n`,
    );
    failed = failed || !results.at(-1)!.ok;
  }
}
summary();
if (failed) process.exitCode = 1;
