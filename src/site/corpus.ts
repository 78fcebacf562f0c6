/**
 * Lookups over the published corpus and catalogue for pages: a document's
 * catalogue row, label and place, places with their documents, the theme ×
 * document counts. The files themselves are read by `src/data`.
 */
import { readCatalog, readCorpus } from '../data/published-data.ts';
import type { Catalog, CatalogDocument, CatalogLabel, CatalogStrength } from '../data/schemas/catalog.ts';
import type { Clause, Corpus, PolicyDocument } from '../model/types.ts';
import { clausesOf } from '../model/walk.ts';

/** Every clause of a document in order. */
export function documentClauses(doc: PolicyDocument): Clause[] {
  return clausesOf(doc.body);
}

/** Every clause of the corpus, with its document. */
export function allClauses(): Array<{ doc: PolicyDocument; clause: Clause }> {
  return readCorpus().documents.flatMap((doc) => documentClauses(doc).map((clause) => ({ doc, clause })));
}

// Looked up once per clause on every page: maps built once per catalogue read, not a scan of the catalogue.
const rowsOf = new WeakMap<Catalog, Map<string, CatalogDocument>>();
const nodesOf = new WeakMap<Catalog, Map<string, Catalog['jurisdictions'][number]>>();

/** The catalogue row of a document; throws (a build error) when the catalogue and the corpus are out of step. */
export function docInfo(id: string): CatalogDocument {
  const catalog = readCatalog();
  let rows = rowsOf.get(catalog);
  if (!rows) rowsOf.set(catalog, (rows = new Map(catalog.documents.map((d) => [d.id, d]))));
  const found = rows.get(id);
  if (!found) throw new Error(`Document ${id} is not in catalog.json: run \`npm run build:corpus\``);
  return found;
}

/** The label that says what a document is: `宁波市 · 专利管理条例（2012）`. */
export function documentName(doc: PolicyDocument | string): string {
  return docInfo(typeof doc === 'string' ? doc : doc.meta.id).label;
}

/** The name of a document's place, with the city for a district: `洛龙区（洛阳市）`, `宁波市`. */
export function placeLabel(doc: PolicyDocument | string): string {
  const info = docInfo(typeof doc === 'string' ? doc : doc.meta.id);
  const catalog = readCatalog();
  let nodes = nodesOf.get(catalog);
  if (!nodes) nodesOf.set(catalog, (nodes = new Map(catalog.jurisdictions.map((j) => [j.key, j]))));
  const node = nodes.get(info.jurisdiction);
  const parent = node?.parent ? nodes.get(node.parent) : undefined;
  return parent && node && node.depth >= 3 ? `${info.jurisdictionName}（${parent.name}）` : info.jurisdictionName;
}

/** One place with its documents, for pickers and tables grouped by place. */
export interface PlaceGroup {
  key: string;
  /** `宁波市`, `洛龙区（洛阳市）`. */
  name: string;
  documents: CatalogDocument[];
}

/**
 * The documents grouped by their place, places in tree order (a province,
 * then its cities, then their districts), documents by date within a place.
 * Only `ids` are kept when given.
 */
export function placeGroups(ids?: readonly string[]): PlaceGroup[] {
  const { jurisdictions } = readCatalog();
  const wanted = ids ? new Set(ids) : null;
  // By each node's own document list: two places may share a key (北青西市 and 北青溪市 both `beiqingxi`).
  return jurisdictions
    .map((node) => ({ node, documents: node.documents.filter((id) => !wanted || wanted.has(id)).map(docInfo) }))
    .filter(({ documents: docs }) => docs.length > 0)
    .map(({ node, documents: docs }) => ({
      key: node.key,
      name: placeLabel(docs[0].id),
      documents: docs.sort((a, b) => ((a.date ?? '') < (b.date ?? '') ? -1 : (a.date ?? '') > (b.date ?? '') ? 1 : 0)),
    }));
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

/** One cell of the theme × document matrix. */
export interface MatrixCell {
  docId: string;
  count: number;
  /** Share of the document's clauses that carry the theme (0–1). */
  share: number;
  /** The document's clauses the share is of. */
  clauses: number;
  /** Ids of the `count` clauses, in text order. */
  ids: string[];
}

/** Counts of clauses per theme and document: `matrix.get('use')` → one cell per document, in corpus order. */
export function themeMatrix(themeIds: readonly string[], corpus: Corpus = readCorpus()): Map<string, MatrixCell[]> {
  const matrix = new Map<string, MatrixCell[]>();
  const perDoc = corpus.documents.map((doc) => ({ doc, clauses: documentClauses(doc) }));
  for (const theme of themeIds) {
    matrix.set(
      theme,
      perDoc.map(({ doc, clauses }) => {
        const ids = clauses.filter((c) => c.themes.some((t) => t.id === theme)).map((c) => c.id);
        return {
          docId: doc.meta.id,
          count: ids.length,
          share: clauses.length ? ids.length / clauses.length : 0,
          clauses: clauses.length,
          ids,
        };
      }),
    );
  }
  return matrix;
}

/** The themes, in taxonomy order, with their labels and descriptions (from the catalogue). */
export function themeList(): CatalogLabel[] {
  return readCatalog().taxonomy.themes;
}

/** The IP objects, in taxonomy order, with their labels and descriptions (from the catalogue). */
export function objectList(): CatalogLabel[] {
  return readCatalog().taxonomy.objects;
}

/** The policy instruments, in taxonomy order (from the catalogue). */
export function instrumentList(): CatalogLabel[] {
  return readCatalog().taxonomy.instruments;
}

/** The Chinese label of a theme, object or instrument id; an unknown id is shown as it is. */
export function labelOf(id: string): string {
  return [...themeList(), ...objectList(), ...instrumentList()].find((l) => l.id === id)?.zh ?? id;
}

/** The policy strengths (力度), strongest first, with their names, definitions and deciding words (from the catalogue). */
export function strengthList(): CatalogStrength[] {
  return readCatalog().taxonomy.strengths;
}

/** The Chinese name of a policy strength id (约束性); an unknown id is shown as it is. */
export function strengthName(id: string): string {
  return strengthList().find((s) => s.id === id)?.zh ?? id;
}
