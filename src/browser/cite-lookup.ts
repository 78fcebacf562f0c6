/**
 * Reading a 引证码 as a person types it: case and spaces or hyphens do not
 * matter, and the letters base32 leaves out are read as the digits they
 * look like (O → 0, I and L → 1). The lookup shard of a code is its first
 * character (`data/cite/<c>.json`).
 *
 * Example: `normalizeCode(' k7q2-m9xo ')` → `K7Q2M9X0`.
 */
import { shardOf, type CodeShard } from '../data/schemas/cite.ts';

export const codePattern = /^[0-9A-HJKMNP-TV-Z]{8}$/;

/** The code in its written form, or null when it cannot be one. */
export function normalizeCode(input: string): string | null {
  const code = input
    .toUpperCase()
    .replace(/[\s\-－—]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return codePattern.test(code) ? code : null;
}

/** What the lookup page shows of a resolved code. */
export interface ResolvedCode {
  code: string;
  clauseId: string;
  docId: string;
  path: string;
  text: string;
  /** The citation up to the access date and address. */
  citation: string;
}

/** Resolves a typed code with `load` (shard and document text fetchers): the clause, or why not. */
export async function resolveCode(
  input: string,
  load: {
    shard(key: string): Promise<CodeShard | null>;
    text(docId: string): Promise<{ citation: string; clauses: Record<string, { path: string; text: string }> }>;
  },
): Promise<ResolvedCode | { error: string }> {
  const code = normalizeCode(input);
  if (!code) return { error: `“${input.trim()}”不是引证码：引证码是 8 位数字和字母（不含 I、L、O、U）。` };
  const hit = (await load.shard(shardOf(code)))?.codes[code];
  if (!hit) return { error: `没有引证码 ${code}：请核对是否抄错；条款编号改动后，原来的引证码会失效。` };
  const text = await load.text(hit.doc);
  const clause = text.clauses[hit.clause];
  if (!clause) return { error: `引证码 ${code} 指向的条款 ${hit.clause} 不在文件数据中，请稍后重试。` };
  return {
    code,
    clauseId: hit.clause,
    docId: hit.doc,
    path: clause.path,
    text: clause.text,
    citation: `${text.citation}${clause.path.trim()}`,
  };
}
