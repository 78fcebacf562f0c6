/**
 * The theme × document matrix at any corpus size. Up to `matrixInlineUpTo`
 * documents it is shown whole (home, themes); beyond that those pages show
 * one column per province and the full matrix lives on its own pages,
 * `themes/matrix/<n>/`, each with at most `matrixPageSize` documents,
 * places in tree order and a place's documents kept on one page (a place
 * with more documents than a page holds is split across pages).
 *
 * Example: 1,000 documents in 1,000 places → 25 pages of 40 documents.
 */
import { readCorpus } from '../data/published-data.ts';
import { documentClauses, placeGroups, type MatrixCell, type PlaceGroup } from './corpus.ts';
import { lowThemeClauses, scopeClauses, themeClauses, type ThemeScope } from './theme-cells.ts';

/** Documents per matrix page (9 themes × 40 documents ≈ 200 KB of HTML). */
export const matrixPageSize = 40;

/**
 * Up to this many documents the home and theme pages show the whole matrix
 * (its groups collapsible): the corpus of about 85 texts reads whole, every
 * count opening its clauses (≈ 450 bytes a cell, 400 KB at 90 documents).
 */
export const matrixInlineUpTo = 90;

/** One page of the matrix: its places (with their documents) and where it starts and ends. */
export interface MatrixPage {
  /** 1-based page number. */
  n: number;
  groups: PlaceGroup[];
  documents: number;
  /** Name of the first and the last place on the page. */
  first: string;
  last: string;
}

/** Splits place groups into pages of at most `size` documents, in order, keeping each place whole where it fits. */
export function matrixPages(groups: readonly PlaceGroup[] = placeGroups(), size = matrixPageSize): MatrixPage[] {
  const pages: PlaceGroup[][] = [];
  let current: PlaceGroup[] = [];
  let count = 0;
  const push = (group: PlaceGroup): void => {
    if (count + group.documents.length > size && current.length) {
      pages.push(current);
      current = [];
      count = 0;
    }
    current.push(group);
    count += group.documents.length;
  };
  for (const group of groups) {
    if (group.documents.length <= size) push(group);
    else
      for (let at = 0; at < group.documents.length; at += size)
        push({ ...group, documents: group.documents.slice(at, at + size) });
  }
  if (current.length) pages.push(current);
  return pages.map((list, i) => ({
    n: i + 1,
    groups: list,
    documents: list.reduce((sum, g) => sum + g.documents.length, 0),
    first: list[0].name,
    last: list.at(-1)!.name,
  }));
}

/** One province's column of the summary matrix. */
export interface ProvinceColumn {
  /** `浙江省`; `国家` for national documents. */
  name: string;
  documents: number;
  clauses: number;
  /** Matrix page where the province's first document is. */
  page: number;
  /** Per theme: clauses of the province's documents that carry it, and their share of its clauses. */
  cells: Map<string, { count: number; share: number }>;
}

/** The matrix summed per province, provinces in the order their places come. */
export function provinceColumns(
  themeIds: readonly string[],
  pages: readonly MatrixPage[] = matrixPages(),
  matrix: Map<string, MatrixCell[]> = fullMatrix(themeIds),
): ProvinceColumn[] {
  const columns = new Map<string, ProvinceColumn>();
  const cellOf = new Map([...matrix].map(([theme, cells]) => [theme, new Map(cells.map((c) => [c.docId, c]))]));
  for (const page of pages) {
    for (const doc of page.groups.flatMap((g) => g.documents)) {
      const name = doc.province ?? '国家';
      let column = columns.get(name);
      if (!column)
        columns.set(
          name,
          (column = {
            name,
            documents: 0,
            clauses: 0,
            page: page.n,
            cells: new Map(themeIds.map((id) => [id, { count: 0, share: 0 }])),
          }),
        );
      column.documents += 1;
      column.clauses += cellOf.get(themeIds[0])?.get(doc.id)?.clauses ?? doc.clauses;
      for (const id of themeIds) column.cells.get(id)!.count += cellOf.get(id)?.get(doc.id)?.count ?? 0;
    }
  }
  for (const column of columns.values())
    for (const cell of column.cells.values()) cell.share = column.clauses ? cell.count / column.clauses : 0;
  return [...columns.values()];
}

/** A matrix cell with how many of its clauses carry the theme with low confidence (left out when only 中/高 count). */
export interface CountedCell extends MatrixCell {
  low: number;
}

const cachedMatrices = new Map<string, Map<string, CountedCell[]>>();

/**
 * The matrix of the whole corpus, computed once per build (every matrix
 * page shades against the same maximum); `counted` (the default) counts
 * tasks, safeguards and provisions only (clause roles), `all` every clause;
 * each cell says how many of its labels have low confidence.
 */
export function fullMatrix(themeIds: readonly string[], scope: ThemeScope = 'counted'): Map<string, CountedCell[]> {
  const key = `${scope}:${themeIds.join(',')}`;
  let matrix = cachedMatrices.get(key);
  if (!matrix) {
    const perDoc = readCorpus().documents.map((doc) => ({ docId: doc.meta.id, clauses: documentClauses(doc) }));
    matrix = new Map(
      themeIds.map((theme) => [
        theme,
        perDoc.map(({ docId, clauses }) => {
          const ids = themeClauses(clauses, theme, scope).map((c) => c.id);
          const total = scopeClauses(clauses, scope).length;
          const low = lowThemeClauses(clauses, theme, scope).length;
          return { docId, count: ids.length, share: total ? ids.length / total : 0, clauses: total, ids, low };
        }),
      ]),
    );
    cachedMatrices.set(key, matrix);
  }
  return matrix;
}
