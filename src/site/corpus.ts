/**
 * The site's access to the corpus: reads `public/data/corpus.json` (built
 * by `npm run build:corpus`) once per build and offers lookups.
 */
import { readPublished } from '../data/published-data.ts';
import { placeName } from '../model/document-meta.ts';
import type { Clause, Corpus, PolicyDocument } from '../model/types.ts';
import { clausesOf } from '../model/walk.ts';

let cached: Corpus | undefined;

/** The corpus, read once. Throws with a hint when the corpus has not been built. */
export function loadCorpus(): Corpus {
  cached ??= readPublished('corpus');
  return cached;
}

/** Every clause of a document in order. */
export function documentClauses(doc: PolicyDocument): Clause[] {
  return clausesOf(doc.body);
}

/** Every clause of the corpus, with its document. */
export function allClauses(): Array<{ doc: PolicyDocument; clause: Clause }> {
  return loadCorpus().documents.flatMap((doc) => documentClauses(doc).map((clause) => ({ doc, clause })));
}

/** Short place label: 重庆市 → 重庆, 广东省 → 广东, 洛龙区 stays. */
export function cityLabel(doc: PolicyDocument): string {
  return placeName(doc.meta);
}

/** A date as the site shows it: `2024-10-11` → `2024年10月11日`; unknown → `未知`. */
export function dateLabel(date: string | null): string {
  if (!date) return '未知';
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** A clause's themes or objects as ids, in score order. */
export function labelIds(labels: readonly { id: string }[] | undefined): string[] {
  return (labels ?? []).map((label) => label.id);
}

/** One cell of the theme × city matrix. */
export interface MatrixCell {
  docId: string;
  count: number;
  /** Share of the document's clauses that carry the theme (0–1). */
  share: number;
}

/** Counts of clauses per theme and document: `matrix.get('use')` → one cell per document, in corpus order. */
export function themeMatrix(themeIds: readonly string[], corpus: Corpus = loadCorpus()): Map<string, MatrixCell[]> {
  const matrix = new Map<string, MatrixCell[]>();
  const perDoc = corpus.documents.map((doc) => ({ doc, clauses: documentClauses(doc) }));
  for (const theme of themeIds) {
    matrix.set(
      theme,
      perDoc.map(({ doc, clauses }) => {
        const count = clauses.filter((c) => c.themes.some((t) => t.id === theme)).length;
        return { docId: doc.meta.id, count, share: clauses.length ? count / clauses.length : 0 };
      }),
    );
  }
  return matrix;
}
