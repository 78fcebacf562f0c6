/**
 * The passages two clauses share: maximal runs of common wording (at least
 * n normalized characters, outside boilerplate), each weighted by the
 * rarity of its character n-grams, shown in the first clause's wording.
 *
 *   威海 “建立技术调查官制度” × 宁波 “增配技术调查官” → [{ text: '技术调查官', … }]
 */
import type { FeatureIndex } from './inverted-index.ts';
import { sourceSpan } from '../../model/normalize-for-align.ts';
import type { SharedPassage } from './types.ts';
import type { AlignUnit } from './units.ts';

/**
 * Passages whose n-grams are on average at least this rare are policy
 * wording, not formulae: mean IDF as a share of the largest possible IDF
 * (a gram in one clause), so the bar means the same in any corpus size.
 */
export const minSpecificity = 0.4;

/** Finds shared passages between indexed units, reusing the index's gram ids (no string hashing per pair). */
export interface PassageFinder {
  /** Common runs of units a and b in a's normalized text. */
  runs(a: number, b: number): Array<[number, number]>;
  /** Rarity of a run of unit a: summed IDF of its n-grams, and their mean relative to the largest IDF (specificity, 0–1). */
  rarity(a: number, start: number, end: number): { weight: number; specificity: number };
  /** Shared passages of unit a from its common runs with another unit, heaviest first, at most `max`, formulae (low specificity) left out. */
  passages(a: number, runs: Array<[number, number]>, max?: number): SharedPassage[];
}

/** A passage finder over units indexed by character n-grams (`index.n` > 0). */
export function passageFinder(units: AlignUnit[], index: FeatureIndex): PassageFinder {
  const n = index.n;
  if (n === 0) throw new Error('passageFinder needs a character n-gram index (features: { kind: "chars" })');
  const stamp = new Int32Array(index.weights.length);
  const maxIdf = Math.log(units.length + 1);
  let pair = 0;
  const runs = (a: number, b: number): Array<[number, number]> => {
    pair++;
    for (const f of index.unitFeatures[b]) stamp[f] = pair;
    const at = index.gramAt[a];
    const B = units[b].norm.text;
    const A = units[a].norm.text;
    const out: Array<[number, number]> = [];
    for (let i = 0; i < at.length;) {
      if (at[i] < 0 || stamp[at[i]] !== pair) {
        i++;
        continue;
      }
      let last = i;
      while (last + 1 < at.length && at[last + 1] >= 0 && stamp[at[last + 1]] === pair) last++;
      let end = last + n;
      // Consecutive shared grams are usually one passage in b too; if not, keep the longest prefix that is.
      if (!B.includes(A.slice(i, end))) for (end = i + n; end < last + n && B.includes(A.slice(i, end + 1));) end++;
      out.push([i, end]);
      i = end - n + 1;
    }
    return out;
  };
  const rarity = (a: number, start: number, end: number): { weight: number; specificity: number } => {
    let weight = 0;
    const at = index.gramAt[a];
    for (let i = start; i + n <= end; i++) if (at[i] >= 0) weight += index.weights[at[i]];
    const grams = end - start - n + 1;
    return { weight, specificity: grams > 0 ? weight / grams / maxIdf : 0 };
  };
  return {
    runs,
    rarity,
    passages(a, found, max = 8) {
      const unit = units[a];
      const seen = new Set<string>();
      return found
        .filter(([s, e]) => !seen.has(unit.norm.text.slice(s, e)) && seen.add(unit.norm.text.slice(s, e)))
        .map(([start, end]) => ({ start, end, ...rarity(a, start, end) }))
        .filter((p) => p.specificity >= minSpecificity)
        .sort((x, y) => y.weight - x.weight || x.start - y.start)
        .slice(0, max)
        .map(({ start, end, weight }) => ({
          text: sourceSpan(unit.clause.text, unit.norm, start, end),
          weight: Math.round(weight * 100) / 100,
        }));
    },
  };
}
