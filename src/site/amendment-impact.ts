/**
 * Amendment impact: for a text with two versions in the corpus, the
 * clauses of other texts that depend on an article of the older version
 * which the newer one changed, moved or deleted — by citing it (法条联想,
 * references.ts) or by taking its wording (国家来源 照搬 or 改写,
 * upstream). Each row names the old article and what became of it.
 *
 *   北京 第五条 改写 专利法实施细则 2010 第七十七条 → 2023 第九十三条（修改）
 */
import { readCatalog, readWorkVersions } from '../data/published-data.ts';
import { upstreamOf } from './alignment.ts';
import type { VersionStatus } from '../data/schemas/versions.ts';
import { allClauses } from './corpus.ts';
import { allCitations } from './references.ts';

/** One clause affected by an amendment. */
export interface ImpactRow {
  /** The dependent clause and its document. */
  clauseId: string;
  docId: string;
  /** How it depends on the old article: it cites it, or copies or adapts its wording. */
  via: '引用' | '照搬' | '改写';
  older: string;
  newer: string;
  /** The old article, and its counterpart in the newer version (null when deleted). */
  old: string;
  new: string | null;
  status: Exclude<VersionStatus, '未变' | '新增'>;
}

let rows: ImpactRow[] | undefined;

/** Every affected clause of the corpus, by work pair, in corpus order. */
export function allImpact(): ImpactRow[] {
  if (rows) return rows;
  const works = [
    ...new Set(
      readCatalog()
        .documents.map((d) => d.work)
        .filter((w): w is string => w !== null),
    ),
  ];
  const changed = new Map<string, Omit<ImpactRow, 'clauseId' | 'docId' | 'via'>>();
  for (const work of works) {
    const data = readWorkVersions(work);
    if (data.versions.length < 2) continue;
    for (const pair of data.pairs) {
      for (const row of pair.rows) {
        if (row.old === null || row.status === '未变' || row.status === '新增') continue;
        changed.set(row.old, { older: pair.older, newer: pair.newer, old: row.old, new: row.new, status: row.status });
      }
    }
  }
  const versionDocs = new Set([...changed.values()].flatMap((c) => [c.older, c.newer]));
  const out: ImpactRow[] = [];
  const seen = new Set<string>();
  const add = (clauseId: string, docId: string, via: ImpactRow['via'], old: string): void => {
    const change = changed.get(old);
    const key = `${clauseId}|${old}`;
    if (!change || versionDocs.has(docId) || seen.has(key)) return;
    seen.add(key);
    out.push({ clauseId, docId, via, ...change });
  };
  for (const c of allCitations())
    if (c.status === '已解析' && c.targetArticle) add(c.clauseId, c.docId, '引用', c.targetArticle);
  for (const { doc, clause } of allClauses()) {
    const traced = upstreamOf(clause);
    if (traced && traced.label !== '本地')
      for (const source of traced.sources) add(clause.id, doc.meta.id, traced.label, source.clauseId);
  }
  return (rows = out);
}

/** The affected clauses of one work's versions. */
export function workImpact(versionIds: readonly string[]): ImpactRow[] {
  return allImpact().filter((row) => versionIds.includes(row.older));
}

/** The affected clauses of one document. */
export function documentImpact(docId: string): ImpactRow[] {
  return allImpact().filter((row) => row.docId === docId);
}
