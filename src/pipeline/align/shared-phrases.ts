/**
 * Passages of wording found in clauses of two or more documents, such as
 * `严保护、大保护、快保护、同保护` or `国家海外知识产权纠纷应对指导中心`.
 * Candidates are the common runs (at least `minLength` normalized
 * characters) of every clause with its counterparts (collected while the
 * counterparts' passages are found, see `addPhraseCandidates`); each is then
 * looked up in every clause through the n-gram index (postings of its
 * rarest gram, then a substring check), so the search never compares all
 * pairs. Only maximal passages are kept: a passage inside a longer one found
 * in exactly the same clauses is dropped.
 */
import type { FeatureIndex } from './inverted-index.ts';
import { sourceSpan } from '../../model/normalize-for-align.ts';
import { minSpecificity, type PassageFinder } from './passages.ts';
import type { SharedPhrase } from '../../data/schemas/alignment.ts';
import type { AlignUnit } from './units.ts';

/** Limits of the shared-phrase search. */
export interface PhraseOptions {
  /** Minimum passage length in normalized characters (default 6). */
  minLength?: number;
  /** Passages found in more than this share of all clauses are formulae, not shared wording (default 0.04). */
  maxClauseShare?: number;
}

const byKey = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/** Candidate phrases: normalized text → [unit, start, end] of its first sighting. */
export type PhraseCandidates = Map<string, [number, number, number]>;

/** Adds the long, specific common runs of unit a (with one counterpart) to the phrase candidates. */
export function addPhraseCandidates(
  candidates: PhraseCandidates,
  units: AlignUnit[],
  finder: PassageFinder,
  a: number,
  runs: Array<[number, number]>,
  minLength = 6,
): void {
  for (const [s, e] of runs) {
    if (e - s < minLength) continue;
    const key = units[a].norm.text.slice(s, e);
    if (!candidates.has(key) && finder.rarity(a, s, e).specificity >= minSpecificity) candidates.set(key, [a, s, e]);
  }
}

/** Shared phrases of the units, most documents first, then heaviest, then by text. */
export function findSharedPhrases(
  units: AlignUnit[],
  index: FeatureIndex,
  finder: PassageFinder,
  candidates: PhraseCandidates,
  options: PhraseOptions = {},
): SharedPhrase[] {
  const maxHolders = Math.max(2, (options.maxClauseShare ?? 0.04) * units.length);
  const { offsets, postings, gramAt, n } = index;
  const found = new Map<string, { holders: number[]; first: [number, number, number] }>();
  for (const [key, first] of [...candidates].sort((x, y) => byKey(x[0], y[0]))) {
    const [a, s, e] = first;
    let rarest = gramAt[a][s];
    for (let i = s; i + n <= e; i++)
      if (offsets[gramAt[a][i] + 1] - offsets[gramAt[a][i]] < offsets[rarest + 1] - offsets[rarest])
        rarest = gramAt[a][i];
    if (offsets[rarest + 1] - offsets[rarest] > maxHolders * 4) continue;
    const holders: number[] = [];
    for (let p = offsets[rarest]; p < offsets[rarest + 1] && holders.length <= maxHolders; p++)
      if (units[postings[p]].norm.text.includes(key)) holders.push(postings[p]);
    if (holders.length <= maxHolders && new Set(holders.map((u) => units[u].group)).size >= 2)
      found.set(key, { holders, first });
  }
  // Maximal passages only: drop a key contained in a longer key held by the same clauses.
  const keysOfUnit = new Map<number, string[]>();
  for (const [key, { holders }] of found) {
    const keys = keysOfUnit.get(holders[0]);
    if (keys) keys.push(key);
    else keysOfUnit.set(holders[0], [key]);
  }
  const phrases: SharedPhrase[] = [];
  for (const [key, { holders, first }] of found) {
    if (
      keysOfUnit
        .get(holders[0])!
        .some((other) => other !== key && other.includes(key) && found.get(other)!.holders.length === holders.length)
    )
      continue;
    const [a, s, e] = first;
    phrases.push({
      text: sourceSpan(units[a].clause.text, units[a].norm, s, e),
      key,
      documents: [...new Set(holders.map((u) => units[u].docId))],
      clauses: holders.map((u) => ({ clauseId: units[u].clause.id, docId: units[u].docId })),
      weight: Math.round(finder.rarity(a, s, e).weight * 100) / 100,
    });
  }
  return phrases.sort((x, y) => y.documents.length - x.documents.length || y.weight - x.weight || byKey(x.key, y.key));
}
