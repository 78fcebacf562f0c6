/**
 * The concordance's orders and the facts each line shows: a line's place,
 * year and role, and the clause order for 文件顺序, 文件, 地区, 日期, 体裁 and
 * 条款角色 (from the index's document facts and the loaded roles, no text),
 * or the line order for 左文 and 右文 (from the text around the term).
 * Pure: the element (term-concordance.ts) loads what an order needs.
 */
import { contextWidth, leftKey, occurrences } from '../search/browser/concordance.ts';
import type { ClauseData } from '../search/browser/engine.ts';
import type { CoreIndex, FacetSource } from '../search/shared/index-data.ts';
import { labelOf, type SearchVocabulary } from '../search/shared/labels.ts';
import type { ConcordanceLine } from './concordance-view.ts';

/** The orders of the lines; also the URL values (`&sort=left`). */
export const sorts = ['order', 'left', 'right', 'doc', 'place', 'date', 'genre', 'role'] as const;
export type Sort = (typeof sorts)[number];
/** Orders that need every clause's text. */
export const textSorts: readonly Sort[] = ['left', 'right'];

const collator = new Intl.Collator('zh-CN');

/** What the orders and lines read: the core data, a clause's document, the vocabulary, and the roles once loaded. */
export interface LineSource {
  core: CoreIndex;
  docOf(ordinal: number): number;
  vocabulary: SearchVocabulary;
  roles?: FacetSource;
}

/** The document facts a line shows and sorts by. */
interface DocFacts {
  place: string;
  year: string;
  date: string;
  genre: string;
}

function docFacts(source: LineSource, doc: number): DocFacts {
  const { core, vocabulary } = source;
  const facet = (name: 'place' | 'genre' | 'year'): string[] =>
    core.docFacets[name].docs[doc].map((index) => core.docFacets[name].values[index]);
  return {
    place: labelOf(vocabulary, 'place', facet('place').at(-1) ?? ''),
    year: facet('year')[0] ?? '',
    date: core.dates[doc],
    genre: labelOf(vocabulary, 'genre', facet('genre').at(-1) ?? ''),
  };
}

/** The role id of a clause once the roles are loaded ('' for a clause without one: a table row). */
function roleOf(roles: FacetSource | undefined, ordinal: number): string | undefined {
  if (!roles) return undefined;
  return roles.values('role')[roles.of('role', ordinal)[0]] ?? '';
}

/** The lines of a clause: each occurrence of the term with its context, and the clause's document facts when known. */
export function linesOf(clause: ClauseData, term: string, source: LineSource | undefined): ConcordanceLine[] {
  const facts = source ? docFacts(source, source.docOf(clause.ordinal)) : { place: '', year: '' };
  const role = roleOf(source?.roles, clause.ordinal);
  return occurrences(clause.text, term, contextWidth).map((occurrence) => ({
    ...occurrence,
    clause,
    place: facts.place,
    year: facts.year,
    role: role === undefined || !source ? '' : labelOf(source.vocabulary, 'role', role),
  }));
}

/**
 * The clause ordinals in the order chosen; orders by context keep reading
 * order (their lines are sorted by `sortLines`). Sorting by role needs the
 * roles loaded: a role's place in the taxonomy (前言 … 附则), a clause
 * without a role last.
 */
export function orderOrdinals(sort: Sort, ordinals: readonly number[], source: LineSource): number[] {
  if (sort === 'order' || textSorts.includes(sort)) return [...ordinals];
  if (sort === 'role') {
    if (!source.roles) throw new Error('concordance: the clause roles must be loaded to sort by role');
    const order = new Map(source.vocabulary.values.role.map((entry, index) => [entry.value, index]));
    const rank = (ordinal: number): number => order.get(roleOf(source.roles, ordinal) ?? '') ?? order.size;
    return [...ordinals].sort((a, b) => rank(a) - rank(b) || a - b);
  }
  const facts = new Map<number, DocFacts>();
  const fact = (ordinal: number): DocFacts => {
    const doc = source.docOf(ordinal);
    if (!facts.has(doc)) facts.set(doc, docFacts(source, doc));
    return facts.get(doc)!;
  };
  const key: Record<Exclude<Sort, 'order' | 'left' | 'right' | 'role'>, (a: number, b: number) => number> = {
    doc: (a, b) => source.docOf(a) - source.docOf(b),
    place: (a, b) => collator.compare(fact(a).place, fact(b).place),
    date: (a, b) => collator.compare(fact(b).date, fact(a).date),
    genre: (a, b) => collator.compare(fact(a).genre, fact(b).genre),
  };
  return [...ordinals].sort((a, b) => key[sort as keyof typeof key](a, b) || a - b);
}

/** Sorts lines in place by their context when the order is 左文 (read outwards from the term) or 右文. */
export function sortLines(lines: ConcordanceLine[], sort: Sort): ConcordanceLine[] {
  if (sort === 'left') lines.sort((a, b) => collator.compare(leftKey(a.left), leftKey(b.left)));
  if (sort === 'right') lines.sort((a, b) => collator.compare(a.right, b.right));
  return lines;
}
