/**
 * The count tables of a concordance: occurrences of a term per document,
 * place, level, genre and year, with the clauses and documents they stand
 * in and the rate per 10,000 characters (the documents' indexed
 * characters, punctuation included), so that a long law and a short plan
 * compare. A place counts the documents of the places below it too (a
 * province holds its cities' documents): `浙江省` 12 = 宁波市 9 + 浙江省's own 3.
 */
import type { CoreIndex } from '../shared/index-data.ts';

/** The facets a concordance is counted by. */
export const countFacets = ['doc', 'place', 'level', 'genre', 'year'] as const;

/** One facet counted. */
export type CountFacet = (typeof countFacets)[number];

/** One row of a count table. */
export interface CountRow {
  /** The facet value (document id, place key, `municipal`, `tiaoli`, `2021`). */
  value: string;
  occurrences: number;
  clauses: number;
  documents: number;
  /** Characters of every document with this value (found or not). */
  characters: number;
  /** Occurrences per 10,000 characters of those documents. */
  perTenThousand: number;
}

/** The facet values of each document (doc: the document itself). */
function valuesOf(core: Pick<CoreIndex, 'docs' | 'docFacets'>, facet: CountFacet, doc: number): string[] {
  if (facet === 'doc') return [core.docs[doc]];
  const { values, docs } = core.docFacets[facet];
  return docs[doc].map((index) => values[index]);
}

/** Every document's character count from the clause token lengths (one token per character). */
export function documentCharacters(core: Pick<CoreIndex, 'docs' | 'groups'>, lengths: readonly number[]): number[] {
  const out = new Array<number>(core.docs.length).fill(0);
  for (const [doc, first, count] of core.groups) for (let k = 0; k < count; k++) out[doc] += lengths[first + k];
  return out;
}

/**
 * The count table of one facet: rows for the values with at least one
 * occurrence, most occurrences first (ties in the facet's own order).
 * `found` maps a clause ordinal to its occurrences, `docOf` a clause to its
 * document index.
 */
export function countTable(
  core: Pick<CoreIndex, 'docs' | 'docFacets'>,
  facet: CountFacet,
  found: ReadonlyMap<number, number>,
  docOf: (ordinal: number) => number,
  characters: readonly number[],
): CountRow[] {
  const rows = new Map<string, CountRow & { docSet: Set<number> }>();
  const row = (value: string): CountRow & { docSet: Set<number> } => {
    let entry = rows.get(value);
    if (!entry)
      rows.set(
        value,
        (entry = {
          value,
          occurrences: 0,
          clauses: 0,
          documents: 0,
          characters: 0,
          perTenThousand: 0,
          docSet: new Set(),
        }),
      );
    return entry;
  };
  for (const [ordinal, count] of found) {
    const doc = docOf(ordinal);
    for (const value of valuesOf(core, facet, doc)) {
      const entry = row(value);
      entry.occurrences += count;
      entry.clauses += 1;
      entry.docSet.add(doc);
    }
  }
  core.docs.forEach((_, doc) => {
    for (const value of valuesOf(core, facet, doc)) {
      const entry = rows.get(value);
      if (entry) entry.characters += characters[doc];
    }
  });
  const order = facet === 'doc' ? core.docs : core.docFacets[facet].values;
  const rank = new Map(order.map((value, index) => [value, index]));
  return [...rows.values()]
    .map(({ docSet, ...entry }) => ({
      ...entry,
      documents: docSet.size,
      perTenThousand: entry.characters > 0 ? (entry.occurrences * 10_000) / entry.characters : 0,
    }))
    .sort((a, b) => b.occurrences - a.occurrences || (rank.get(a.value) ?? 0) - (rank.get(b.value) ?? 0));
}

/** The totals of a concordance: occurrences and the documents they stand in. */
export function totals(
  found: ReadonlyMap<number, number>,
  docOf: (ordinal: number) => number,
): { occurrences: number; documents: number } {
  let occurrences = 0;
  const docs = new Set<number>();
  for (const [ordinal, count] of found) {
    occurrences += count;
    docs.add(docOf(ordinal));
  }
  return { occurrences, documents: docs.size };
}
