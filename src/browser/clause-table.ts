/**
 * The 对照表 of one clause: the clause, the national articles it draws on
 * (its upstream sources, for a local clause), and its counterpart in every
 * other document as rows (document, place, clause path, full text with the
 * wording it shares with the clause marked, similarity), in the published
 * order (sources first; documents by their first counterpart, within a
 * document by the question the clause answers) or by similarity, place or
 * date, and filtered by place or genre; the rows as CSV (with citations and
 * addresses). Built in the browser from the same per-document files as the
 * comparison page (`data/align/<doc>.json`, `data/upstream/<doc>.json`,
 * `data/text/<doc>.json`).
 *
 * Example: `weihai-3-3` → its own row, then 洛龙区 2-2-4 (0.26), 宁波 2-1 …,
 * each with 技术调查官 and the other shared passages marked;
 * `henan-patent-a22` → its row, 专利法 第七十条 (its source), then its
 * counterparts in the other regulations.
 */
import { fullCitation } from '../model/citation.ts';
import { toCsv } from '../model/csv.ts';
import type { DocumentAlignment, DocumentText } from '../data/schemas/alignment.ts';
import type { ClauseUpstream, UpstreamLabel } from '../data/schemas/upstream.ts';
import { diffSegments, type Segment } from './diff-segments.ts';

/** What the table knows of each document. */
export type TableDocuments = Record<
  string,
  { label: string; place: string; url: string; genre: string; date: string | null; national?: boolean }
>;

/** What a row is: the clause itself, a national article it draws on, or a counterpart in another document. */
export type RowKind = 'self' | 'source' | 'counterpart';

/** One row: the clause itself (`score` null), one of its national sources, or one counterpart. */
export interface TableRow {
  kind: RowKind;
  /** For a national source, how the clause draws on it (the clause's 照搬 / 改写); else null. */
  upstream: UpstreamLabel | null;
  /** Place in the published order (the clause 0, then its sources, then the counterparts as listed). */
  rank: number;
  clauseId: string;
  docId: string;
  label: string;
  place: string;
  genre: string;
  date: string | null;
  path: string;
  /** The heading chain, outermost first (empty in a text without headings). */
  headings: string[];
  /** The clause's role name (任务, 目标, 法律责任…), or empty. */
  role: string;
  text: string;
  /** The text in pieces, the wording shared with the clause marked (the clause's own row: one unmarked piece). */
  segments: Segment[];
  score: number | null;
  passages: string[];
  /** The citation up to the access date and address (GB/T 7714). */
  citation: string;
  /** Site-relative address of the clause. */
  href: string;
}

/** Row orders: as published, by similarity, by place, by date. */
export type RowOrder = 'rank' | 'score' | 'place' | 'date';

/**
 * The rows of the table of `clauseId`: its own row first, then its national
 * sources (`upstream`, for a local clause), then every listed counterpart in
 * the published order (clauses missing from a text file are skipped).
 */
export function tableRows(
  clauseId: string,
  docId: string,
  alignment: DocumentAlignment,
  texts: ReadonlyMap<string, DocumentText>,
  docs: TableDocuments,
  roleNames: Readonly<Record<string, string>> = {},
  upstream: ClauseUpstream | null = null,
): TableRow[] {
  const ownText = texts.get(docId);
  const self = ownText?.clauses[clauseId];
  if (!ownText || !self) return [];
  const row = (
    kind: RowKind,
    id: string,
    doc: string,
    text: DocumentText,
    clause: DocumentText['clauses'][string],
    score: number | null,
    passages: string[],
    segments: Segment[],
  ): TableRow => ({
    kind,
    upstream: kind === 'source' ? (upstream?.label ?? null) : null,
    rank: 0,
    clauseId: id,
    docId: doc,
    label: docs[doc]?.label ?? doc,
    place: docs[doc]?.place ?? doc,
    genre: docs[doc]?.genre ?? '',
    date: docs[doc]?.date ?? null,
    path: clause.path,
    headings: clause.headings ?? [],
    role: clause.role ? (roleNames[clause.role] ?? clause.role) : '',
    text: clause.text,
    segments,
    score,
    passages,
    citation: `${text.citation}${clause.path.trim()}`,
    href: `${docs[doc]?.url ?? ''}#${id}`,
  });
  const rows = [row('self', clauseId, docId, ownText, self, null, [], [{ text: self.text, shared: false }])];
  const other = (kind: RowKind, id: string, doc: string, score: number, passages: string[]): void => {
    const text = texts.get(doc);
    const clause = text?.clauses[id];
    if (!text || !clause) return;
    const { right } = diffSegments({ text: self.text, docId }, { text: clause.text, docId: doc });
    rows.push(row(kind, id, doc, text, clause, score, passages, right));
  };
  for (const source of upstream?.sources ?? [])
    other(
      'source',
      source.clauseId,
      source.docId,
      source.score,
      source.spans.map(([s, e]) => self.text.slice(s, e)),
    );
  for (const list of alignment.counterparts[clauseId] ?? [])
    for (const item of list.items)
      other(
        'counterpart',
        item.clauseId,
        list.docId,
        item.score,
        item.passages.map((p) => self.text.slice(p.at, p.at + p.length)),
      );
  rows.forEach((r, i) => (r.rank = i));
  return rows;
}

const collator = new Intl.Collator('zh-CN');

/**
 * The rows in the order asked for; the clause's own row stays first and its
 * national sources next. `rank` is the published order; ties in the other
 * orders keep the similarity order.
 */
export function sortRows(rows: readonly TableRow[], order: RowOrder): TableRow[] {
  const [self, ...others] = rows;
  const byScore = (a: TableRow, b: TableRow): number => (b.score ?? 0) - (a.score ?? 0);
  const sourcesFirst = (a: TableRow, b: TableRow): number => Number(b.kind === 'source') - Number(a.kind === 'source');
  const compare: Record<RowOrder, (a: TableRow, b: TableRow) => number> = {
    rank: (a, b) => a.rank - b.rank,
    score: byScore,
    place: (a, b) => collator.compare(a.place, b.place) || collator.compare(a.label, b.label) || byScore(a, b),
    // Newest first; a document without a known date goes last.
    date: (a, b) => (b.date ?? '').localeCompare(a.date ?? '') || byScore(a, b),
  };
  return self ? [self, ...[...others].sort((a, b) => sourcesFirst(a, b) || compare[order](a, b))] : [];
}

/** The rows of one place and/or genre (empty = any); the clause's own row stays. */
export function filterRows(rows: readonly TableRow[], filter: { place?: string; genre?: string }): TableRow[] {
  return rows.filter(
    (r, i) => i === 0 || ((!filter.place || r.place === filter.place) && (!filter.genre || r.genre === filter.genre)),
  );
}

/** The columns of the 对照表 CSV, in order. */
export const tableColumns = [
  '序号',
  '类别',
  '文件',
  '文件id',
  '地区',
  '体裁',
  '日期',
  '条款',
  '标题链',
  '条款角色',
  '条款id',
  '相似度',
  '共同表述',
  '全文',
  '引用',
  '网址',
] as const;

/** The table as CSV (UTF-8 with BOM, Chinese headers), each row with its full citation and absolute address. */
export function rowsToCsv(rows: readonly TableRow[], pageUrl: string, accessed: Date): string {
  const records = rows.map((r, i) => {
    const address = new URL(r.href, pageUrl).href;
    return {
      序号: i + 1,
      类别: r.kind === 'self' ? '本条' : r.kind === 'source' ? `国家来源（${r.upstream}）` : '对应条款',
      文件: r.label,
      文件id: r.docId,
      地区: r.place,
      体裁: r.genre,
      日期: r.date ?? '',
      条款: r.path,
      标题链: r.headings.join(' > '),
      条款角色: r.role,
      条款id: r.clauseId,
      相似度: r.score === null ? '' : r.score.toFixed(4),
      共同表述: r.passages.join('；'),
      全文: r.text,
      引用: fullCitation(r.citation, accessed, address),
      网址: address,
    };
  });
  return toCsv(tableColumns, records);
}
