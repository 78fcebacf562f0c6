/**
 * Two versions of one text (documents sharing a `work` id), article by
 * article, as a legal database's 对照版: each article of the newer version
 * lined up with the older article it revises even when renumbered
 * (2010 第七十七条 → 2023 第九十三条), and marked
 *
 *   未变  same wording (punctuation and spacing aside);
 *   修改  the same article with changed wording;
 *   移动  the same article at another place in the order (changed or not);
 *   新增  no older article carries it;
 *   删除  no newer article carries it.
 *
 * Method: similarity of every old × new article pair (Dice coefficient of
 * character bigrams of the normalized text, 0–1); the best order-keeping
 * line-up of pairs above `minScore` (dynamic programming, like aligning two
 * sequences with gaps); then articles left over on both sides whose best
 * match is each other above `moveScore` are moved ones. Chapters follow
 * the newer version; a deleted article stands after the article its
 * predecessor became.
 */
import { primaryDate } from '../../model/document-meta.ts';
import type { Clause, Corpus, PolicyDocument } from '../../model/types.ts';
import { clausesOf } from '../../model/walk.ts';
import { normalizeForAlign } from '../../model/normalize-for-align.ts';
import type { VersionPair, VersionRow, VersionStatus, WorkVersions } from '../../data/schemas/versions.ts';

export interface VersionOptions {
  /** Minimum similarity of an order-keeping pair (default 0.3). */
  minScore?: number;
  /** Minimum similarity of a moved pair (default 0.5). */
  moveScore?: number;
}

export const versionDefaults: Required<VersionOptions> = { minScore: 0.3, moveScore: 0.5 };

function bigrams(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i + 2 <= text.length; i++) out.set(text.slice(i, i + 2), (out.get(text.slice(i, i + 2)) ?? 0) + 1);
  return out;
}

/** Dice coefficient of two bigram multisets. */
function dice(a: Map<string, number>, b: Map<string, number>, na: number, nb: number): number {
  if (na + nb === 0) return 1;
  let shared = 0;
  for (const [g, n] of a) shared += Math.min(n, b.get(g) ?? 0);
  return (2 * shared) / (na + nb);
}

const plain = (clause: Clause): string => normalizeForAlign(clause.text).text;

/** Lines up the articles of two versions of a text. */
export function compareVersions(
  older: PolicyDocument,
  newer: PolicyDocument,
  options: VersionOptions = {},
): VersionPair {
  const { minScore, moveScore } = { ...versionDefaults, ...options };
  const A = clausesOf(older.body);
  const B = clausesOf(newer.body);
  const ga = A.map((c) => bigrams(plain(c)));
  const gb = B.map((c) => bigrams(plain(c)));
  const la = A.map((c) => Math.max(0, plain(c).length - 1));
  const lb = B.map((c) => Math.max(0, plain(c).length - 1));
  const sim = A.map((_, i) => B.map((_, j) => dice(ga[i], gb[j], la[i], lb[j])));
  // Order-keeping line-up maximizing the summed similarity of its pairs (gaps cost nothing; pairs below minScore are not allowed).
  const best = Array.from({ length: A.length + 1 }, () => new Float64Array(B.length + 1));
  for (let i = 1; i <= A.length; i++) {
    for (let j = 1; j <= B.length; j++) {
      const s = sim[i - 1][j - 1];
      best[i][j] = Math.max(best[i - 1][j], best[i][j - 1], s >= minScore ? best[i - 1][j - 1] + s : -Infinity);
    }
  }
  const oldToNew = new Int32Array(A.length).fill(-1);
  const newToOld = new Int32Array(B.length).fill(-1);
  for (let i = A.length, j = B.length; i > 0 && j > 0;) {
    const s = sim[i - 1][j - 1];
    if (s >= minScore && best[i][j] === best[i - 1][j - 1] + s) {
      oldToNew[i - 1] = j - 1;
      newToOld[j - 1] = i - 1;
      i--;
      j--;
    } else if (best[i][j] === best[i - 1][j]) i--;
    else j--;
  }
  // Moved: left over on both sides, each the other's best left-over match.
  const moved = new Set<number>();
  const freeOld = A.map((_, i) => i).filter((i) => oldToNew[i] < 0);
  const freeNew = B.map((_, j) => j).filter((j) => newToOld[j] < 0);
  for (const i of freeOld) {
    const j = freeNew.filter((n) => newToOld[n] < 0).sort((x, y) => sim[i][y] - sim[i][x])[0];
    if (j === undefined || sim[i][j] < moveScore) continue;
    const back = freeOld.filter((o) => oldToNew[o] < 0).sort((x, y) => sim[y][j] - sim[x][j])[0];
    if (back !== i) continue;
    oldToNew[i] = j;
    newToOld[j] = i;
    moved.add(j);
  }
  const chapterOf = (c: Clause): string => c.headings[0] ?? '';
  const rows: VersionRow[] = [];
  const counts: Record<VersionStatus, number> = { 未变: 0, 修改: 0, 移动: 0, 新增: 0, 删除: 0 };
  const push = (row: VersionRow): void => {
    rows.push(row);
    counts[row.status]++;
  };
  // Deleted articles stand after the newer article their nearest matched predecessor became (or first).
  const deletedAfter = new Map<number, number[]>();
  let anchor = -1;
  for (let i = 0; i < A.length; i++) {
    if (oldToNew[i] >= 0) {
      if (!moved.has(oldToNew[i])) anchor = oldToNew[i];
    } else deletedAfter.set(anchor, [...(deletedAfter.get(anchor) ?? []), i]);
  }
  const pushDeleted = (after: number, chapter: string): void => {
    for (const i of deletedAfter.get(after) ?? [])
      push({ status: '删除', old: A[i].id, new: null, score: null, chapter: chapter || chapterOf(A[i]) });
  };
  pushDeleted(-1, B.length ? chapterOf(B[0]) : '');
  B.forEach((b, j) => {
    const i = newToOld[j];
    const chapter = chapterOf(b);
    if (i < 0) push({ status: '新增', old: null, new: b.id, score: null, chapter });
    else {
      const same = plain(A[i]) === plain(b);
      push({
        status: moved.has(j) ? '移动' : same ? '未变' : '修改',
        old: A[i].id,
        new: b.id,
        score: Math.round(sim[i][j] * 1000) / 1000,
        chapter,
      });
    }
    pushDeleted(j, chapter);
  });
  return { older: older.meta.id, newer: newer.meta.id, counts, rows };
}

/** Every work with two or more versions in the corpus, its consecutive versions compared. */
export function compareWorks(corpus: Corpus, options: VersionOptions = {}): WorkVersions[] {
  const works = new Map<string, PolicyDocument[]>();
  for (const doc of corpus.documents)
    if (doc.meta.work) works.set(doc.meta.work, [...(works.get(doc.meta.work) ?? []), doc]);
  return [...works]
    .filter(([, docs]) => docs.length >= 2)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([work, docs]) => {
      const sorted = [...docs].sort((a, b) => ((primaryDate(a.meta) ?? '') < (primaryDate(b.meta) ?? '') ? -1 : 1));
      return {
        schema: 1,
        work,
        versions: sorted.map((d) => d.meta.id),
        pairs: sorted.slice(1).map((newer, k) => compareVersions(sorted[k], newer, options)),
      };
    });
}
