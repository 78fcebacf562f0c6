/**
 * The leave-one-document-out figures as the site shows them: a plain,
 * rounded summary of `evaluateLodo` (per scope: micro and macro F1 per
 * label set, strength accuracy and κ, role accuracy, clause counts; the
 * same over the clauses kept out of tuning the rules; the calibration; the
 * same without the rules' labels as features), written
 * to `src/eval/lodo-figures.json` by `npm run eval:labels -- --write` and
 * published in the catalogue by the corpus build, since the measurement
 * trains one labeller per document and takes minutes.
 *
 * Example: `{scopes: {全部: {themes: {micro: 0.879, macro: 0.865, clauses: 299}, …}}, …}`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  lodoFiguresSchema,
  type LodoFigures as KeptFigures,
  type LodoScopeFigures,
  type LodoSetFigures,
} from '../data/schemas/quality.ts';
import type { Report } from './evaluate-labels.ts';
import type { LodoEvaluation } from './evaluate-lodo.ts';

/** Where the figures are kept. */
export const lodoFiguresFile = join('src', 'eval', 'lodo-figures.json');

/** F1 of one label set in one scope. */
export type SetFigures = LodoSetFigures;

/** The figures of one scope. */
export type ScopeFigures = LodoScopeFigures;

/** Everything the site shows of the measurement (its schema: `src/data/schemas/quality.ts`). */
export type LodoFigures = KeptFigures;

const r3 = (n: number): number => Math.round(n * 1000) / 1000;
const set = (r: Report): SetFigures => ({ micro: r3(r.micro.f1), macro: r3(r.macro), clauses: r.clauses });

function scopes(reports: LodoEvaluation['scopes']): LodoFigures['scopes'] {
  return Object.fromEntries(
    Object.entries(reports).map(([scope, r]) => [
      scope,
      {
        themes: set(r.themes),
        objects: set(r.objects),
        instruments: set(r.instruments),
        groups: set(r.groups),
        strength: {
          accuracy: r3(r.strength.accuracy),
          kappa: r.strength.kappa === null ? null : r3(r.strength.kappa),
          clauses: r.strength.clauses,
        },
        roles: { accuracy: r3(r.roles.accuracy), clauses: r.roles.clauses },
      },
    ]),
  );
}

/** The summary of a headline run and a words-only run. */
export function lodoFigures(headline: LodoEvaluation, wordsOnly: LodoEvaluation): LodoFigures {
  const total = (c: LodoEvaluation['calibration']): LodoFigures['calibration'] =>
    Object.values(c).reduce((a, s) => ({ given: a.given + s.given, right: a.right + s.right }), { given: 0, right: 0 });
  return {
    folds: headline.folds,
    scopes: scopes(headline.scopes),
    heldOut: scopes(headline.heldOut),
    wordsOnly: scopes(wordsOnly.scopes),
    calibration: total(headline.calibration),
    heldOutCalibration: total(headline.heldOutCalibration),
    failures: headline.failures,
  };
}

/** Reads the kept figures, checked against their schema; null when they have not been written. */
export function readLodoFigures(file = lodoFiguresFile): LodoFigures | null {
  if (!existsSync(file)) return null;
  const checked = lodoFiguresSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!checked.success)
    throw new Error(
      `Unexpected shape of ${file}; rewrite it with \`npm run eval:labels -- --write\`:\n${checked.error.issues
        .slice(0, 5)
        .map((i) => `  ${i.path.join('.')}: ${i.message}`)
        .join('\n')}`,
    );
  return checked.data;
}
