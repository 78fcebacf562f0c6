/**
 * The query syntax of the search page, documented on the page:
 *
 *   质押 融资          both words (space: "all of these")
 *   质押融资 -保险      `-` before a word: leave out clauses containing it
 *   质押 | 信贷        `|` (or `OR`, or `｜`): either side
 *   “质押融资”。       quotes and punctuation at a word's ends are removed,
 *                       with a note: matching is already character by character
 *
 * Exclusions apply to the whole query. Every word is matched as Ctrl-F
 * matches it (see shared/text.ts); `matchesQuery` is that ground truth.
 */
import { normalizeForSearch } from '../shared/text.ts';

/** A parsed query: alternatives (each a list of words that must all occur), words to exclude, notes for the reader. */
export interface ParsedQuery {
  /** Either of these; each is all of its words. Empty when the query only excludes or is empty. */
  any: string[][];
  /** Clauses containing any of these are left out. */
  not: string[];
  /** What was changed in the query, to show beside the results. */
  notes: string[];
}

const quotes = /[“”"＂「」『』‘’'＇]/g;
/** Punctuation that may end (or begin) a pasted word without being part of what is sought. */
const edgePunctuation = /^[\s。，、；：！？,.;:!?…]+|[\s。，、；：！？,.;:!?…]+$/g;
const orWord = /^(?:\||｜|OR)$/;

/** Drops words contained in another word of the same list (they add nothing), and repeats. */
function essential(words: readonly string[]): string[] {
  const unique = [...new Set(words)];
  return unique.filter((word) => !unique.some((other) => other !== word && other.includes(word)));
}

/** Parses a query (already in simplified characters). `“质押融资”。 -保险 | 信贷` → any [[质押融资], [信贷]], not [保险]. */
export function parseQuery(query: string): ParsedQuery {
  const notes: string[] = [];
  if (query.replace(quotes, '') !== query) notes.push('已去掉引号：检索本来就按原文逐字匹配。');
  const unquoted = query.replace(quotes, ' ').replace(/[|｜]/g, ' | ');
  const any: string[][] = [[]];
  const not: string[] = [];
  const trimmed: string[] = [];
  for (const raw of unquoted.split(/\s+/).filter(Boolean)) {
    if (orWord.test(raw)) {
      if (any.at(-1)!.length > 0) any.push([]);
      continue;
    }
    const exclude = /^[-－]/.test(raw);
    const body = exclude ? raw.slice(1) : raw;
    const word = normalizeForSearch(body.replace(edgePunctuation, ''));
    if (word !== normalizeForSearch(body)) trimmed.push(body);
    if (!word) continue;
    (exclude ? not : any.at(-1)!).push(word);
  }
  if (trimmed.length > 0) notes.push(`已去掉词首词尾的标点（${trimmed.map((word) => `“${word}”`).join('、')}）。`);
  return { any: any.filter((words) => words.length > 0).map(essential), not: [...new Set(not)], notes };
}

/** True when the query asks for nothing. */
export function isEmptyQuery(query: ParsedQuery): boolean {
  return query.any.length === 0 && query.not.length === 0;
}

/** Every distinct word of the query that must be found (for marking matches). */
export function soughtWords(query: ParsedQuery): string[] {
  return essential(query.any.flat());
}

/** The query written back in its syntax: `质押 融资 | 信贷 -保险`. */
export function formatQuery(query: Pick<ParsedQuery, 'any' | 'not'>): string {
  return [query.any.map((words) => words.join(' ')).join(' | '), ...query.not.map((word) => `-${word}`)]
    .filter(Boolean)
    .join(' ');
}

/** Whether a text matches the query: what Ctrl-F over the text would say. */
export function matchesQuery(text: string, query: Pick<ParsedQuery, 'any' | 'not'>): boolean {
  const haystack = normalizeForSearch(text);
  if (query.not.some((word) => haystack.includes(word))) return false;
  return query.any.length === 0 || query.any.some((words) => words.every((word) => haystack.includes(word)));
}
