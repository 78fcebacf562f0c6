/**
 * For every unit, its most similar units in each other city, found by
 * walking the inverted index (score accumulation over shared features), so
 * the cost follows the number of shared features, not the number of pairs.
 * Per-city top lists live in typed arrays: no allocation per candidate.
 */
import type { FeatureIndex } from './inverted-index.ts';

/** Limits of the counterpart search. */
export interface CounterpartOptions {
  /** Counterparts kept per other city (default 3). */
  perCity?: number;
  /** Documents that keep all `perCity` counterparts; the others keep their best one (default 5). */
  fullDocuments?: number;
  /** Scores below this are not counterparts (default 0.05). */
  minScore?: number;
  /**
   * Documents kept per clause, best first (default 30): every document at
   * the corpus sizes read one by one; at scale, the count of the others
   * above `minScore` is kept (`more`), so none is hidden without saying so.
   */
  maxCities?: number;
  /**
   * Features in more units than this are skipped when accumulating: they are
   * formulae, not evidence (text-reuse practice, like passim's maximum
   * document frequency). They still count in the norm. Default 256: no
   * effect on a few documents, keeps the work near-linear on many.
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

/** Counterparts of every unit, and per unit how many more documents reach the threshold than are listed. */
export interface CounterpartHits {
  hits: CityHits[][];
  more: number[];
}

/** The top counterparts per other document for every unit, deterministic (ties by corpus order). */
export function findCounterparts(index: FeatureIndex, options: CounterpartOptions = {}): CounterpartHits {
  const perCity = options.perCity ?? 3;
  const minScore = options.minScore ?? 0.05;
  const maxCities = options.maxCities ?? 30;
  // Beyond the best few documents one counterpart each: the list stays readable and its size bounded.
  const fullDocuments = options.fullDocuments ?? 5;
  const n = index.norms.length;
  const maxPostings = options.maxPostings ?? 256;
  const { unitFeatures, unitBoosts, offsets, postings, postingBoosts, contributions, norms, cityOf } = index;
  const acc = new Float64Array(n);
  const touched = new Int32Array(n);
  const topScore = new Float64Array(index.cities.length * perCity);
  const topUnit = new Int32Array(index.cities.length * perCity);
  const filled = new Int32Array(index.cities.length);
  const touchedCities = new Int32Array(index.cities.length);
  const result: CityHits[][] = [];
  const more: number[] = [];
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
        // A zero boost is boilerplate in b: in its norm, no evidence (and acc[b] must stay 0 until b is touched).
        if (cityOf[b] === cityA || postingBoosts[p] === 0) continue;
        if (acc[b] === 0) touched[touchedCount++] = b;
        acc[b] += c * postingBoosts[p];
      }
    }
    let cityCount = 0;
    for (let t = 0; t < touchedCount; t++) {
      const b = touched[t];
      const score = acc[b] / (norms[a] * norms[b]);
      acc[b] = 0;
      if (!(score >= minScore)) continue;
      const city = cityOf[b];
      const base = city * perCity;
      let size = filled[city];
      if (size === 0) touchedCities[cityCount++] = city;
      const last = base + perCity - 1;
      if (size === perCity && (score < topScore[last] || (score === topScore[last] && b > topUnit[last]))) continue;
      if (size < perCity) size = ++filled[city];
      let slot = size - 1;
      // Equal scores keep corpus order (lower unit first), whatever order units were touched in.
      while (slot > 0 && (topScore[base + slot - 1] < score || (topScore[base + slot - 1] === score && topUnit[base + slot - 1] > b))) {
        topScore[base + slot] = topScore[base + slot - 1];
        topUnit[base + slot] = topUnit[base + slot - 1];
        slot--;
      }
      topScore[base + slot] = score;
      topUnit[base + slot] = b;
    }
    // Keep the best `maxCities` cities (insertion into a short sorted list), then build objects only for those.
    const chosen: number[] = [];
    const bestOf = (city: number): number => topScore[city * perCity];
    const before = (x: number, y: number): boolean => bestOf(x) > bestOf(y) || (bestOf(x) === bestOf(y) && topUnit[x * perCity] < topUnit[y * perCity]);
    for (let c = 0; c < cityCount; c++) {
      const city = touchedCities[c];
      if (chosen.length === maxCities && !before(city, chosen[maxCities - 1])) continue;
      let slot = chosen.length < maxCities ? chosen.push(city) - 1 : maxCities - 1;
      while (slot > 0 && before(city, chosen[slot - 1])) {
        chosen[slot] = chosen[slot - 1];
        slot--;
      }
      chosen[slot] = city;
    }
    result.push(
      chosen.map((city, rank) => ({
        city,
        items: Array.from({ length: rank < fullDocuments ? filled[city] : Math.min(1, filled[city]) }, (_, s) => ({ unit: topUnit[city * perCity + s], score: topScore[city * perCity + s] })),
      })),
    );
    more.push(cityCount - chosen.length);
    for (let c = 0; c < cityCount; c++) filled[touchedCities[c]] = 0;
  }
  return { hits: result, more };
}
