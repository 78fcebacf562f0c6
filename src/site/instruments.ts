/**
 * Build-time queries for the policy-instrument pages: the instrument ×
 * IP-chain matrix of a document, a place and the corpus (all counted by
 * `instrumentMatrix`), the pages' addresses, and how a matrix row is named.
 *
 * Example: `matrixCellUrl('supply.funding', 'use')` → `/instruments/matrix/supply.funding/use/`.
 */
import { readCatalog, readCorpus } from '../data/published-data.ts';
import {
  chainThemes,
  instrumentGroups,
  instrumentMatrix,
  matrixClauses,
  type ChainTheme,
  type InstrumentMatrix,
  type MatrixRow,
} from '../model/instrument-matrix.ts';
import type { Clause, PolicyDocument } from '../model/types.ts';
import { instrumentList, labelOf, placeGroups, type PlaceGroup } from './corpus.ts';
import { dataUrl, url } from './urls.ts';

export { chainThemes, type ChainTheme, type InstrumentMatrix, type MatrixRow };

/** How many clauses one page of a corpus cell's list holds (the page stays small however large the corpus). */
export const cellPageSize = 400;

/** Instrument ids in taxonomy order. */
export function instrumentIds(): string[] {
  return instrumentList().map((i) => i.id);
}

/** The matrix of one document. */
export function documentMatrix(doc: PolicyDocument): InstrumentMatrix {
  return instrumentMatrix(matrixClauses(doc), instrumentIds());
}

/** The matrix of a place's documents. */
export function placeMatrix(docs: readonly PolicyDocument[]): InstrumentMatrix {
  return instrumentMatrix(docs.flatMap(matrixClauses), instrumentIds());
}

let corpusCache: InstrumentMatrix | undefined;

/** The matrix of the whole corpus, counted once per build. */
export function corpusMatrix(): InstrumentMatrix {
  corpusCache ??= instrumentMatrix(readCorpus().documents.flatMap(matrixClauses), instrumentIds());
  return corpusCache;
}

/** The documents of a place group, from the corpus. */
export function placeDocuments(group: PlaceGroup): PolicyDocument[] {
  const wanted = new Set(group.documents.map((d) => d.id));
  return readCorpus().documents.filter((d) => wanted.has(d.meta.id));
}

/** Every clause of the corpus by id, with its document. */
let clauseIndex: Map<string, { doc: PolicyDocument; clause: Clause }> | undefined;
export function clauseById(id: string): { doc: PolicyDocument; clause: Clause } {
  clauseIndex ??= new Map(
    readCorpus().documents.flatMap((doc) => matrixClauses(doc).map((clause) => [clause.id, { doc, clause }] as const)),
  );
  const found = clauseIndex.get(id);
  if (!found) throw new Error(`Clause ${id} is not in corpus.json: run \`npm run build:corpus\``);
  return found;
}

/** The Chinese name of a matrix row: `供给型` for a group, `资金投入` for an instrument. */
export function rowLabel(row: Pick<MatrixRow, 'id' | 'kind'>): string {
  return row.kind === 'group' ? (instrumentGroups.find((g) => g.id === row.id)?.zh ?? row.id) : labelOf(row.id);
}

/** The framework page. */
export const instrumentsUrl = (): string => url('instruments/');

/** The corpus matrix page. */
export const corpusMatrixUrl = (): string => url('instruments/matrix/');

/** The page listing the clauses of one corpus cell (a row id × a chain theme); `page` counts from 1. */
export function matrixCellUrl(rowId: string, theme: ChainTheme, page = 1): string {
  return url(`instruments/matrix/${rowId}/${theme}/${page > 1 ? `${page}/` : ''}`);
}

/** A document's matrix page, optionally at one cell's list. */
export function documentMatrixUrl(docId: string, cell?: { row: string; theme: ChainTheme }): string {
  return url(`instruments/documents/${docId}/`) + (cell ? `#${cellAnchor(cell.row, cell.theme)}` : '');
}

/** Places with a matrix page of their own: two or more documents (a place with one document has that document's matrix). */
export function placesWithMatrix(): PlaceGroup[] {
  return placeGroups().filter((g) => g.documents.length > 1);
}

/** A place's matrix page, optionally at one cell's list; for a place with one document, that document's matrix page. */
export function placeMatrixUrl(placeKey: string, cell?: { row: string; theme: ChainTheme }): string {
  const docs = readCatalog().documents.filter((d) => d.jurisdiction === placeKey);
  if (docs.length === 1) return documentMatrixUrl(docs[0].id, cell);
  return url(`instruments/places/${placeKey}/`) + (cell ? `#${cellAnchor(cell.row, cell.theme)}` : '');
}

/** The anchor of a cell's clause list on a document or place page: `cell-supply.funding-use`. */
export function cellAnchor(rowId: string, theme: ChainTheme): string {
  return `cell-${rowId}-${theme}`;
}

/** The matrix CSV of a document, or of the corpus without an id. */
export function matrixCsvUrl(docId?: string): string {
  return dataUrl(docId ? `instrument-matrix/${docId}.csv` : 'instrument-matrix.csv');
}

/** A clause's text cut to `max` characters for a list entry. */
export function snippet(text: string, max = 40): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}

/** The chain themes with their Chinese names. */
export function chainLabels(): Array<{ id: ChainTheme; zh: string }> {
  return chainThemes.map((id) => ({ id, zh: labelOf(id) }));
}
