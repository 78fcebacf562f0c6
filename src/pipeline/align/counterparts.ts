/**
 * For every unit, its most similar units in each other document, found by
 * walking the inverted index (score accumulation over shared features), so
 * the cost follows the number of shared features, not the number of pairs.
 * Per-document top lists live in typed arrays: no allocation per candidate.
 *
 * With `hubness`, each document's counterparts are ordered by the provision
 * rather than by stock wording (cross-domain similarity local scaling, as in
 * nearest-neighbour retrieval across languages): a clause b found for a
 * clause a of document A ranks by 2·s(a, b) − r(b, A), where r(b, A) is the
 * mean of b's `hubness` best scores in A. A general clause close to many
 * clauses of A loses to the one that answers a's question: for 宁波 2-2
 * “强化行政保护”, 洛龙区 2-2-5 “加强知识产权行政执法” (0.097) comes before
 * 2-2-6 “构建知识产权大保护共治格局” (0.102), which is closer still to 宁波's
 * 协同保护 and 社会共治 clauses. The published score stays the similarity s.
 */
import type { FeatureIndex } from './inverted-index.ts';

/** Limits of the counterpart search. */
export interface CounterpartOptions {
  /** Counterparts kept per other document (default 3). */
  perDocument?: number;
  /** Documents that keep all `perDocument` counterparts; the others keep their best one (default 5). */
  fullDocuments?: number;
  /** Scores below this are not counterparts (default 0.05). */
  minScore?: number;
  /**
   * Documents kept per clause, best first (default 30): every document at
   * the corpus sizes read one by one; at scale, the count of the others
   * above `minScore` is kept (`more`), so none is hidden without saying so.
   */
  maxDocuments?: number;
  /**
   * Features in more units than this are skipped when accumulating: they are
   * formulae, not evidence (text-reuse practice, like passim's maximum
   * document frequency). They still count in the norm. Default 256: no
   * effect on a few documents, keeps the work near-linear on many.
   */
  maxPostings?: number;
  /**
   * Order each document's counterparts by similarity less the counterpart's
   * closeness to the whole of the querying document: the mean of its best
   * `hubness` scores there (at most `perDocument`; default 0, plain
   * similarity). Documents are then ordered by their first counterpart's
   * similarity (the set of documents kept is chosen by their best).
   */
  hubness?: number;
}

/** A scored counterpart: unit number and similarity score. */
export interface ScoredUnit {
  unit: number;
  score: number;
}

/** Counterparts of one unit in one other group: a document, or in upstream tracing all local texts together. */
export interface GroupHits {
  group: number;
  items: ScoredUnit[];
}

/** Counterparts of every unit, and per unit how many more documents reach the threshold than are listed. */
export interface CounterpartHits {
  hits: GroupHits[][];
  more: number[];
}

/** The top counterparts per other document for every unit, deterministic (ties by corpus order). */
export function findCounterparts(index: FeatureIndex, options: CounterpartOptions = {}): CounterpartHits {
  const perDocument = options.perDocument ?? 3;
  const minScore = options.minScore ?? 0.05;
  const maxDocuments = options.maxDocuments ?? 30;
  // Beyond the best few documents one counterpart each: the list stays readable and its size bounded.
  const fullDocuments = options.fullDocuments ?? 5;
  const hubness = Math.min(options.hubness ?? 0, perDocument);
  // Re-ranking needs every kept document's full list; the lists are cut to `fullDocuments` afterwards.
  const keepFull = hubness > 0 ? Infinity : fullDocuments;
  const n = index.norms.length;
  const maxPostings = options.maxPostings ?? 256;
  const { unitFeatures, unitBoosts, offsets, postings, postingBoosts, contributions, norms, groupOf } = index;
  const acc = new Float64Array(n);
  const touched = new Int32Array(n);
  const topScore = new Float64Array(index.groups.length * perDocument);
  const topUnit = new Int32Array(index.groups.length * perDocument);
  const filled = new Int32Array(index.groups.length);
  const touchedGroups = new Int32Array(index.groups.length);
  const result: GroupHits[][] = [];
  const more: number[] = [];
  for (let a = 0; a < n; a++) {
    let touchedCount = 0;
    const groupA = groupOf[a];
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
        if (groupOf[b] === groupA || postingBoosts[p] === 0) continue;
        if (acc[b] === 0) touched[touchedCount++] = b;
        acc[b] += c * postingBoosts[p];
      }
    }
    let groupCount = 0;
    for (let t = 0; t < touchedCount; t++) {
      const b = touched[t];
      const score = acc[b] / (norms[a] * norms[b]);
      acc[b] = 0;
      if (!(score >= minScore)) continue;
      const group = groupOf[b];
      const base = group * perDocument;
      let size = filled[group];
      if (size === 0) touchedGroups[groupCount++] = group;
      const last = base + perDocument - 1;
      if (size === perDocument && (score < topScore[last] || (score === topScore[last] && b > topUnit[last]))) continue;
      if (size < perDocument) size = ++filled[group];
      let slot = size - 1;
      // Equal scores keep corpus order (lower unit first), whatever order units were touched in.
      while (
        slot > 0 &&
        (topScore[base + slot - 1] < score || (topScore[base + slot - 1] === score && topUnit[base + slot - 1] > b))
      ) {
        topScore[base + slot] = topScore[base + slot - 1];
        topUnit[base + slot] = topUnit[base + slot - 1];
        slot--;
      }
      topScore[base + slot] = score;
      topUnit[base + slot] = b;
    }
    // Keep the best `maxDocuments` documents (insertion into a short sorted list), then build objects only for those.
    const chosen: number[] = [];
    const bestOf = (group: number): number => topScore[group * perDocument];
    const before = (x: number, y: number): boolean =>
      bestOf(x) > bestOf(y) || (bestOf(x) === bestOf(y) && topUnit[x * perDocument] < topUnit[y * perDocument]);
    for (let c = 0; c < groupCount; c++) {
      const group = touchedGroups[c];
      if (chosen.length === maxDocuments && !before(group, chosen[maxDocuments - 1])) continue;
      let slot = chosen.length < maxDocuments ? chosen.push(group) - 1 : maxDocuments - 1;
      while (slot > 0 && before(group, chosen[slot - 1])) {
        chosen[slot] = chosen[slot - 1];
        slot--;
      }
      chosen[slot] = group;
    }
    result.push(
      chosen.map((group, rank) => ({
        group,
        items: Array.from({ length: rank < keepFull ? filled[group] : Math.min(1, filled[group]) }, (_, s) => ({
          unit: topUnit[group * perDocument + s],
          score: topScore[group * perDocument + s],
        })),
      })),
    );
    more.push(groupCount - chosen.length);
    for (let c = 0; c < groupCount; c++) filled[touchedGroups[c]] = 0;
  }
  if (hubness > 0) rankByHubness(result, groupOf, hubness, fullDocuments);
  return { hits: result, more };
}

/**
 * Reorders each document's counterparts in place by 2·s(a, b) − r(b, A) (see
 * `hubness`), ties by similarity then corpus order; orders the documents by
 * the similarity of their first counterpart, then keeps all of the first
 * `fullDocuments` documents' counterparts and the first of the others.
 * r(b, A) is read from b's own list for A, a missing score counting 0 (b's
 * list lacks A only when A is not among its `maxDocuments` best documents).
 */
function rankByHubness(hits: GroupHits[][], groupOf: Int32Array, k: number, fullDocuments: number): void {
  // Per unit, its closeness to each document it lists: the mean of its best k scores there.
  const closenessOf = hits.map((lists) => {
    const byGroup = new Map<number, number>();
    for (const list of lists) {
      let sum = 0;
      for (let s = 0; s < Math.min(k, list.items.length); s++) sum += list.items[s].score;
      byGroup.set(list.group, sum / k);
    }
    return byGroup;
  });
  const closeness = (b: number, group: number): number => closenessOf[b].get(group) ?? 0;
  hits.forEach((lists, a) => {
    const own = groupOf[a];
    for (const list of lists) {
      if (list.items.length < 2) continue;
      const adjusted = new Map(list.items.map((item) => [item, 2 * item.score - closeness(item.unit, own)]));
      list.items.sort((x, y) => adjusted.get(y)! - adjusted.get(x)! || y.score - x.score || x.unit - y.unit);
    }
    // Stable: documents whose first counterparts score alike keep their order.
    lists.sort((x, y) => y.items[0].score - x.items[0].score);
    lists.forEach((list, rank) => rank >= fullDocuments && (list.items = list.items.slice(0, 1)));
  });
}
