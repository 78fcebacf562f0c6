/**
 * The features the learned labeller reads from one clause, by name, each
 * named with a short prefix that says where it comes from:
 *
 * - `w:` jieba words of the text (with the domain dictionary), `c:` its
 *   character bigrams; `s:` words of its opening up to the first pause,
 *   where a clause names who acts (人民法院、权利人、市知识产权局); `a:` the
 *   word each modal verb binds (人民法院 in 人民法院可以…);
 *   `h:` words of the heading chain and the title;
 * - `pos:` the clause's fifth of its document, and `pos:first0`…
 *   `pos:last0` for the first and last two clauses;
 * - `fam:` genre family and `lvl:` jurisdiction level of the document;
 * - `rule:` the labels the taxonomy rules gave (themes, objects,
 *   instruments, strength, role), so the rules are evidence, not the decision;
 * - in a national text, every feature again with the prefix `国家|`.
 *
 * Each group of words is scaled to unit length, so a long article does not
 * outweigh a short one; the other features are 1.
 *
 * Example: 推动知识产权质押融资 under 二、促进运用 → `w:质押融资`, `c:质押`,
 * `h:运用`, `fam:政策文件`, `rule:themes:use`, ….
 */
import type { Clause } from '../../model/types.ts';
import { cutWords } from './segment.ts';

/** What a clause offers to the labeller, besides its words. */
export interface FeatureSource {
  clause: Pick<Clause, 'text' | 'title' | 'headings' | 'themes' | 'objects' | 'instruments' | 'strength' | 'role'>;
  /** Genre family of the document: 政策文件 or 法律法规. */
  family: string;
  /** Jurisdiction level of the document: 国家, 省, 地级市, 市辖区…. */
  level: string;
  /** Its place among the document's clauses, where known. */
  position?: ClausePosition;
}

/** A clause's index among its document's `count` clauses, from 0. */
export interface ClausePosition {
  index: number;
  count: number;
}

/** The name each label set's rule labels carry among the features (`rule:<name>:<id>`). */
export const ruleFeatureSet = {
  themes: 'themes',
  objects: 'objects',
  instruments: 'instruments',
  strength: 'strength',
  roles: 'role',
} as const;

/**
 * Features that say what kind of statement a clause is, not what it is
 * about: whom its modal verbs bind and where it stands in its document.
 * Only the role and strength sets read them (`featuresFor`).
 */
const statementKinds = ['a:', 'pos:'];

/** The label sets that read the statement-kind features. */
const statementSets: ReadonlySet<string> = new Set(['roles', 'strength']);

const topicOnly = new WeakMap<Features, Features>();

/**
 * The features one label set reads: all of them for roles and strength;
 * for themes, objects and instruments, all but the statement-kind ones.
 */
export function featuresFor(features: Features, set: keyof typeof ruleFeatureSet): Features {
  if (statementSets.has(set)) return features;
  let topic = topicOnly.get(features);
  if (!topic) {
    topic = new Map(
      [...features].filter(([name]) => {
        const plain = name.startsWith(nationalPrefix) ? name.slice(nationalPrefix.length) : name;
        return !statementKinds.some((prefix) => plain.startsWith(prefix));
      }),
    );
    topicOnly.set(features, topic);
  }
  return topic;
}

/** The jurisdiction level of national texts, and the prefix of their features' national copies. */
const nationalLevel = '国家';
export const nationalPrefix = '国家|';

/** Named features with their values. */
export type Features = Map<string, number>;

const meaningful = /[\p{Script=Han}A-Za-z0-9]/u;
const han = /^\p{Script=Han}{2}$/u;

/** Adds a group of binary features scaled to unit length. */
function addGroup(features: Features, names: Iterable<string>): void {
  const unique = new Set(names);
  const value = 1 / Math.sqrt(Math.max(1, unique.size));
  for (const name of unique) features.set(name, value);
}

/** The words of a text worth a feature: not punctuation or spaces alone. */
const words = (text: string): string[] => (text ? cutWords(text).filter((w) => meaningful.test(w)) : []);

/** Character bigrams of the Han text. */
function bigrams(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 2 <= text.length; i++) {
    const pair = text.slice(i, i + 2);
    if (han.test(pair)) out.push(pair);
  }
  return out;
}

/** The opening of a text up to its first pause: where a clause names its subject (人民法院、权利人、市知识产权局…). */
const opening = (text: string): string => text.split(/[，。：；、,:;\n]/u)[0].slice(0, 16);

/** Words that bind whoever stands before them: 应当, 可以, 不得…. */
const modal = /^(应当|可以|不得|应|须|必须|有权|负责|予以)$/u;

/** A token that ends a sentence (jieba gives 。, ；and line breaks as tokens of their own). */
const sentenceEnd = /[。；\n]/u;

/**
 * Who each modal verb binds, from the clause's tokens: the word just before
 * it (人民法院可以… → 人民法院, 权利人应当… → 权利人). Where a pause stands
 * before the modal (申请人申请行为保全的，应当…), the subject is the
 * sentence's first word.
 */
function modalSubjects(tokens: readonly string[]): string[] {
  const out: string[] = [];
  let first: string | undefined;
  tokens.forEach((token, i) => {
    if (sentenceEnd.test(token)) {
      first = undefined;
      return;
    }
    if (!modal.test(token)) {
      if (first === undefined && meaningful.test(token)) first = token;
      return;
    }
    const before = tokens[i - 1];
    const subject = before && meaningful.test(before) && !sentenceEnd.test(before) ? before : first;
    if (subject) out.push(subject);
    if (first === undefined) first = token;
  });
  return out;
}

/**
 * Where the clause stands in its document: its fifth of the text, and
 * whether it is one of the first or last two (purpose and scope open a
 * law, commencement closes it; a plan opens with its preface).
 */
function positionFeatures({ index, count }: ClausePosition): string[] {
  const names = [`pos:${Math.min(4, Math.floor((5 * index) / count))}`];
  if (index < 2) names.push(`pos:first${index}`);
  if (index >= count - 2) names.push(`pos:last${count - 1 - index}`);
  return names;
}

/** The named features of one clause. */
export function clauseFeatures({ clause, family, level, position }: FeatureSource): Features {
  const features: Features = new Map();
  // One cut of the text serves its words and the subjects of its modal verbs.
  const tokens = clause.text ? cutWords(clause.text) : [];
  addGroup(
    features,
    tokens.filter((w) => meaningful.test(w)).map((w) => `w:${w}`),
  );
  addGroup(
    features,
    bigrams(clause.text).map((b) => `c:${b}`),
  );
  addGroup(
    features,
    [...clause.headings, clause.title ?? ''].flatMap(words).map((w) => `h:${w}`),
  );
  features.set(`fam:${family}`, 1);
  features.set(`lvl:${level}`, 1);
  for (const kind of ['themes', 'objects', 'instruments'] as const)
    for (const label of clause[kind]) features.set(`rule:${kind}:${label.id}`, 1);
  for (const label of clause.instruments) features.set(`rule:group:${label.id.split('.')[0]}`, 1);
  features.set(`rule:strength:${clause.strength?.id ?? 'none'}`, 1);
  if (clause.role) features.set(`rule:role:${clause.role.id}`, 1);
  features.set(clause.headings.length === 0 && !clause.title ? 'h:none' : 'h:some', 1);
  addGroup(
    features,
    words(opening(clause.text)).map((w) => `s:${w}`),
  );
  addGroup(
    features,
    modalSubjects(tokens).map((w) => `a:${w}`),
  );
  if (position) for (const name of positionFeatures(position)) features.set(name, 1);
  // National texts are worded unlike the local ones most of the gold comes from: each feature of a
  // national clause is given twice, once shared and once as its national copy (`国家|w:赔偿`), so the
  // model can weigh a word, or trust a rule, differently there.
  if (level === nationalLevel)
    for (const [name, value] of [...features]) features.set(`${nationalPrefix}${name}`, value);
  return features;
}
