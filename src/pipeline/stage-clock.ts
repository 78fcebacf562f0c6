/**
 * Wall time per stage of the corpus build, for the benchmark and the
 * progress line. The pipeline calls `lap(stage)` when a stage of a
 * document ends; the time since the previous lap goes to that stage.
 * Without a clock the pipeline measures nothing.
 *
 * Example: load → decode+repair → normalize → structure per document,
 * then tag and export once for the corpus.
 */
import { performance } from 'node:perf_hooks';

/** Stages of the corpus build, in order. */
export const stages = ['load', 'decode+repair', 'normalize', 'structure', 'tag', 'export'] as const;

export type Stage = (typeof stages)[number];

/** Marks the end of a stage. */
export type StageClock = (stage: Stage) => void;

/** A clock summing milliseconds per stage; `reset()` restarts the lap without counting. */
export function stageTimer(): { lap: StageClock; reset(): void; totals: Record<Stage, number> } {
  const totals = Object.fromEntries(stages.map((stage) => [stage, 0])) as Record<Stage, number>;
  let last = performance.now();
  return {
    totals,
    lap(stage) {
      const now = performance.now();
      totals[stage] += now - last;
      last = now;
    },
    reset() {
      last = performance.now();
    },
  };
}
