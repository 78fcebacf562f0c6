/**
 * The references between texts as the pages show them, as the corpus build
 * resolved and published them (`citations.json`): what a clause cites,
 * what cites an article, and the cited texts not in the corpus.
 */
import { readCitations } from '../data/published-data.ts';
import type { Citation } from '../data/schemas/citations.ts';

/** A resolved reference and the key a title is matched by, for the components that show them. */
export { titleKey } from '../model/citation.ts';
export type { Citation } from '../data/schemas/citations.ts';

interface Index {
  all: Citation[];
  byClause: Map<string, Citation[]>;
  byArticle: Map<string, Citation[]>;
}

let index: Index | undefined;

function load(): Index {
  if (index) return index;
  const all = readCitations().citations;
  const byClause = new Map<string, Citation[]>();
  const byArticle = new Map<string, Citation[]>();
  for (const citation of all) {
    byClause.set(citation.clauseId, [...(byClause.get(citation.clauseId) ?? []), citation]);
    if (citation.status === '已解析' && citation.targetArticle)
      byArticle.set(citation.targetArticle, [...(byArticle.get(citation.targetArticle) ?? []), citation]);
  }
  return (index = { all, byClause, byArticle });
}

/** Every resolved reference of the corpus, in corpus order. */
export function allCitations(): readonly Citation[] {
  return load().all;
}

/**
 * What a clause cites, each cited place once, in order: other texts (found
 * or not) and articles of its own text; 前款, 本条 and other references
 * within the clause itself are left to the text.
 */
export function citationsOf(clauseId: string): Citation[] {
  const seen = new Set<string>();
  return (load().byClause.get(clauseId) ?? []).filter((c) => {
    if (c.status === '本文件内' && (c.targetArticle === null || c.targetArticle === clauseId)) return false;
    const key = `${c.status}|${c.title}|${c.targetClause ?? c.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The references from other texts to an article (or any of its 款 and 项). */
export function citedBy(articleId: string): Citation[] {
  return load().byArticle.get(articleId) ?? [];
}

/** Cited texts the corpus lacks, with how many references name each, most first. */
export function missingTexts(): Array<{ title: string; count: number; clauses: number }> {
  const counts = new Map<string, { count: number; clauses: Set<string> }>();
  for (const c of load().all) {
    if (c.status !== '文件不在语料中') continue;
    const entry = counts.get(c.title) ?? { count: 0, clauses: new Set<string>() };
    entry.count += 1;
    entry.clauses.add(c.clauseId);
    counts.set(c.title, entry);
  }
  return [...counts]
    .map(([title, { count, clauses }]) => ({ title, count, clauses: clauses.size }))
    .sort((a, b) => b.count - a.count || a.title.localeCompare(b.title, 'zh-CN'));
}
