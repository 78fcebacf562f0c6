/**
 * For every unit, its most similar units in each other city, found by
 * walking the inverted index (score accumulation over shared features), so
 * the cost follows the number of shared features, not the number of pairs.
 */
import type { FeatureIndex } from './inverted-index.ts';

/** Limits of the counterpart search. */
export interface CounterpartOptions {
  /** Counterparts kept per other city (default 3). */
  perCity?: number;
  /** Scores below this are not counterparts (default 0.05). */
  minScore?: number;
  /** Cities kept per clause, best first (default 50; bounds the output on large corpora). */
  maxCities?: number;
  /**
   * Features in more units than this are skipped when accumulating: they are
   * formulae, not evidence (text-reuse practice; default: no limit below 2,000 units,
   * else 2 % of the units). They still count in the norm.
   */
  maxPostings?: number;
}

/** A scored counterpart: unit number and similarity score. */
export interface ScoredUnit {
  unit: number;
  score: number;
}

/** Counterparts of one unit in one city. */
export interface CityHits {
  city: number;
  items: ScoredUnit[];
}

const better = (x: ScoredUnit, y: ScoredUnit): number => y.score - x.score || x.unit - y.unit;

/** The top counterparts per other city for every unit, deterministic (ties by corpus order). */
export function findCounterparts(index: FeatureIndex, options: CounterpartOptions = {}): CityHits[][] {
  const perCity = options.perCity ?? 3;
  const minScore = options.minScore ?? 0.05;
  const maxCities = options.maxCities ?? 50;
  const n = index.norms.length;
  const maxPostings = options.maxPostings ?? (n < 2000 ? n : Math.ceil(n * 0.02));
  const { unitFeatures, unitBoosts, offsets, postings, postingBoosts, contributions, norms, cityOf } = index;
  const acc = new Float64Array(n);
  const touched = new Int32Array(n);
  const result: CityHits[][] = [];
  for (let a = 0; a < n; a++) {
    let touchedCount = 0;
    const cityA = cityOf[a];
    const features = unitFeatures[a];
    for (let k = 0; k < features.length; k++) {
      const f = features[k];
      const start = offsets[f];
      const end = offsets[f + 1];
      if (end - start < 2 || end - start > maxPostings) continue;
      const c = contributions[f] * unitBoosts[a][k];
      if (c === 0) continue;
      for (let p = start; p < end; p++) {
        const b = postings[p];
        if (cityOf[b] === cityA) continue;
        if (acc[b] === 0) touched[touchedCount++] = b;
        acc[b] += c * postingBoosts[p];
      }
    }
    const byCity = new Map<number, ScoredUnit[]>();
    for (let t = 0; t < touchedCount; t++) {
      const b = touched[t];
      const score = acc[b] / (norms[a] * norms[b]);
      acc[b] = 0;
      if (!(score >= minScore)) continue;
      const list = byCity.get(cityOf[b]) ?? [];
      if (list.length === 0) byCity.set(cityOf[b], list);
      const hit = { unit: b, score };
      if (list.length < perCity) list.push(hit), list.sort(better);
      else if (better(hit, list[perCity - 1]) < 0) (list[perCity - 1] = hit), list.sort(better);
    }
    result.push(
      [...byCity.entries()]
        .map(([city, items]) => ({ city, items }))
        .sort((x, y) => better(x.items[0], y.items[0]))
        .slice(0, maxCities),
    );
  }
  return result;
}
