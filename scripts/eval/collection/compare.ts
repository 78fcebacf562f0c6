/**
 * Compares the reader's document with the reference boundaries of the same
 * Markdown file and gives the file one verdict:
 * - right: every article where the reference has one, under the same
 *   heading, and no heading line inside an article; no message;
 * - right-warned: right, with messages;
 * - wrong-flagged: a difference, each with a message between the reference
 *   boundaries around it;
 * - wrong-silent: a difference with no message near it;
 * - refused: the reader stopped.
 * The strict count also counts a heading line read into an article
 * (an attachment after the last article, a chapter title without its marker).
 */
import type { BodyNode, PolicyDocument } from '../../../src/model/types.ts';
import type { ReferenceEntry } from './reference-parse.ts';

export type Verdict = 'right' | 'right-warned' | 'wrong-flagged' | 'wrong-silent' | 'refused';

/** One difference between the reader and the reference. */
export interface Difference {
  kind: 'article-missing' | 'article-extra' | 'heading-in-article' | 'misfiled';
  line: number;
  detail: string;
  flagged: boolean;
  /** For heading-in-article: the kind of heading the reference saw. */
  why?: string;
}

export interface Comparison {
  verdict: Verdict;
  differences: Difference[];
  articles: number;
}

interface ReaderArticle {
  line: number;
  end: number;
  number: string;
  parent: number | null;
}

function readerArticles(body: readonly BodyNode[]): ReaderArticle[] {
  const out: ReaderArticle[] = [];
  const walk = (nodes: readonly BodyNode[], parent: number | null): void => {
    for (const node of nodes) {
      if (node.type === 'section') walk(node.children, node.line);
      else if (node.type === 'clause' && node.parts && node.number) {
        out.push({
          line: node.line,
          end: node.line + (node.original.match(/\n/g)?.length ?? 0),
          number: node.number,
          parent,
        });
      }
    }
  };
  walk(body, null);
  return out;
}

/** Compares one document with its reference; `messageLines` are the lines of the file's messages. */
export function compare(
  doc: PolicyDocument | null,
  reference: readonly ReferenceEntry[],
  messageLines: readonly number[],
): Comparison {
  const refArticles = reference.filter((e) => e.kind === 'article');
  if (!doc) return { verdict: 'refused', differences: [], articles: refArticles.length };
  const mine = readerArticles(doc.body);
  const mineAt = new Map(mine.map((a) => [a.line, a]));
  const refAt = new Map(reference.map((e) => [e.line, e]));
  const boundaries = reference.map((e) => e.line);
  const near = (line: number): boolean => {
    const before = boundaries.filter((b) => b < line).at(-1) ?? 0;
    const after = boundaries.find((b) => b > line) ?? Infinity;
    return messageLines.some((m) => m >= before && m <= after);
  };
  const differences: Difference[] = [];
  const add = (kind: Difference['kind'], line: number, detail: string, why?: string): void => {
    differences.push({ kind, line, detail, flagged: near(line), why });
  };
  let parents: Array<number | null> = [null];
  for (const entry of reference) {
    if (entry.kind === 'heading') {
      parents = entry.why === 'continuation' ? [...parents, entry.line] : [entry.line];
      const inside = mine.find((a) => a.line < entry.line && entry.line <= a.end);
      if (inside) add('heading-in-article', entry.line, `“${entry.text}”读进了${inside.number}`, entry.why);
      continue;
    }
    const found = mineAt.get(entry.line);
    if (!found) add('article-missing', entry.line, `${entry.number}没有读作条文`);
    else if (!parents.includes(found.parent))
      add(
        'misfiled',
        entry.line,
        `${entry.number}归在第 ${found.parent ?? '—'} 行的标题下，应在第 ${parents.join('或') || '—'} 行`,
      );
  }
  for (const article of mine) {
    if (refAt.get(article.line)?.kind !== 'article')
      add('article-extra', article.line, `第 ${article.line} 行读出了参考没有的${article.number}`);
  }
  const verdict: Verdict =
    differences.length === 0
      ? messageLines.length
        ? 'right-warned'
        : 'right'
      : differences.every((d) => d.flagged)
        ? 'wrong-flagged'
        : 'wrong-silent';
  return { verdict, differences, articles: refArticles.length };
}
