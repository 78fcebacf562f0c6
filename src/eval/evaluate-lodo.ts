/**
 * Leave-one-document-out measurement of the learned labeller: for each
 * document with gold clauses, train on the gold of all the others (its
 * thresholds from cross-validation inside those) and label the held
 * document's gold clauses. Reports, over all gold and per genre (plans and
 * policy papers, local regulations, national texts): per-label and micro /
 * macro F1 for themes, objects, instruments and instrument groups; strength
 * accuracy and Cohen's κ (over gold clauses with a strength, as the rule
 * evaluation counts); role accuracy; and calibration (of the labels given
 * a probability ≥ 0.8, the share that is right; labels the rules decided
 * because the training gold could not teach them are not counted there).
 * The same figures are given again over the gold clauses kept out of
 * tuning the rules (the held-out split): there the rules' labels, which the
 * model reads, are no better than on a new text.
 *
 * Example failure: `地方法规: theme micro-F1 0.812 < 0.85`.
 */
import type { Corpus } from '../model/types.ts';
import { isNational } from '../model/document-meta.ts';
import {
  loadGoldSets,
  loadHeldOutIds,
  labelSets,
  perSet,
  type GoldSets,
  type LabelSetName,
} from '../pipeline/tag/gold-sets.ts';
import {
  clauseSources,
  labelSpace,
  labelsOf,
  trainLabeller,
  type ClauseSource,
  type LabelSpace,
} from '../pipeline/tag/learned-labeller.ts';
import type { TrainOptions } from '../pipeline/tag/label-model.ts';
import type { LabelFacts, Prediction } from '../pipeline/tag/label-model.ts';
import { evaluate, type Pair, type Report } from './evaluate-labels.ts';
import { cohenKappa, groups } from './instrument-scores.ts';

/** Targets of issue 26, on leave-one-document-out figures, in every genre with gold. */
export const lodoTargets = {
  themeMicroF1: 0.85,
  objectMicroF1: 0.92,
  instrumentMicroF1: 0.8,
  groupMicroF1: 0.88,
  strengthAccuracy: 0.85,
  strengthKappa: 0.6,
  roleAccuracy: 0.9,
} as const;

/** The scopes reported: all gold, then each genre. */
export const lodoScopes = ['全部', '规划与政策文件', '地方法规', '国家法律法规'] as const;

/** A reported scope. */
export type LodoScope = (typeof lodoScopes)[number];

/** Every figure of one scope. */
export interface LodoReport {
  themes: Report;
  objects: Report;
  instruments: Report;
  groups: Report;
  /** κ is null where the gold has one strength class only: agreement beyond chance cannot be told there. */
  strength: { clauses: number; accuracy: number; kappa: number | null };
  roles: { clauses: number; accuracy: number };
}

/** Of the labels given a probability ≥ 0.8, how many and how many right, per set. */
export type Calibration = Record<LabelSetName, { given: number; right: number }>;

/** The whole measurement. */
export interface LodoEvaluation {
  scopes: Partial<Record<LodoScope, LodoReport>>;
  /**
   * The same figures over the gold clauses kept out of tuning the rules
   * (the held-out split): the rules, which the model reads as features,
   * were adjusted on the other clauses of the same documents, so these are
   * the figures nearest to a text nobody has read.
   */
  heldOut: Partial<Record<LodoScope, LodoReport>>;
  calibration: Calibration;
  /** The calibration over the held-out split alone. */
  heldOutCalibration: Calibration;
  /** Documents held out, one training each. */
  folds: number;
  failures: string[];
}

/** Held-out predictions: clause id → set → labels. */
type Held = Map<string, Record<LabelSetName, Prediction[]>>;

const groupOf = (ids: readonly string[]): string[] => groups.filter((g) => ids.some((id) => id.startsWith(`${g}.`)));

/**
 * Accuracy and Cohen's κ of the given strengths against the gold; κ is
 * null where the gold has one class only (every agreement is then chance
 * agreement, and κ is 0 whatever the labeller does).
 */
export function strengthAgreement(gold: readonly string[], given: readonly string[]): LodoReport['strength'] {
  return {
    clauses: gold.length,
    accuracy: gold.length === 0 ? 1 : gold.filter((g, i) => g === given[i]).length / gold.length,
    kappa: new Set(gold).size < 2 ? null : cohenKappa(gold, given),
  };
}

function report(ids: readonly string[], held: Held, gold: GoldSets, space: LabelSpace): LodoReport {
  const pairs = (set: LabelSetName): Pair[] =>
    ids
      .filter((id) => gold[set].has(id))
      .map((id) => ({ id, gold: gold[set].get(id)!, predicted: held.get(id)![set].map((p) => p.id) }));
  const instrumentPairs = pairs('instruments');
  const strength = pairs('strength').filter((p) => p.gold[0] !== 'none');
  const goldStrength = strength.map((p) => p.gold[0]);
  const givenStrength = strength.map((p) => p.predicted[0] ?? 'none');
  const roles = pairs('roles');
  return {
    themes: evaluate(pairs('themes'), space.ids.themes),
    objects: evaluate(pairs('objects'), space.ids.objects),
    instruments: evaluate(instrumentPairs, space.ids.instruments),
    groups: evaluate(
      instrumentPairs.map((p) => ({ id: p.id, gold: groupOf(p.gold), predicted: groupOf(p.predicted) })),
      groups,
    ),
    strength: strengthAgreement(goldStrength, givenStrength),
    roles: {
      clauses: roles.length,
      accuracy: roles.length === 0 ? 1 : roles.filter((p) => p.gold[0] === p.predicted[0]).length / roles.length,
    },
  };
}

/**
 * Of the labels given a probability ≥ 0.8 to the clauses of `gold`, how
 * many and how many right; labels the rules decided are not counted.
 */
function calibrate(held: Held, gold: GoldSets): Calibration {
  return perSet((set) => {
    let given = 0;
    let right = 0;
    for (const [id, labels] of held) {
      const truth = gold[set].get(id);
      if (!truth) continue;
      for (const p of labels[set])
        if (!p.rule && p.probability >= 0.8) {
          given += 1;
          if (truth.includes(p.id)) right += 1;
        }
    }
    return { given, right };
  });
}

/** Targets missed by one scope, as sentences naming it. */
function missed(scope: LodoScope, r: LodoReport): string[] {
  const t = lodoTargets;
  const checks: Array<[string, number | null, number, number]> = [
    ['theme micro-F1', r.themes.micro.f1, t.themeMicroF1, r.themes.clauses],
    ['object micro-F1', r.objects.micro.f1, t.objectMicroF1, r.objects.clauses],
    ['instrument micro-F1', r.instruments.micro.f1, t.instrumentMicroF1, r.instruments.clauses],
    ['instrument group micro-F1', r.groups.micro.f1, t.groupMicroF1, r.groups.clauses],
    ['strength accuracy', r.strength.accuracy, t.strengthAccuracy, r.strength.clauses],
    ['strength κ', r.strength.kappa, t.strengthKappa, r.strength.clauses],
    ['role accuracy', r.roles.accuracy, t.roleAccuracy, r.roles.clauses],
  ];
  return checks
    .filter(([, value, target, n]) => n > 0 && value !== null && value < target)
    .map(([name, value, target]) => `${scope}: ${name} ${value!.toFixed(3)} < ${target}`);
}

/** Options: whether the rules' labels are features (default yes), the gold folder. */
export interface LodoOptions {
  ruleFeatures?: boolean;
  goldDir?: string;
  space?: LabelSpace;
  /** Training settings (default: the build's). */
  train?: TrainOptions;
  onFold?: (done: number, total: number, document: string) => void;
}

/** Runs the measurement on a rule-tagged corpus. */
export function evaluateLodo(
  corpus: Corpus,
  { ruleFeatures = true, goldDir, space = labelSpace(), train, onFold }: LodoOptions = {},
): LodoEvaluation {
  const gold = loadGoldSets(goldDir);
  const sources: ClauseSource[] = clauseSources(corpus).map((s) =>
    ruleFeatures
      ? s
      : {
          ...s,
          features: new Map([...s.features].filter(([name]) => !name.startsWith('rule:'))),
          facts: perSet((): LabelFacts => new Map()),
        },
  );
  const isGold = (id: string): boolean => labelSets.some((set) => gold[set].has(id));
  const documents = [...new Set(sources.filter((s) => isGold(s.id)).map((s) => s.document))];
  const held: Held = new Map();
  documents.forEach((document, index) => {
    const labeller = trainLabeller(
      sources.filter((s) => s.document !== document),
      gold,
      space,
      train,
    );
    for (const source of sources)
      if (source.document === document && isGold(source.id)) held.set(source.id, labelsOf(labeller, source));
    onFold?.(index + 1, documents.length, document);
  });

  const national = new Set(corpus.documents.filter((d) => isNational(d.meta)).map((d) => d.meta.id));
  const familyOf = new Map(sources.map((s) => [s.id, s.family]));
  const documentOf = new Map(sources.map((s) => [s.id, s.document]));
  const scopeOf = (id: string): LodoScope =>
    national.has(documentOf.get(id)!)
      ? '国家法律法规'
      : familyOf.get(id) === '政策文件'
        ? '规划与政策文件'
        : '地方法规';
  const ids = [...held.keys()];
  const heldOutIds = loadHeldOutIds(goldDir);
  const heldOutGold = perSet((set) => new Map([...gold[set]].filter(([id]) => heldOutIds[set].has(id))));
  const scopes: LodoEvaluation['scopes'] = {};
  const heldOut: LodoEvaluation['heldOut'] = {};
  for (const scope of lodoScopes) {
    const within = ids.filter((id) => scope === '全部' || scopeOf(id) === scope);
    if (within.length > 0) scopes[scope] = report(within, held, gold, space);
    if (within.some((id) => labelSets.some((set) => heldOutGold[set].has(id))))
      heldOut[scope] = report(within, held, heldOutGold, space);
  }
  const calibration = calibrate(held, gold);
  const heldOutCalibration = calibrate(held, heldOutGold);
  const failures = lodoScopes.flatMap((s) => (scopes[s] ? missed(s, scopes[s]) : []));
  return { scopes, heldOut, calibration, heldOutCalibration, folds: documents.length, failures };
}
