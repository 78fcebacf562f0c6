/**
 * Passages of wording found in clauses of two or more cities, such as
 * `严保护、大保护、快保护、同保护` or `三合一`-style formulae of a measure.
 * Candidates are the common runs of clause pairs that share a rare
 * `minLength`-gram (found through an n-gram index, never all pairs); each is
 * then looked up in every clause, and only maximal passages are kept: a
 * passage inside a longer one found in exactly the same clauses is dropped.
 */
import { buildIndex, type FeatureIndex } from './inverted-index.ts';
import { commonRuns, minSpecificity, passageRarity } from './passages.ts';
import { sourceSpan } from './normalize.ts';
import type { SharedPhrase } from './types.ts';
import type { AlignUnit } from './units.ts';

/** Limits of the shared-phrase search. */
export interface PhraseOptions {
  /** Minimum passage length in normalized characters (default 6). */
  minLength?: number;
  /** Passages found in more than this share of all clauses are formulae, not shared wording (default 0.04). */
  maxClauseShare?: number;
  /** n-grams in more units than this are not used to pair clauses (default 2 % of units, at least 50). */
  maxPostings?: number;
}

/** Shared phrases of the units, most cities first, then heaviest, then by text. */
export function findSharedPhrases(units: AlignUnit[], weightIndex: FeatureIndex, weightN: number, options: PhraseOptions = {}): SharedPhrase[] {
  const m = options.minLength ?? 6;
  const maxShare = options.maxClauseShare ?? 0.04;
  const grams = buildIndex(units, { features: { kind: 'chars', n: m } });
  const maxPostings = options.maxPostings ?? Math.max(50, Math.ceil(units.length * 0.02));
  const { offsets, postings, cityOf } = grams;
  const candidates = new Set<string>();
  const partners = new Set<number>();
  units.forEach((a, u) => {
    partners.clear();
    for (const f of grams.unitFeatures[u]) {
      if (offsets[f + 1] - offsets[f] > maxPostings) continue;
      for (let p = offsets[f]; p < offsets[f + 1]; p++) if (postings[p] > u && cityOf[postings[p]] !== cityOf[u]) partners.add(postings[p]);
    }
    for (const b of [...partners].sort((x, y) => x - y)) {
      for (const [s, e] of commonRuns(a, units[b], m)) candidates.add(a.norm.text.slice(s, e));
    }
  });
  const found = new Map<string, number[]>();
  for (const key of candidates) {
    const f = grams.ids.get(key.slice(0, m))!;
    const holders: number[] = [];
    for (let p = offsets[f]; p < offsets[f + 1]; p++) if (units[postings[p]].norm.text.includes(key)) holders.push(postings[p]);
    if (holders.length <= Math.max(2, maxShare * units.length)) found.set(key, holders);
  }
  // Maximal passages only: drop a key contained in a longer key held by the same clauses.
  const keysOfUnit = new Map<number, string[]>();
  for (const [key, holders] of found) keysOfUnit.set(holders[0], [...(keysOfUnit.get(holders[0]) ?? []), key]);
  const phrases: SharedPhrase[] = [];
  for (const [key, holders] of found) {
    const cities = [...new Set(holders.map((u) => units[u].city))];
    if (cities.length < 2) continue;
    const covered = keysOfUnit.get(holders[0])!.some((other) => other !== key && other.includes(key) && found.get(other)!.length === holders.length);
    if (covered) continue;
    const rarity = passageRarity(weightIndex, key, weightN);
    if (rarity.specificity < minSpecificity) continue;
    const first = units[holders[0]];
    const at = first.norm.text.indexOf(key);
    phrases.push({
      text: sourceSpan(first.clause.text, first.norm, at, at + key.length),
      key,
      cities,
      clauses: holders.map((u) => ({ clauseId: units[u].clause.id, docId: units[u].docId })),
      weight: Math.round(rarity.weight * 100) / 100,
    });
  }
  return phrases.sort((x, y) => y.cities.length - x.cities.length || y.weight - x.weight || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
}
