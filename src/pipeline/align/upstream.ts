/**
 * Upstream tracing: for every clause of a local document, the national
 * articles it draws on, found with the alignment's own machinery (character
 * bigram index with IDF weights, then the common runs of wording), and a
 * label for how it draws on them:
 *
 *   照搬  most of the clause is national wording (shared runs of at least
 *         `copyRun` characters cover at least `copyShare` of its normalized
 *         text);
 *   改写  it shares a provision with a national article, in part or in
 *         changed wording;
 *   本地  no national article is a source.
 *
 *   重庆条例 第十五条 “被授予专利权的单位应当对职务发明创造的发明人或者设计人给予奖励；…”
 *   → 专利法 第十五条 (the first 款 word for word).
 *
 * A source needs shared provisions, not shared stock words: of the wording
 * the clause shares with the article (runs of at least `minRun` characters),
 * at least `minSpecific` characters must be specific, in runs found in fewer
 * than `stockArticles` articles of the national texts the clause is traced in
 * and not drafting formulae of many local texts (`stock-wording.ts`; a run
 * repeated counts once). `专利权人或者利害关系人`
 * or `构成犯罪的，依法追究刑事责任` alone links to nothing. Sources are ranked
 * by similarity; a further one must score at least `relative` of the best and
 * add at least `minNovel` characters of specific wording that no better source
 * in the same national text shares, so the neighbouring article with the same
 * terms (the 奖金 article beside the 报酬 article) is not listed for the same
 * words, while the same provision in another text is (专利法 第十六条 and
 * 实施细则 第八十三条 on 专利标识; 专利法 第六十五条 and 集成电路布图设计保护条例
 * 第三十一条).
 *
 * A work with several versions (专利法实施细则 2010, 2023) is traced in the
 * version in force when the local text was adopted (by 施行 dates): the
 * latest version in force on that date, else the earliest (every version
 * when the local date is unknown). Where that is a version in force only
 * after the local text (浙江省专利条例 2015 and 专利法 2020, in force
 * 2021-06-01), its sources are marked `later` and none of them makes a
 * clause 照搬. A clause is traced only in national documents about its kind of
 * IP (the objects tagged on it, else on most of its document's clauses, else
 * any): a patent clause is not the 商标法's parallel article. Shared wording
 * is kept as offsets into both clause texts, never as copied text.
 */
import { commonRuns } from '../../model/common-runs.ts';
import { effectiveDate, isLegal, isNational, primaryDate } from '../../model/document-meta.ts';
import type { Clause, Corpus, PolicyDocument } from '../../model/types.ts';
import { clausesOf } from '../../model/walk.ts';
import { boilerplateMask, maskEntryIntoForce } from './boilerplate.ts';
import { findCounterparts } from './counterparts.ts';
import { buildIndex, type IndexOptions } from './inverted-index.ts';
import { stockWording } from './stock-wording.ts';
import { normalizeForAlign } from '../../model/normalize-for-align.ts';
import type { AlignUnit } from './units.ts';
import type { DocumentUpstream, UpstreamLabel, UpstreamSource, UpstreamSummary } from '../../data/schemas/upstream.ts';

/** Thresholds of the tracing; the defaults are what the site publishes (chosen on the tune part of `tests/gold/upstream.yaml`). */
export interface UpstreamOptions {
  /** Minimum similarity of a source (default 0.17). */
  minScore?: number;
  /** Minimum length of a shared run, in normalized characters (default 4). */
  minRun?: number;
  /** Minimum total of shared runs for a source, in normalized characters (default 10). */
  minShared?: number;
  /** Minimum specific shared wording (runs in fewer than `stockArticles` articles) for a source, in normalized characters (default 8). */
  minSpecific?: number;
  /** Wording in at least this many articles of the traced national texts is stock wording, no evidence for any one of them (default 4; drafting formulae of the local texts are stock too, see `stock-wording.ts`). */
  stockArticles?: number;
  /** Shortest shared run counted in a source's share, the 照搬 measure (default 6). */
  copyRun?: number;
  /** Share of the clause in shared runs of `copyRun` characters or more from which it is 照搬 (default 0.6). */
  copyShare?: number;
  /** Sources kept per clause (default 3). */
  maxSources?: number;
  /** A further source is kept only when its score is at least this share of the best one (default 0.7)… */
  relative?: number;
  /** …and it adds at least this much specific shared wording that no better source of the same national text shares, in normalized characters (default 6). */
  minNovel?: number;
  /** Mask the hand-listed boilerplate (default true). */
  mask?: boolean;
}

export const upstreamDefaults: Required<UpstreamOptions> = {
  minScore: 0.17,
  minRun: 4,
  minShared: 10,
  minSpecific: 8,
  stockArticles: 4,
  copyRun: 6,
  copyShare: 0.6,
  maxSources: 3,
  relative: 0.7,
  minNovel: 6,
  mask: true,
};

/** Scoring of the index, as in the published alignment. */
const scoring: IndexOptions = {
  features: { kind: 'chars', n: 2 },
  weighting: 'idf',
  similarity: 'ochiai',
  titleBoost: 1,
  masked: 'norm',
};

/**
 * The date a version of a text is in force from: its 施行 date when that is
 * not earlier than the version itself (专利法 2020, adopted 2020-10-17, in
 * force 2021-06-01), else the version's own date (an amended text keeps its
 * first version's 施行 date); null when no date is known.
 */
export function inForceFrom(meta: PolicyDocument['meta']): string | null {
  const made = primaryDate(meta);
  const effective =
    meta.dates
      .filter((d) => d.event === '施行')
      .map((d) => d.date)
      .sort()
      .at(-1) ?? null;
  return effective && (!made || effective >= made) ? effective : (made ?? effective);
}

/** The date a local text is compared at: when it was made (its latest adoption or amendment), else when it took effect. */
const localDate = (doc: PolicyDocument): string | null => primaryDate(doc.meta) ?? effectiveDate(doc.meta);

/**
 * The national documents a local document is traced in: of each work (and
 * each text with a single version) the version in force at the local text's
 * date, else the earliest the corpus has; every version when the local date
 * is unknown. `later` lists those that took force only after the local
 * text: the corpus lacks the version it could have drawn on.
 */
export function tracedVersions(
  local: PolicyDocument,
  national: readonly PolicyDocument[],
): { traced: string[]; later: string[] } {
  const date = localDate(local);
  const byWork = new Map<string, PolicyDocument[]>();
  for (const doc of national)
    byWork.set(doc.meta.work ?? doc.meta.id, [...(byWork.get(doc.meta.work ?? doc.meta.id) ?? []), doc]);
  const chosen = new Set<string>();
  const later = new Set<string>();
  for (const versions of byWork.values()) {
    const sorted = [...versions].sort((a, b) => ((inForceFrom(a.meta) ?? '') < (inForceFrom(b.meta) ?? '') ? -1 : 1));
    if (!date) {
      for (const v of sorted) chosen.add(v.meta.id);
      continue;
    }
    const inForce = sorted.filter((v) => (inForceFrom(v.meta) ?? '') <= date).at(-1);
    chosen.add((inForce ?? sorted[0]).meta.id);
    if (!inForce) later.add(sorted[0].meta.id);
  }
  const ids = national.map((d) => d.meta.id);
  return { traced: ids.filter((id) => chosen.has(id)), later: ids.filter((id) => later.has(id)) };
}

/** The national documents a local document is traced in (see `tracedVersions`). */
export function tracedDocuments(local: PolicyDocument, national: readonly PolicyDocument[]): string[] {
  return tracedVersions(local, national).traced;
}

const round = (x: number, k = 10000): number => Math.round(x * k) / k;

/** The IP objects tagged on at least half of a document's clauses (专利法 → patent); empty when none is. */
export function mainObjects(doc: PolicyDocument): Set<string> {
  const clauses = clausesOf(doc.body);
  const counts = new Map<string, number>();
  for (const clause of clauses) for (const o of clause.objects) counts.set(o.id, (counts.get(o.id) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n * 2 >= clauses.length).map(([id]) => id));
}

/** Traces every local document of the corpus; none when the corpus has no national document. */
export function traceUpstream(corpus: Corpus, options: UpstreamOptions = {}): DocumentUpstream[] {
  const o = { ...upstreamDefaults, ...options };
  const national = corpus.documents.filter((d) => isNational(d.meta));
  const locals = corpus.documents.filter((d) => !isNational(d.meta));
  if (!national.length) return [];
  // Local clauses form one group, so that only national articles are their counterparts; each national document is its own group.
  const units: AlignUnit[] = corpus.documents.flatMap((doc) =>
    clausesOf(doc.body).map((clause) => {
      const norm = normalizeForAlign(clause.text);
      const mask = o.mask ? boilerplateMask(norm.text) : new Uint8Array(norm.text.length);
      // The entry into force (本条例自…起施行) is every text's own; with many national texts it would make every local one 照搬.
      if (o.mask) maskEntryIntoForce(norm.text, mask);
      return {
        clause,
        docId: doc.meta.id,
        group: isNational(doc.meta) ? doc.meta.id : '',
        legal: isLegal(doc.meta),
        norm,
        mask,
      };
    }),
  );
  const index = buildIndex(units, scoring);
  const { hits } = findCounterparts(index, {
    perDocument: o.maxSources,
    minScore: o.minScore,
    maxDocuments: Infinity,
    fullDocuments: Infinity,
    maxPostings: Infinity,
  });
  const unitOf = new Map(units.map((u, i) => [u.clause.id, i]));
  const objectsOf = new Map(national.map((d) => [d.meta.id, mainObjects(d)]));
  const isStock = stockWording(
    units.filter((u) => u.group !== ''),
    units.filter((u) => u.group === ''),
    o.stockArticles,
  );
  return locals.map((doc): DocumentUpstream => {
    const versions = tracedVersions(doc, national);
    const traced = new Set(versions.traced);
    const later = new Set(versions.later);
    const own = mainObjects(doc);
    // The national documents a clause may draw on: those about an IP object of the clause (or of its document); any when neither names one.
    const about = (clause: Clause): ((docId: string) => boolean) => {
      const objects = clause.objects.length ? new Set(clause.objects.map((o) => o.id)) : own;
      return (docId) =>
        traced.has(docId) &&
        (!objects.size || !objectsOf.get(docId)!.size || [...objectsOf.get(docId)!].some((o) => objects.has(o)));
    };
    // Whether a run of wording is specific (see `stock-wording.ts`), memoized per document: it depends on the traced texts.
    const specificity = new Map<string, boolean>();
    const isSpecific = (wording: string): boolean => {
      let specific = specificity.get(wording);
      if (specific === undefined) specificity.set(wording, (specific = !isStock(wording, traced)));
      return specific;
    };
    const clauses: DocumentUpstream['clauses'] = {};
    const summary: UpstreamSummary = { clauses: 0, 照搬: 0, 改写: 0, 本地: 0 };
    for (const clause of clausesOf(doc.body)) {
      const a = unitOf.get(clause.id)!;
      const unit = units[a];
      const eligible = about(clause);
      const candidates = hits[a]
        .filter((h) => eligible(index.groups[h.group]))
        .flatMap((h) => h.items)
        .map(({ unit: b, score }) => candidate(unit, units[b], score, o, later.has(units[b].docId), isSpecific))
        .filter((c): c is Candidate => c !== null)
        .sort((x, y) => y.source.score - x.source.score || (x.source.clauseId < y.source.clauseId ? -1 : 1));
      // A further source must come near the best and add specific wording no better source of its text shares.
      // Per national text, the local wording its sources so far share: a neighbouring article must add to it.
      const coveredIn = new Map<string, Uint8Array>();
      const coverOf = (docId: string): Uint8Array => {
        let covered = coveredIn.get(docId);
        if (!covered) coveredIn.set(docId, (covered = new Uint8Array(unit.norm.text.length)));
        return covered;
      };
      const sources: UpstreamSource[] = [];
      for (const c of candidates) {
        if (sources.length === o.maxSources) break;
        if (sources.length) {
          if (c.source.score < o.relative * sources[0].score) break;
          let novel = 0;
          const covered = coverOf(c.source.docId);
          for (const [s, e] of c.specificRuns) for (let i = s; i < e; i++) novel += 1 - covered[i];
          if (novel < o.minNovel) continue;
        }
        for (const [s, e] of c.runs) coverOf(c.source.docId).fill(1, s, e);
        sources.push(c.source);
      }
      // Wording shared only with a later version is no evidence of copying: the local text could not have drawn on it.
      const label: UpstreamLabel = !sources.length
        ? '本地'
        : Math.max(...sources.filter((s) => !s.later).map((s) => s.share), 0) >= o.copyShare
          ? '照搬'
          : '改写';
      clauses[clause.id] = { label, sources };
      summary.clauses++;
      summary[label]++;
    }
    // Only the later versions some clause was actually traced to need saying.
    const used = new Set(Object.values(clauses).flatMap((c) => c.sources.map((s) => s.docId)));
    return {
      schema: 1,
      docId: doc.meta.id,
      traced: versions.traced,
      later: versions.later.filter((id) => used.has(id)),
      summary,
      clauses,
    };
  });
}

/** A possible source: the source as published, its runs in the local text and which of them are specific. */
interface Candidate {
  source: UpstreamSource;
  runs: Array<[number, number]>;
  specificRuns: Array<[number, number]>;
}

/** A candidate source from a scored pair, or null when their shared wording is too short or only stock wording. */
function candidate(
  a: AlignUnit,
  b: AlignUnit,
  score: number,
  o: Required<UpstreamOptions>,
  later: boolean,
  isSpecific: (wording: string) => boolean,
): Candidate | null {
  const runs = commonRuns(a, b, o.minRun);
  const shared = runs.reduce((n, [s, e]) => n + e - s, 0);
  if (shared < o.minShared) return null;
  // Specific wording, each distinct run once: a formula repeated in the clause is no more evidence.
  const specificRuns = runs.filter(([s, e]) => isSpecific(a.norm.text.slice(s, e)));
  const distinct = new Set(specificRuns.map(([s, e]) => a.norm.text.slice(s, e)));
  if ([...distinct].reduce((n, w) => n + w.length, 0) < o.minSpecific) return null;
  const spans: Array<[number, number]> = [];
  const sourceSpans: Array<[number, number]> = [];
  let from = 0;
  for (const [s, e] of runs) {
    const wording = a.norm.text.slice(s, e);
    // The run's place in b: its next occurrence after the previous run, else its first.
    let at = b.norm.text.indexOf(wording, from);
    if (at < 0) at = b.norm.text.indexOf(wording);
    from = at + wording.length;
    spans.push([a.norm.map[s], a.norm.map[e - 1] + 1]);
    sourceSpans.push([b.norm.map[at], b.norm.map[at + wording.length - 1] + 1]);
  }
  const copied = runs.filter(([s, e]) => e - s >= o.copyRun).reduce((n, [s, e]) => n + e - s, 0);
  return {
    source: {
      clauseId: b.clause.id,
      docId: b.docId,
      score: round(score),
      share: round(copied / Math.max(1, a.norm.text.length), 1000),
      spans,
      sourceSpans,
      later,
    },
    runs,
    specificRuns,
  };
}
