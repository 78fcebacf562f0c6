/**
 * The leave-one-document-out figures as the site shows them: a plain,
 * rounded summary of `evaluateLodo` (per scope: micro and macro F1 per
 * label set, strength accuracy and κ, role accuracy, clause counts; the
 * calibration; the same without the rules' labels as features), written
 * to `src/eval/lodo-figures.json` by `npm run eval:labels -- --write` and
 * read at site build, since the measurement trains one labeller per
 * document and takes minutes.
 *
 * Example: `{scopes: {全部: {themes: {micro: 0.879, macro: 0.865, clauses: 299}, …}}, …}`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from './evaluate-labels.ts';
import type { LodoEvaluation, LodoScope } from './evaluate-lodo.ts';

/** Where the figures are kept. */
export const lodoFiguresFile = join('src', 'eval', 'lodo-figures.json');

/** F1 of one label set in one scope. */
export interface SetFigures {
  micro: number;
  macro: number;
  clauses: number;
}

/** The figures of one scope. */
export interface ScopeFigures {
  themes: SetFigures;
  objects: SetFigures;
  instruments: SetFigures;
  groups: SetFigures;
  strength: { accuracy: number; kappa: number; clauses: number };
  roles: { accuracy: number; clauses: number };
}

/** Everything the site shows of the measurement. */
export interface LodoFigures {
  folds: number;
  scopes: Partial<Record<LodoScope, ScopeFigures>>;
  /** Without the rules' labels as features. */
  wordsOnly: Partial<Record<LodoScope, ScopeFigures>>;
  /** Of the labels given p ≥ 0.8 (themes, objects, instruments, strength, roles together): how many, how many right. */
  calibration: { given: number; right: number };
  failures: string[];
}

const r3 = (n: number): number => Math.round(n * 1000) / 1000;
const set = (r: Report): SetFigures => ({ micro: r3(r.micro.f1), macro: r3(r.macro), clauses: r.clauses });

function scopes(e: LodoEvaluation): LodoFigures['scopes'] {
  return Object.fromEntries(Object.entries(e.scopes).map(([scope, r]) => [scope, {
    themes: set(r.themes), objects: set(r.objects), instruments: set(r.instruments), groups: set(r.groups),
    strength: { accuracy: r3(r.strength.accuracy), kappa: r3(r.strength.kappa), clauses: r.strength.clauses },
    roles: { accuracy: r3(r.roles.accuracy), clauses: r.roles.clauses },
  }]));
}

/** The summary of a headline run and a words-only run. */
export function lodoFigures(headline: LodoEvaluation, wordsOnly: LodoEvaluation): LodoFigures {
  const calibration = Object.values(headline.calibration).reduce((a, c) => ({ given: a.given + c.given, right: a.right + c.right }), { given: 0, right: 0 });
  return { folds: headline.folds, scopes: scopes(headline), wordsOnly: scopes(wordsOnly), calibration, failures: headline.failures };
}

/** Reads the kept figures; null when they have not been written. */
export function readLodoFigures(file = lodoFiguresFile): LodoFigures | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LodoFigures;
  } catch {
    return null;
  }
}
