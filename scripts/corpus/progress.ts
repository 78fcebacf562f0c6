/**
 * Progress of a long build on stderr, sane in a terminal and in a log:
 * a terminal gets one line rewritten at most ten times a second; a log
 * (CI, a pipe) gets a line at every tenth of the work and at the end,
 * never one per document.
 *
 * Example: `[corpus] 500/1000 文件 · bench-0500 · 2.4s`.
 */
import { performance } from 'node:perf_hooks';

export interface Progress {
  /** Reports `done` of `total` items; `label` names the last one. */
  update(done: number, total: number, label: string): void;
  /** Announces a stage that reports nothing while it runs (tagging, export). */
  begin(name: string): void;
  /** Reports a finished stage with its duration. */
  stage(name: string, detail?: string): void;
}

/** A progress reporter writing to `stream` (stderr by default). */
export function createProgress(stream: NodeJS.WriteStream = process.stderr, tty = Boolean(stream.isTTY)): Progress {
  const started = performance.now();
  let stageStarted = started;
  let lastDraw = -Infinity;
  let lastTenth = -1;
  let open = false;
  const elapsed = (): string => `${((performance.now() - started) / 1000).toFixed(1)}s`;
  return {
    update(done, total, label) {
      const line = `[corpus] ${done}/${total} 文件 · ${label} · ${elapsed()}`;
      if (tty) {
        const now = performance.now();
        if (now - lastDraw < 100 && done < total) return;
        lastDraw = now;
        stream.write(`\r\x1b[2K${line}`);
        open = done < total;
        if (!open) stream.write('\n');
      } else {
        const tenth = Math.floor((done / total) * 10);
        if (tenth === lastTenth && done < total) return;
        lastTenth = tenth;
        if (total >= 20 || done === total) stream.write(`${line}\n`);
      }
    },
    begin(name) {
      if (open) stream.write('\n');
      stream.write(tty ? `[${name}] … · ${elapsed()}` : `[${name}] started · ${elapsed()}\n`);
      open = tty;
    },
    stage(name, detail = '') {
      if (open) stream.write(tty ? '\r\x1b[2K' : '\n');
      open = false;
      const now = performance.now();
      stream.write(`[${name}] ${((now - stageStarted) / 1000).toFixed(2)}s${detail ? ` · ${detail}` : ''} · total ${elapsed()}\n`);
      stageStarted = now;
    },
  };
}
