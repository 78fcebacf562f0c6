/**
 * `npm run bench`: the pipeline benchmark, then the alignment and search
 * benchmarks, each as a child process; then one summary
 * from bench-results/*.json. With `--e2e`, also the end-to-end build of
 * 1,000 synthetic documents (pipeline → astro build → search index) with
 * wall time and peak memory of the whole process tree (targets ≤ 10 min,
 * ≤ 4 GB) and the size of the built site, written to bench-results/e2e.json.
 * That site is built in a temporary folder; dist/ is left as it was.
 * Times are medians of `--e2e-runs` builds (default 3). Other arguments go to the
 * pipeline benchmark (e.g. `--sizes 5,100 --runs 3,3`).
 *
 *   npm run bench [-- --e2e [--e2e-runs 3]]
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { generateCorpus } from './generate-corpus.ts';
import { median } from './median.ts';

const args = process.argv.slice(2);
const e2e = args.includes('--e2e');
const e2eRunsAt = args.indexOf('--e2e-runs');
const e2eRuns = e2eRunsAt >= 0 ? Number(args[e2eRunsAt + 1]) : 3;
const passThrough = args.filter((arg, i) => arg !== '--e2e' && i !== e2eRunsAt && i !== e2eRunsAt + 1);
const tsx = (script: string, extra: string[] = []): string[] => ['--import', 'tsx', script, ...extra];

/** Runs a command, sampling the memory of its process tree; output goes to the terminal or, given `log`, to that file. */
function runStep(label: string, command: string, argv: string[], env: NodeJS.ProcessEnv = process.env, log?: string): Promise<{ ok: boolean; seconds: number; peakMb: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const out = log ? openSync(log, 'w') : 'inherit';
    const child = spawn(command, argv, { stdio: ['ignore', out, out], env });
    let peakMb = 0;
    // Peak RSS of the child and all its descendants (astro and pagefind start their own processes).
    const timer = setInterval(() => {
      try {
        const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' }).trim().split('\n').map((row) => row.trim().split(/\s+/).map(Number));
        const tree = new Set([child.pid]);
        for (let grew = true; grew; ) {
          grew = false;
          for (const [pid, ppid] of rows) if (tree.has(ppid) && !tree.has(pid)) (tree.add(pid), (grew = true));
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
      console.error(`[bench] ${label}: ${code === 0 ? 'ok' : `exit ${code}`} in ${seconds}s, peak ${peakMb} MB${log ? ` (output: ${log})` : ''}`);
      resolve({ ok: code === 0, seconds, peakMb });
    });
  });
}

/** Size of the built site: total, per top-level folder, HTML page count and the largest page. */
function siteSizes(dir: string): { totalMb: number; pages: number; largestPage: { path: string; mb: number }; folderMb: Record<string, number> } {
  const mb = (bytes: number): number => Math.round((bytes / 1e6) * 10) / 10;
  let pages = 0;
  let largest = { path: '', bytes: 0 };
  const walk = (path: string): number => {
    const stat = statSync(path);
    if (!stat.isDirectory()) {
      if (path.endsWith('.html')) {
        pages += 1;
        if (stat.size > largest.bytes) largest = { path, bytes: stat.size };
      }
      return stat.size;
    }
    return readdirSync(path).reduce((sum, name) => sum + walk(join(path, name)), 0);
  };
  const folderMb: Record<string, number> = {};
  let total = 0;
  for (const name of readdirSync(dir).sort()) {
    const bytes = walk(join(dir, name));
    total += bytes;
    if (statSync(join(dir, name)).isDirectory()) folderMb[name] = mb(bytes);
  }
  return { totalMb: mb(total), pages, largestPage: { path: relative(dir, largest.path), mb: mb(largest.bytes) }, folderMb };
}

type Step = { step: string; ok: boolean; seconds: number; peakMb: number };

/** One end-to-end build of `content` into `site`: pipeline, astro build, search index. */
async function buildOnce(content: string, site: string, run: string): Promise<Step[]> {
  rmSync(site, { recursive: true, force: true });
  const env = { ...process.env, CONTENT_DIR: content, SITE_OUT_DIR: site, DIST_DIR: site };
  const steps: Step[] = [];
  const commands: Array<[string, string, string[], string]> = [
    ['pipeline', process.execPath, tsx('scripts/pipeline.ts'), 'e2e-pipeline.log'],
    ['astro build', 'npx', ['astro', 'build'], 'e2e-astro.log'],
    ['search index', process.execPath, tsx('scripts/search/build-index.ts'), 'e2e-search.log'],
  ];
  for (const [step, command, argv, log] of commands) {
    steps.push({ step, ...(await runStep(`e2e ${step} (1,000 documents, run ${run})`, command, argv, env, join('bench-results', log))) });
    if (!steps.at(-1)!.ok) break;
  }
  return steps;
}

async function endToEnd(runs: number): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'e2e-bench-'));
  const content = join(work, 'content');
  generateCorpus(content, 1000);
  // The site is built into the work folder, so dist/ keeps the real site.
  const site = join(work, 'dist');
  const all: Step[][] = [];
  let sizes: ReturnType<typeof siteSizes> | null = null;
  try {
    // buildOnce stops at a failed step, so a failed run is its last step's failure; no further runs follow it.
    for (let r = 1; r <= runs && (all.at(-1)?.at(-1)?.ok ?? true); r++) all.push(await buildOnce(content, site, `${r}/${runs}`));
    if (all.at(-1)!.at(-1)!.ok) sizes = siteSizes(site);
  } finally {
    rmSync(work, { recursive: true, force: true });
    // Put the real corpus back in public/data.
    execFileSync(process.execPath, tsx('scripts/pipeline.ts'), { stdio: 'ignore' });
  }
  const ok = sizes !== null;
  const round = (n: number): number => Math.round(n * 10) / 10;
  const steps = all[0].map(({ step }, i) => ({
    step,
    ok: all.every((run) => run[i]?.ok),
    seconds: round(median(all.map((run) => run[i]?.seconds ?? NaN))),
    peakMb: Math.max(...all.map((run) => run[i]?.peakMb ?? 0)),
  }));
  const result = {
    benchmark: 'e2e',
    date: new Date().toISOString(),
    documents: 1000,
    runs: all.length,
    targets: { seconds: 600, peakMb: 4096 },
    /** Median over runs of each run's total. */
    seconds: round(median(all.map((run) => run.reduce((sum, s) => sum + s.seconds, 0)))),
    /** Highest over all runs. */
    peakMb: Math.max(...steps.map((s) => s.peakMb)),
    ok,
    steps,
    site: sizes,
  };
  writeFileSync('bench-results/e2e.json', `${JSON.stringify(result, null, 2)}\n`);
}

/** Numbers of a result file, flattened to `path: value`, for the summary. */
function numbers(value: unknown, path = '', out: string[] = [], depth = 0): string[] {
  if (typeof value === 'number') out.push(`${path}: ${value}`);
  else if (value && typeof value === 'object' && depth < 4) for (const [key, inner] of Object.entries(value)) numbers(inner, path ? `${path}.${key}` : key, out, depth + 1);
  return out;
}

function summary(): void {
  console.log('\n═══ 基准测试汇总 / Benchmark summary (bench-results/) ═══');
  for (const name of readdirSync('bench-results').filter((file) => file.endsWith('.json')).sort()) {
    const data = JSON.parse(readFileSync(join('bench-results', name), 'utf8')) as Record<string, unknown>;
    console.log(`\n${name}`);
    if (name === 'pipeline.json') {
      type Median = { totalMs: number; mbPerSecond: number; mbPerSecondPipeline: number; mbPerSecondWithoutTag: number; mbPerCpuSecond: number; maxRssMb: number };
      for (const { size, median: m } of data.results as Array<{ size: number; median: Median }>) {
        console.log(`  ${String(size).padStart(5)} documents: ${(m.totalMs / 1000).toFixed(2)} s; pipeline (normalize → structure → tag) ${m.mbPerSecondPipeline} MB/s (target ≥ 2); whole build ${m.mbPerSecond} MB/s (${m.mbPerSecondWithoutTag} without tagging; ${m.mbPerCpuSecond} per CPU-second), peak ${m.maxRssMb} MB`);
      }
      console.log(`  growth 1,000 vs 100: ×${data.growth1000vs100} wall, ×${data.growth1000vs100Cpu} CPU, ×${data.growth1000vs100DocumentStages} per-document stages (linear ×10)`);
    } else if (name === 'e2e.json') {
      console.log(`  1,000 documents end to end: ${data.seconds} s (median of ${data.runs} runs; target ≤ 600), peak ${data.peakMb} MB (target ≤ 4096), ${data.ok ? 'ok' : 'FAILED'}`);
      for (const step of data.steps as Step[]) console.log(`    ${step.step}: ${step.seconds} s, peak ${step.peakMb} MB`);
      const site = data.site as ReturnType<typeof siteSizes> | null;
      if (site) {
        console.log(`  site: ${site.totalMb} MB in ${site.pages} pages; largest page ${site.largestPage.path} ${site.largestPage.mb} MB`);
        console.log(`  by folder (MB): ${Object.entries(site.folderMb).map(([name, size]) => `${name} ${size}`).join(', ')}`);
      }
    } else {
      for (const line of numbers(data).slice(0, 15)) console.log(`  ${line}`);
    }
  }
}

mkdirSync('bench-results', { recursive: true });
let failed = !(await runStep('pipeline bench', process.execPath, tsx('scripts/bench/pipeline-bench.ts', passThrough))).ok;
for (const script of ['scripts/bench/align-bench.ts', 'scripts/bench/search-bench.ts']) {
  failed = !(await runStep(script, process.execPath, tsx(script))).ok || failed;
}
if (e2e) await endToEnd(e2eRuns);
summary();
if (failed) process.exitCode = 1;
