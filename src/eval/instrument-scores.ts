/**
 * Scores policy-instrument (政策工具) and strength (力度) labels against
 * the hand-coded gold set `tests/gold/instruments.yaml`, given clauses
 * already tagged: P/R/F1 per instrument and per group (a clause has a
 * group when it has any of its instruments), micro and macro; strength
 * accuracy over gold clauses with a strength, and Cohen's κ for strength
 * and for each group's presence — on all gold clauses, the tune split and
 * the held-out split, over the whole gold set, over the plans and local
 * regulations the rules were written on (where the targets apply; national
 * texts are reported only) and per genre family.
 * Pure: no corpus build, so the site can score the published corpus
 * (the framework page) and `npm run eval:instruments` a fresh build.
 *
 * Example failure: `plans and local regulations: instrument demand.market F1 0.540 < 0.6 (35 gold clauses)`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Clause } from '../model/types.ts';
import { strengthIds } from '../pipeline/tag/taxonomy-schema.ts';
import {
  enforcedGenres,
  enforcedScope,
  evaluate,
  genres,
  splits,
  worstMistakes,
  type GenreFamily,
  type Mistake,
  type Pair,
  type Report,
  type Split,
} from './evaluate-labels.ts';

/** Targets on the gold clauses of plans and local regulations; an instrument's own F1 target applies from `instrumentMinSupport` gold clauses on. */
export const targets = {
  groupMicroF1: 0.85,
  instrumentMicroF1: 0.75,
  instrumentF1: 0.6,
  instrumentMinSupport: 10,
  strengthAccuracy: 0.85,
} as const;

/** The three instrument groups of Rothwell & Zegveld, in report order. */
export const groups = ['supply', 'environment', 'demand'] as const;

const entrySchema = z
  .object({
    split: z.enum(['tune', 'held-out']),
    instruments: z.array(z.string()),
    strength: z.enum(strengthIds).nullable(),
  })
  .strict();
const goldSchema = z.object({ clauses: z.record(z.string(), entrySchema) }).strict();

/** One gold clause of the instrument gold set. */
export type InstrumentGold = z.infer<typeof entrySchema> & { id: string };

/** Reads the instrument gold file; unknown clause or instrument ids are configuration errors named with file and entry. */
export function loadInstrumentGold(
  file: string,
  known: { clauses: Set<string>; instruments: Set<string> },
): InstrumentGold[] {
  const parsed = goldSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new Error(
      `Invalid gold data in ${file}:\n${parsed.error.issues.map((i) => `  ${file}: ${i.path.join(' › ')}: ${i.message}`).join('\n')}`,
    );
  const problems: string[] = [];
  const entries = Object.entries(parsed.data.clauses).map(([id, entry]) => {
    if (!known.clauses.has(id))
      problems.push(`  ${file}: ${id}: Unexpected clause id, expected one of public/data/corpus.json`);
    for (const i of entry.instruments)
      if (!known.instruments.has(i)) problems.push(`  ${file}: ${id}: Unexpected instrument \`${i}\``);
    return { id, ...entry };
  });
  if (problems.length > 0) throw new Error(`Invalid gold data in ${file}:\n${problems.join('\n')}`);
  return entries;
}

/** The instrument gold set's default place. */
export const instrumentGoldFile = 'tests/gold/instruments.yaml';

/**
 * The clause ids the gold set codes, checked against its schema; null when
 * there is no gold file (a checkout without it). A malformed file is an
 * error naming the file, never an empty gold set.
 */
export function instrumentGoldIds(file: string): string[] | null {
  if (!existsSync(file)) return null;
  const parsed = goldSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new Error(
      `Invalid gold data in ${file}:\n${parsed.error.issues.map((i) => `  ${file}: ${i.path.join(' › ')}: ${i.message}`).join('\n')}`,
    );
  return Object.keys(parsed.data.clauses);
}

/** Agreement on strength over the gold clauses that have one. */
export interface StrengthReport {
  clauses: number;
  accuracy: number;
  kappa: number;
}

/** Every figure of one part of the gold set on one split. */
export interface InstrumentReport {
  instruments: Report;
  groups: Report;
  /** Cohen's κ of each group's presence (gold vs tagged). */
  groupKappa: Record<(typeof groups)[number], number>;
  strength: StrengthReport;
}

/** Reports of one part of the gold set, per split. */
export type InstrumentReports = Record<Split, InstrumentReport>;

/** The full evaluation result. */
export interface InstrumentEvaluation {
  instrumentIds: string[];
  all: InstrumentReports;
  /** The gold clauses of the genres the targets apply to (plans and local regulations). */
  enforced: InstrumentReports;
  genres: Record<GenreFamily, InstrumentReports>;
  /** Worst mistakes on the tune split only, so tuning never reads a held-out clause; strength mistakes as `gold→tagged`. */
  mistakes: { instruments: Mistake[]; strength: Array<{ id: string; gold: string; tagged: string; evidence: string }> };
  /** Targets missed on the enforced gold clauses, as readable sentences; empty when every target is met. */
  failures: string[];
}

/** Cohen's κ of two labelings of the same items. */
export function cohenKappa(a: readonly string[], b: readonly string[]): number {
  const n = a.length;
  if (n === 0) return 1;
  const observed = a.filter((x, i) => x === b[i]).length / n;
  const cats = new Set([...a, ...b]);
  let expected = 0;
  for (const c of cats) expected += (a.filter((x) => x === c).length / n) * (b.filter((x) => x === c).length / n);
  return expected === 1 ? 1 : (observed - expected) / (1 - expected);
}

const groupOf = (ids: readonly string[]): string[] => groups.filter((g) => ids.some((id) => id.startsWith(`${g}.`)));

interface Row {
  gold: InstrumentGold;
  clause: Clause;
}

function report(rows: readonly Row[], instrumentIds: readonly string[]): InstrumentReport {
  const pairs: Pair[] = rows.map(({ gold, clause }) => ({
    id: gold.id,
    gold: gold.instruments,
    predicted: clause.instruments.map((l) => l.id),
  }));
  const groupPairs = pairs.map((p) => ({ id: p.id, gold: groupOf(p.gold), predicted: groupOf(p.predicted) }));
  const groupKappa = Object.fromEntries(
    groups.map((g) => [
      g,
      cohenKappa(
        groupPairs.map((p) => String(p.gold.includes(g))),
        groupPairs.map((p) => String(p.predicted.includes(g))),
      ),
    ]),
  ) as InstrumentReport['groupKappa'];
  const coded = rows.filter((r) => r.gold.strength !== null);
  const gold = coded.map((r) => r.gold.strength!);
  const tagged = coded.map((r) => r.clause.strength?.id ?? 'none');
  const accuracy = coded.length === 0 ? 1 : gold.filter((g, i) => g === tagged[i]).length / coded.length;
  return {
    instruments: evaluate(pairs, instrumentIds),
    groups: evaluate(groupPairs, groups),
    groupKappa,
    strength: { clauses: coded.length, accuracy, kappa: cohenKappa(gold, tagged) },
  };
}

const perSplit = (rows: readonly Row[], ids: readonly string[]): InstrumentReports =>
  Object.fromEntries(
    splits.map((s) => [
      s,
      report(
        rows.filter((r) => s === 'all' || r.gold.split === s),
        ids,
      ),
    ]),
  ) as InstrumentReports;

/** Targets missed on the enforced gold clauses. */
function missedTargets(all: InstrumentReport): string[] {
  const failures: string[] = [];
  const scope = enforcedScope;
  if (all.groups.micro.f1 < targets.groupMicroF1)
    failures.push(`${scope}: group micro-F1 ${all.groups.micro.f1.toFixed(3)} < ${targets.groupMicroF1}`);
  if (all.instruments.micro.f1 < targets.instrumentMicroF1)
    failures.push(
      `${scope}: instrument micro-F1 ${all.instruments.micro.f1.toFixed(3)} < ${targets.instrumentMicroF1}`,
    );
  for (const [id, s] of all.instruments.perLabel) {
    const support = s.tp + s.fn;
    if (support >= targets.instrumentMinSupport && s.f1 < targets.instrumentF1)
      failures.push(
        `${scope}: instrument ${id} F1 ${s.f1.toFixed(3)} < ${targets.instrumentF1} (${support} gold clauses)`,
      );
  }
  if (all.strength.accuracy < targets.strengthAccuracy)
    failures.push(`${scope}: strength accuracy ${all.strength.accuracy.toFixed(3)} < ${targets.strengthAccuracy}`);
  return failures;
}

/** A tagged clause of the corpus with its genre family. */
export interface TaggedClause {
  clause: Clause;
  genre: GenreFamily;
}

/** Scores the tagged clauses against the gold set in `goldFile`; a gold clause missing from `clauses` is a configuration error. */
export function scoreInstruments(
  goldFile: string,
  clauses: ReadonlyMap<string, TaggedClause>,
  instrumentIds: readonly string[],
): InstrumentEvaluation {
  const gold = loadInstrumentGold(goldFile, { clauses: new Set(clauses.keys()), instruments: new Set(instrumentIds) });
  const rows = gold.map((g) => ({ gold: g, clause: clauses.get(g.id)!.clause, genre: clauses.get(g.id)!.genre }));
  const all = perSplit(rows, instrumentIds);
  const enforced = perSplit(
    rows.filter((r) => enforcedGenres.includes(r.genre)),
    instrumentIds,
  );
  const byGenre = Object.fromEntries(
    genres.map((g) => [
      g,
      perSplit(
        rows.filter((r) => r.genre === g),
        instrumentIds,
      ),
    ]),
  ) as Record<GenreFamily, InstrumentReports>;
  const tune = rows.filter((r) => r.gold.split === 'tune');
  const mistakes = {
    instruments: worstMistakes(
      tune.map((r) => ({ id: r.gold.id, gold: r.gold.instruments, predicted: r.clause.instruments.map((l) => l.id) })),
      15,
    ),
    strength: tune
      .filter((r) => r.gold.strength !== null && r.gold.strength !== (r.clause.strength?.id ?? null))
      .map((r) => ({
        id: r.gold.id,
        gold: r.gold.strength ?? 'none',
        tagged: r.clause.strength?.id ?? 'none',
        evidence: r.clause.strength?.evidence ?? '',
      }))
      .slice(0, 15),
  };
  return {
    instrumentIds: [...instrumentIds],
    all,
    enforced,
    genres: byGenre,
    mistakes,
    failures: missedTargets(enforced.all),
  };
}
