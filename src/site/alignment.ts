/**
 * A clause's place in the published alignment and upstream tracing, for
 * pages: its counterparts in other documents, how many more there are,
 * its national sources, and a document's or place's 照搬 / 改写 / 本地
 * shares. The files are read by `src/data`.
 */
import { readDocumentAlignment, readDocumentUpstream } from '../data/published-data.ts';
import type { PublishedDocumentCounterparts } from '../data/schemas/alignment.ts';
import type { ClauseUpstream, UpstreamSummary } from '../data/schemas/upstream.ts';
import { primaryDate } from '../model/document-meta.ts';
import type { DocumentMeta } from '../model/types.ts';

/** Counterparts of one clause, by document (best first); empty when none were found. */
export function counterpartsOf(clause: { id: string; docId: string }): PublishedDocumentCounterparts[] {
  return readDocumentAlignment(clause.docId).counterparts[clause.id] ?? [];
}

/** How many more documents than are listed have a counterpart of the clause (0 when all are listed). */
export function unlistedOf(clause: { id: string; docId: string }): number {
  return readDocumentAlignment(clause.docId).unlisted[clause.id] ?? 0;
}

/** The tracing of one clause; null for a clause of a national document. */
export function upstreamOf(clause: { id: string; docId: string }): ClauseUpstream | null {
  return readDocumentUpstream(clause.docId)?.clauses[clause.id] ?? null;
}

/** A document's summary; null for a national document. */
export function upstreamSummary(docId: string): UpstreamSummary | null {
  return readDocumentUpstream(docId)?.summary ?? null;
}

/** The summary of several documents together (a place's local documents); null when none is traced. */
export function upstreamTotal(docIds: readonly string[]): UpstreamSummary | null {
  const found = docIds.map(upstreamSummary).filter((s): s is UpstreamSummary => s !== null);
  if (!found.length) return null;
  return found.reduce(
    (t, s) => ({ clauses: t.clauses + s.clauses, 照搬: t.照搬 + s.照搬, 改写: t.改写 + s.改写, 本地: t.本地 + s.本地 }),
    { clauses: 0, 照搬: 0, 改写: 0, 本地: 0 },
  );
}

/** `照搬 3%，改写 15%，本地 82%`: shares of the clauses, rounded to whole percents. */
export function summaryText(summary: UpstreamSummary): string {
  const pct = (n: number): string => `${summary.clauses ? Math.round((100 * n) / summary.clauses) : 0}%`;
  return `照搬 ${pct(summary.照搬)}，改写 ${pct(summary.改写)}，本地 ${pct(summary.本地)}`;
}

/** The national documents a local document was traced in that took force only after it (the corpus lacks the version before). */
export function upstreamLater(docId: string): string[] {
  return readDocumentUpstream(docId)?.later ?? [];
}

/** `所比为 2020 年修正文本，晚于本文件`: what a source in a later version is, said where it is shown. */
export function laterNotice(meta: Pick<DocumentMeta, 'dates'>): string {
  const date = primaryDate(meta);
  const event =
    meta.dates.filter((d) => d.date === date && (d.event === '修正' || d.event === '修订')).at(-1)?.event ?? '';
  return `所比为 ${date ? `${date.slice(0, 4)} 年` : ''}${event}文本，晚于本文件`;
}
