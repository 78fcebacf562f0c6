/**
 * An inverted index of clause features with IDF-like weights, so only
 * clauses that share a feature are ever scored (not all pairs).
 *
 * Weight of a feature = log((N + 1) / clause-df), or × log((D + 1) / document-df):
 * rare in clauses *and* in documents. `知识产权` (in almost every clause)
 * weighs ~0; `技术调查官` in a few clauses of a few plans weighs much more.
 */
import type { AlignUnit } from './units.ts';
import { featureIds, featuresOf, type FeatureKind } from './features.ts';
import { boilerplateMask } from './boilerplate.ts';
import { normalizeForAlign } from '../../model/normalize-for-align.ts';

/** How features are weighted: by clause rarity only, or by clause and document rarity. */
export type Weighting = 'idf' | 'idf-doc';

/**
 * How shared features add up: `cosine` sums squared weights (classic TF-IDF
 * cosine); `ochiai` sums the weights themselves (cosine of √weights), which
 * lets many moderately rare shared n-grams count against a few unique ones.
 */
export type Similarity = 'cosine' | 'ochiai';

/** How to build the index. */
export interface IndexOptions {
  features: FeatureKind;
  weighting?: Weighting;
  similarity?: Similarity;
  /**
   * Multiplier for features of the clause's own title (`严格司法保护`): a
   * shared title measure says more about what a clause is about than a shared
   * aside in its body (default 1: no boost).
   */
  titleBoost?: number;
  /**
   * What features touching masked boilerplate are: `skip` (default) leaves
   * them out, as passages need; `norm` keeps them in each unit's norm but
   * never as evidence for a match (like `maxPostings`), so a clause made
   * mostly of formulae is close to nothing, rather than identical to another
   * clause with the same formulae and a few words in common.
   */
  masked?: 'skip' | 'norm';
  /**
   * With `masked: 'norm'`, what a feature found only in boilerplate weighs as
   * evidence in an article of a legal text (`AlignUnit.legal`), as a share of
   * its weight (default 0: none). A regulation states its provisions in the
   * formulae of its genre, found in every regulation once: 适用范围
   * (`…行政区域内…活动，适用本条例`), the officials' liability (`玩忽职守、
   * 滥用职权、徇私舞弊的，依法给予处分`), 施行日期. There the formula is the
   * question the article answers, and its rarity among clauses (IDF) already
   * weighs it; in plans formulae are stock wording and stay out.
   */
  maskedEvidence?: number;
}

/** The index: features per unit, postings per feature (CSR), weights and norms. */
export interface FeatureIndex {
  /** Feature string → feature id. */
  ids: Map<string, number>;
  /** Character n-gram features only: per unit, the id of the gram starting at each normalized position (-1 if none). */
  gramAt: Int32Array[];
  /** Gram length for character features, 0 for words. */
  n: number;
  /** Sorted feature ids of each unit. */
  unitFeatures: Int32Array[];
  /** Per unit, parallel to `unitFeatures`: the title multiplier of each feature as evidence (0: boilerplate, in the norm only). */
  unitBoosts: Float32Array[];
  /** Parallel to `postings`: the evidence multiplier of the feature in that unit (0: boilerplate, in the norm only). */
  postingBoosts: Float32Array;
  /** postings[offsets[f] .. offsets[f + 1]) are the units containing feature f, ascending. */
  offsets: Int32Array;
  postings: Int32Array;
  weights: Float64Array;
  /** What a shared feature adds to the dot product: weight² (cosine) or weight (ochiai). */
  contributions: Float64Array;
  /** Euclidean norm of each unit's weighted feature vector. */
  norms: Float64Array;
  /** Group number of each unit (`AlignUnit.group`); `groups` holds their keys. */
  groupOf: Int32Array;
  groups: string[];
}

/** Builds the index over `units` (features computed here, once per unit). */
export function buildIndex(units: AlignUnit[], options: IndexOptions): FeatureIndex {
  const {
    features,
    weighting = 'idf',
    similarity = 'ochiai',
    titleBoost = 1,
    masked = 'skip',
    maskedEvidence = 0,
  } = options;
  const ids = new Map<string, number>();
  const gramAt: Int32Array[] = [];
  const groups: string[] = [];
  const groupNumber = new Map<string, number>();
  const docNumber = new Map<string, number>();
  const groupOf = new Int32Array(units.length);
  const docOf = new Int32Array(units.length);
  // Per unit (masked = 'norm'), the features found only in boilerplate: in the norm, not evidence.
  const normOnly: Array<Set<number> | undefined> = [];
  const idOf = (f: string): number => {
    let id = ids.get(f);
    if (id === undefined) ids.set(f, (id = ids.size));
    return id;
  };
  const unitFeatures = units.map((unit, u) => {
    if (!groupNumber.has(unit.group)) groupNumber.set(unit.group, groups.push(unit.group) - 1);
    if (!docNumber.has(unit.docId)) docNumber.set(unit.docId, docNumber.size);
    groupOf[u] = groupNumber.get(unit.group)!;
    docOf[u] = docNumber.get(unit.docId)!;
    const found = featureIds(unit.norm.text, unit.mask, features, idOf, masked === 'norm');
    if (found.gramAt) gramAt.push(found.gramAt);
    if (!found.maskedOnly) return found.evidence;
    normOnly[u] = found.maskedOnly;
    return Int32Array.from([...found.evidence, ...found.maskedOnly]).sort();
  });
  const unitBoosts = units.map((unit, u) => {
    const boosts = new Float32Array(unitFeatures[u].length).fill(1);
    if (titleBoost === 1 || !unit.clause.title) return boosts;
    const title = normalizeForAlign(unit.clause.title).text;
    const inTitle = new Set(featuresOf(title, boilerplateMask(title), features).map((f) => ids.get(f)));
    unitFeatures[u].forEach((f, k) => inTitle.has(f) && (boosts[k] = titleBoost));
    return boosts;
  });
  const count = ids.size;
  const df = new Int32Array(count);
  const docDf = new Int32Array(count);
  const lastDoc = new Int32Array(count).fill(-1);
  unitFeatures.forEach((fs, u) => {
    for (const f of fs) {
      df[f]++;
      if (lastDoc[f] !== docOf[u]) {
        lastDoc[f] = docOf[u];
        docDf[f]++;
      }
    }
  });
  const n = units.length;
  const d = docNumber.size;
  const weights = new Float64Array(count);
  for (let f = 0; f < count; f++) {
    const clauseIdf = Math.log((n + 1) / df[f]); // smoothed: a feature in every clause of a tiny corpus still counts a little
    weights[f] = weighting === 'idf' ? clauseIdf : clauseIdf * Math.log((d + 1) / docDf[f]);
  }
  const contributions = weights.map((w) => (similarity === 'cosine' ? w * w : w));
  const norms = new Float64Array(n);
  unitFeatures.forEach((fs, u) => {
    let sum = 0;
    fs.forEach((f, k) => (sum += contributions[f] * unitBoosts[u][k] ** 2));
    norms[u] = Math.sqrt(sum);
  });
  // Boilerplate-only features have counted in the norm; as evidence they weigh `maskedEvidence` of it in legal texts, nothing elsewhere.
  normOnly.forEach((only, u) => {
    const share = units[u].legal ? maskedEvidence : 0;
    if (only) unitFeatures[u].forEach((f, k) => only.has(f) && (unitBoosts[u][k] *= share));
  });
  const offsets = new Int32Array(count + 1);
  for (let f = 0; f < count; f++) offsets[f + 1] = offsets[f] + df[f];
  const postings = new Int32Array(offsets[count]);
  const postingBoosts = new Float32Array(offsets[count]);
  const fill = offsets.slice(0, count);
  unitFeatures.forEach((fs, u) => {
    fs.forEach((f, k) => {
      postingBoosts[fill[f]] = unitBoosts[u][k];
      postings[fill[f]++] = u;
    });
  });
  return {
    ids,
    gramAt,
    n: features.kind === 'chars' ? features.n : 0,
    unitFeatures,
    unitBoosts,
    postingBoosts,
    offsets,
    postings,
    weights,
    contributions,
    norms,
    groupOf,
    groups,
  };
}

/** Similarity of two units by merging their sorted feature lists (for pairs outside any top list). */
export function pairScore(index: FeatureIndex, a: number, b: number): number {
  const fa = index.unitFeatures[a];
  const fb = index.unitFeatures[b];
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < fa.length && j < fb.length) {
    if (fa[i] === fb[j]) {
      dot += index.contributions[fa[i]] * index.unitBoosts[a][i] * index.unitBoosts[b][j];
      i++;
      j++;
    } else if (fa[i] < fb[j]) i++;
    else j++;
  }
  const denominator = index.norms[a] * index.norms[b];
  return denominator > 0 ? dot / denominator : 0;
}
