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
import { clausesOf, tableRowsOf } from '../../model/walk.ts';
import { clauseFeatures, featuresFor, ruleFeatureSet, type FeatureSource, type Features } from './clause-features.ts';
import { labelSets, perSet, strengthClasses, type GoldSets, type LabelSetName } from './gold-sets.ts';
import {
  predictLabels,
  trainLabelSet,
  type Example,
  type LabelFacts,
  type LabelSetModel,
  type Prediction,
  type TrainOptions,
} from './label-model.ts';
import { loadTaxonomy, type Taxonomy } from './load-taxonomy.ts';
import { loadRoles, type RoleFile } from './roles.ts';
import { defaultTagger, type Tagger } from './tag-corpus.ts';

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

/** One clause ready for the labeller: its document, its family, its features and its label facts per set. */
export interface ClauseSource {
  id: string;
  document: string;
  family: string;
  features: Features;
  facts: Record<LabelSetName, LabelFacts>;
  /** A clause, or a table row read as one (it takes themes and objects only). */
  unit: 'clause' | 'row';
}

const taggedSets = ['themes', 'objects', 'instruments'] as const;

/**
 * The facts of each label the rules know of for one clause: `own:rule`
 * (the rules gave it to the clause; `own:rule@国家` again in a national
 * text, whose wording the rules were not written on), `own:title` (they
 * give it to the document's title: 植物新品种保护条例 → 植物新品种) and
 * `own:share` (the share of the document's clauses they gave it to).
 */
function labelFacts(
  rules: Record<LabelSetName, string[]>,
  title: Partial<Record<LabelSetName, string[]>>,
  share: Partial<Record<LabelSetName, Map<string, number>>>,
  national = false,
): Record<LabelSetName, LabelFacts> {
  return perSet((set) => {
    const facts = new Map<string, Map<string, number>>();
    const add = (label: string, name: string, value: number): void => {
      if (!facts.has(label)) facts.set(label, new Map());
      facts.get(label)!.set(name, value);
    };
    for (const label of rules[set]) add(label, 'own:rule', 1);
    if (national) for (const label of rules[set]) add(label, 'own:rule@国家', 1);
    for (const label of title[set] ?? []) add(label, 'own:title', 1);
    for (const [label, value] of share[set] ?? []) add(label, 'own:share', value);
    return facts;
  });
}

/** The features and label facts of every clause of a rule-tagged corpus, in corpus order, each document's table rows after its clauses. */
export function clauseSources(corpus: Corpus, tagger: Tagger = defaultTagger()): ClauseSource[] {
  return corpus.documents.flatMap((doc) => {
    const family = genreFamily(doc.meta.genre);
    const clauses = clausesOf(doc.body);
    const tagged = tagger.tag({ text: doc.meta.title, title: null, headings: [] });
    const title = Object.fromEntries(taggedSets.map((set) => [set, tagged[set].map((l) => l.id)]));
    const share = Object.fromEntries(
      taggedSets.map((set) => {
        const counts = new Map<string, number>();
        for (const clause of clauses)
          for (const label of clause[set]) counts.set(label.id, (counts.get(label.id) ?? 0) + 1 / clauses.length);
        return [set, counts];
      }),
    );
    const source = (id: string, unit: ClauseSource['unit'], from: FeatureSource): ClauseSource => {
      const features = clauseFeatures(from);
      const rules = perSet((set) => ruleLabels(features, set));
      return {
        id,
        document: doc.meta.id,
        family,
        features,
        facts: labelFacts(rules, title, share, doc.meta.jurisdiction.level === '国家'),
        unit,
      };
    };
    const level = doc.meta.jurisdiction.level;
    const rows = tableRowsOf(doc.body).map((row) => {
      const labels = row.table.rowLabels?.[row.index];
      const clause = {
        text: row.text,
        title: null,
        headings: row.headings,
        themes: labels?.themes ?? [],
        objects: labels?.objects ?? [],
        instruments: [],
        strength: null,
      };
      return source(row.id, 'row', { clause, family, level });
    });
    return [
      ...clauses.map((clause, index) =>
        source(clause.id, 'clause', { clause, family, level, position: { index, count: clauses.length } }),
      ),
      ...rows,
    ];
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
    return labels
      ? [{ id: s.id, document: s.document, features: featuresFor(s.features, set), facts: s.facts[set], labels }]
      : [];
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

/** The rules' labels of one set, as the clause's `rule:` features carry them (none without rule features). */
export function ruleLabels(features: Features, set: LabelSetName): string[] {
  const prefix = `rule:${ruleFeatureSet[set]}:`;
  return [...features.keys()].filter((name) => name.startsWith(prefix)).map((name) => name.slice(prefix.length));
}

/** The labels of one clause in every set (strength and role: one each). */
export function labelsOf(labeller: Labeller, source: ClauseSource): Record<LabelSetName, Prediction[]> {
  const roles = labeller.space.ids.roles.filter((id) => labeller.space.roleFamily.get(id) === source.family);
  return Object.fromEntries(
    labelSets.map((set) => [
      set,
      predictLabels(labeller.sets[set], featuresFor(source.features, set), {
        facts: source.facts[set],
        candidates: set === 'roles' ? roles : undefined,
        rules: ruleLabels(source.features, set),
      }),
    ]),
  ) as Record<LabelSetName, Prediction[]>;
}
