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
  /** Reports `done` of `total` documents (or `unit`s) of the current stage; `label` names the last one. */
  update(done: number, total: number, label: string, unit?: string): void;
  /** Announces a stage; its updates carry its name (the first stage, before any `begin`, is `corpus`). */
  begin(name: string): void;
  /** Reports a finished step inside the current stage, e.g. `[align] index ✓ · 7.3s`. */
  step(name: string): void;
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
  let current = 'corpus';
  const elapsed = (): string => `${((performance.now() - started) / 1000).toFixed(1)}s`;
  return {
    update(done, total, label, unit = '文件') {
      const line = `[${current}] ${done}/${total} ${unit} · ${label} · ${elapsed()}`;
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
      current = name;
      lastTenth = -1;
      stream.write(tty ? `[${name}] … · ${elapsed()}` : `[${name}] started · ${elapsed()}\n`);
      open = tty;
    },
    step(name) {
      const line = `[${current}] ${name} ✓ · ${elapsed()}`;
      if (tty) {
        stream.write(`\r\x1b[2K${line}`);
        open = true;
      } else {
        stream.write(`${line}\n`);
      }
    },
    stage(name, detail = '') {
      if (open) stream.write(tty ? '\r\x1b[2K' : '\n');
      open = false;
      const now = performance.now();
      stream.write(
        `[${name}] ${((now - stageStarted) / 1000).toFixed(2)}s${detail ? ` · ${detail}` : ''} · total ${elapsed()}\n`,
      );
      stageStarted = now;
    },
  };
}
