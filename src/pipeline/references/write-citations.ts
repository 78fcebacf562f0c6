/**
 * `data/citations.json` (what the pages read, schema
 * `src/data/schemas/citations.ts`) and `data/citations.csv`: every
 * reference of every clause, one row each, resolved (resolve.ts). CSV
 * columns: 引用条款id, 引用文字, 被引文件 (the corpus title, or the title
 * as written when the corpus lacks the text), 被引文件id, 被引条款id (the
 * article, or its 款/项 anchor), 被引版本 (`2020年修正`), 状态 (已解析 / 本文件内 / 版本不在语料中 / 文件不在语料中 / 条文未找到).
 *
 *   national-patent-rules-2023-a6,专利法第二十四条,中华人民共和国专利法,national-patent-law,national-patent-law-a24,2020年修正,已解析
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvText } from '../../model/csv.ts';
import type { Corpus } from '../../model/types.ts';
import type { CitationsData } from '../../data/schemas/citations.ts';
import { resolveCitations, type Citation } from './resolve.ts';

/** The columns of citations.csv, in order. */
export const citationColumns = [
  '引用条款id',
  '引用文字',
  '被引文件',
  '被引文件id',
  '被引条款id',
  '被引版本',
  '状态',
] as const;

/** The citations as CSV text (BOM, CRLF). */
export function citationsCsv(citations: readonly Citation[]): string {
  return csvText(
    citationColumns,
    citations.map((c) => [c.clauseId, c.text, c.title, c.targetDoc ?? '', c.targetClause ?? '', c.version, c.status]),
  );
}

/** Resolves the corpus's references and writes `citations.json` and `citations.csv` into `outDir`; returns the files written. */
export function writeCitations(corpus: Corpus, outDir: string): string[] {
  mkdirSync(outDir, { recursive: true });
  const citations = resolveCitations(corpus);
  const json = join(outDir, 'citations.json');
  const data: CitationsData = { schema: 1, citations };
  writeFileSync(json, `${JSON.stringify(data)}\n`);
  const csv = join(outDir, 'citations.csv');
  writeFileSync(csv, citationsCsv(citations));
  return [json, csv];
}
