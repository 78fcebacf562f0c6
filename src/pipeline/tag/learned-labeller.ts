/**
 * The learned labeller: the five label sets (themes, objects, instruments,
 * strength, roles) trained from the gold on rule-tagged clauses, and the
 * features of every clause of a corpus. Roles are chosen among the roles
 * of the clause's genre family only.
 *
 * Example: `trainLabeller(clauseSources(corpus), loadGoldSets(), labelSpace())`
 * → five models; `labelsOf(labeller, source)` → the labels of one clause.
 */
import { join } from 'node:path';
import type { Corpus } from '../../model/types.ts';
import { genreFamily } from '../../model/document-meta.ts';
import { clausesOf } from '../../model/walk.ts';
import { clauseFeatures, type FeatureSource, type Features } from './clause-features.ts';
import { labelSets, strengthClasses, type GoldSets, type LabelSetName } from './gold-sets.ts';
import {
  predictLabels,
  trainLabelSet,
  type Example,
  type LabelSetModel,
  type Prediction,
  type TrainOptions,
} from './label-model.ts';
import { loadTaxonomy, type Taxonomy } from './load-taxonomy.ts';
import { loadRoles, type RoleFile } from './roles.ts';

/** The label ids of each set, and the genre family of each role. */
export interface LabelSpace {
  ids: Record<LabelSetName, string[]>;
  roleFamily: Map<string, string>;
}

/** The label space of the taxonomy and role data. */
export function labelSpace(
  taxonomy: Taxonomy = loadTaxonomy(),
  roles: RoleFile = loadRoles(join(process.env.CONTENT_DIR ?? 'content', 'taxonomy', 'roles.yaml')),
): LabelSpace {
  return {
    ids: {
      themes: taxonomy.themes.labels.map((l) => l.id),
      objects: taxonomy.objects.labels.map((l) => l.id),
      instruments: taxonomy.instruments.labels.map((l) => l.id),
      strength: [...strengthClasses],
      roles: roles.roles.map((r) => r.id),
    },
    roleFamily: new Map(roles.roles.map((r) => [r.id, r.family])),
  };
}

/** One clause ready for the labeller: its document, its family and its features. */
export interface ClauseSource {
  id: string;
  document: string;
  family: string;
  features: Features;
}

/** The features of every clause of a rule-tagged corpus, in corpus order. */
export function clauseSources(corpus: Corpus): ClauseSource[] {
  return corpus.documents.flatMap((doc) => {
    const family = genreFamily(doc.meta.genre);
    return clausesOf(doc.body).map((clause): ClauseSource => {
      const source: FeatureSource = { clause, family, level: doc.meta.jurisdiction.level };
      return { id: clause.id, document: doc.meta.id, family, features: clauseFeatures(source) };
    });
  });
}

/** The trained label sets and the space they label. */
export interface Labeller {
  space: LabelSpace;
  sets: Record<LabelSetName, LabelSetModel>;
}

/** The gold examples of one label set among `sources`. */
export function examplesOf(sources: readonly ClauseSource[], gold: GoldSets, set: LabelSetName): Example[] {
  return sources.flatMap((s) => {
    const labels = gold[set].get(s.id);
    return labels ? [{ id: s.id, document: s.document, features: s.features, labels }] : [];
  });
}

/** Trains every label set on the gold clauses among `sources`. */
export function trainLabeller(
  sources: readonly ClauseSource[],
  gold: GoldSets,
  space: LabelSpace,
  options: TrainOptions = {},
): Labeller {
  const kind = (set: LabelSetName): 'multi' | 'single' => (set === 'strength' || set === 'roles' ? 'single' : 'multi');
  const sets = Object.fromEntries(
    labelSets.map((set) => [set, trainLabelSet(kind(set), space.ids[set], examplesOf(sources, gold, set), options)]),
  ) as Record<LabelSetName, LabelSetModel>;
  return { space, sets };
}

/** The labels of one clause in every set (strength and role: one each). */
export function labelsOf(labeller: Labeller, source: ClauseSource): Record<LabelSetName, Prediction[]> {
  const roles = labeller.space.ids.roles.filter((id) => labeller.space.roleFamily.get(id) === source.family);
  return Object.fromEntries(
    labelSets.map((set) => [
      set,
      predictLabels(labeller.sets[set], source.features, set === 'roles' ? { candidates: roles } : {}),
    ]),
  ) as Record<LabelSetName, Prediction[]>;
}
