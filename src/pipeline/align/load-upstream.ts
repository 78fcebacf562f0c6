/**
 * The site's access to the published upstream tracing at build time: each
 * local clause's label and national sources (`upstream/<docId>.json`, read
 * when first asked for), a document's summary and its place's.
 */
import { readDocumentUpstream } from '../../data/published-data.ts';
import { primaryDate } from '../../model/document-meta.ts';
import type { DocumentMeta } from '../../model/types.ts';
import { addSummaries, type ClauseUpstream, type DocumentUpstream, type UpstreamSummary } from './upstream.ts';

const documents = new Map<string, DocumentUpstream | null>();

function documentUpstream(docId: string): DocumentUpstream | null {
  if (!documents.has(docId)) documents.set(docId, readDocumentUpstream(docId));
  return documents.get(docId)!;
}

/** The tracing of one clause; null for a clause of a national document. */
export function upstreamOf(clause: { id: string; docId: string }): ClauseUpstream | null {
  return documentUpstream(clause.docId)?.clauses[clause.id] ?? null;
}

/** A document's summary; null for a national document. */
export function upstreamSummary(docId: string): UpstreamSummary | null {
  return documentUpstream(docId)?.summary ?? null;
}

/** The summary of several documents together (a place's local documents); null when none is traced. */
export function upstreamTotal(docIds: readonly string[]): UpstreamSummary | null {
  const found = docIds.map(upstreamSummary).filter((s): s is UpstreamSummary => s !== null);
  return found.length ? addSummaries(found) : null;
}

/** `照搬 3%，改写 15%，本地 82%`: shares of the clauses, rounded to whole percents. */
export function summaryText(summary: UpstreamSummary): string {
  const pct = (n: number): string => `${summary.clauses ? Math.round((100 * n) / summary.clauses) : 0}%`;
  return `照搬 ${pct(summary.照搬)}，改写 ${pct(summary.改写)}，本地 ${pct(summary.本地)}`;
}

/** The national documents a local document was traced in that took force only after it (the corpus lacks the version before). */
export function upstreamLater(docId: string): string[] {
  return documentUpstream(docId)?.later ?? [];
}

/** `所比为 2020 年修正文本，晚于本文件`: what a source in a later version is, said where it is shown. */
export function laterNotice(meta: Pick<DocumentMeta, 'dates'>): string {
  const date = primaryDate(meta);
  const event = meta.dates.filter((d) => d.date === date && (d.event === '修正' || d.event === '修订')).at(-1)?.event ?? '';
  return `所比为 ${date ? `${date.slice(0, 4)} 年` : ''}${event}文本，晚于本文件`;
}
