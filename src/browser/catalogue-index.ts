/**
 * The compact catalogue index: every document of the catalogue as one short
 * row (ids, slugs and indices into shared lists of places and issuers), for
 * a catalogue too long for one page. The browser filters, counts and sorts
 * on it (src/browser/catalogue-filter.ts) and renders the matching rows a
 * page at a time; the static pages render their rows from the same views,
 * so both show a document alike.
 *
 * Example: `{"i":"ningbo-patent","l":"宁波市 · 专利管理条例（2012）","t":"专利管理条例","p":3,"v":"dijishi","g":"tiaoli","o":[2],"d":"2012-…","y":2012,"s":"xianxing-youxiao","c":40}`.
 */
import { categorySlugs, familySlugs, genreFamily, genreSlugs } from '../model/document-meta.ts';
import { keyChain } from '../model/jurisdictions.ts';
import type { Genre } from '../model/types.ts';
import type { Catalog, CatalogDocument } from '../data/schemas/catalog.ts';
import { levelSlugs, statusSlugs, unknownValue, type CatalogueRow } from './catalogue-filter.ts';

/** Up to this many documents the catalogue is one page with every row and every facet value; beyond it the static list is paged. */
export const catalogueInlineUpTo = 200;

/** Rows per page of a paged catalogue (about 1 KB of HTML each). */
export const cataloguePageSize = 100;

/** Values of a long facet (地区, 发布机关) a paged catalogue shows before "show all". */
export const longFacetTop = 12;

/** A place of the index: key, name, depth (0 the country, 1 province, 2 city, 3 district) and the index of the place above it. */
export interface IndexPlace {
  k: string;
  n: string;
  d: number;
  a?: number;
}

/** One document, in short keys. */
export interface CatalogueEntry {
  /** id, label, short title (the title sort key). */
  i: string;
  l: string;
  t: string;
  /** Index of its place in `places`; level, genre, category (效力类别) and status slugs; issuer indices. */
  p: number;
  v: string;
  g: string;
  k?: string;
  s?: string;
  o: number[];
  /** 文号, ISO date, year, date it takes effect. */
  n?: string;
  d?: string;
  y?: number;
  e?: string;
  /** Clause count, source URL and name, 1 for a traditional-script source. */
  c: number;
  u?: string;
  m?: string;
  h?: 1;
}

/** The whole index: shared places and issuers, then the documents. */
export interface CatalogueIndex {
  places: IndexPlace[];
  issuers: string[];
  docs: CatalogueEntry[];
}

/** A document as a row of the table shows it. */
export interface RowView {
  id: string;
  /** The label's place part (`宁波市`) and the rest, or only the label when it has no ` · `. */
  where: string | null;
  what: string;
  hant: boolean;
  place: string;
  /** The city above a district or county. */
  parent: string | null;
  level: string;
  genre: string;
  issuers: string | null;
  docNumber: string | null;
  /** `2012年3月1日`, or null when unknown; the date it takes effect. */
  date: string | null;
  effective: string | null;
  status: string | null;
  clauses: number;
  source: { url: string | null; name: string | null };
}

/** `2012年3月1日` for an ISO date. */
export const dayLabel = (date: string): string => {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

const invert = (slugs: Readonly<Record<string, string>>): Record<string, string> =>
  Object.fromEntries(Object.entries(slugs).map(([name, slug]) => [slug, name]));
const levelNames = invert(levelSlugs);
const genreNames = invert(genreSlugs);
const statusNames = invert(statusSlugs);

/** The index of a catalogue, documents in catalogue order. */
export function catalogueIndex(catalog: Pick<Catalog, 'documents' | 'jurisdictions'>): CatalogueIndex {
  const used = new Set(catalog.documents.flatMap((doc) => keyChain(doc.jurisdiction)));
  // The root (中华人民共和国, depth 0) too: national documents are its own.
  const nodes = catalog.jurisdictions.filter((node) => used.has(node.key));
  const at = new Map(nodes.map((node, i) => [node.key, i]));
  const places = nodes.map((node): IndexPlace =>
    node.parent && at.has(node.parent)
      ? { k: node.key, n: node.name, d: node.depth, a: at.get(node.parent)! }
      : { k: node.key, n: node.name, d: node.depth },
  );
  const issuers = [...new Set(catalog.documents.flatMap((doc) => doc.issuers))];
  const issuerAt = new Map(issuers.map((name, i) => [name, i]));
  const docs = catalog.documents.map((doc: CatalogDocument): CatalogueEntry => {
    const entry: CatalogueEntry = {
      i: doc.id,
      l: doc.label,
      t: doc.shortTitle,
      p: at.get(doc.jurisdiction) ?? -1,
      v: levelSlugs[doc.level],
      g: genreSlugs[doc.genre],
      o: [...new Set(doc.issuers)].map((name) => issuerAt.get(name)!),
      c: doc.clauses,
    };
    if (doc.category) entry.k = categorySlugs[doc.category];
    if (doc.status) entry.s = statusSlugs[doc.status];
    if (doc.docNumber) entry.n = doc.docNumber;
    if (doc.date) entry.d = doc.date;
    if (doc.year !== null) entry.y = doc.year;
    if (doc.effective) entry.e = doc.effective;
    if (doc.source.url) entry.u = doc.source.url;
    if (doc.source.name) entry.m = doc.source.name;
    if (doc.script === 'Hant') entry.h = 1;
    return entry;
  });
  return { places, issuers, docs };
}

/** The filter's row of an entry: the same row `catalogueRow` makes from the catalogue document. */
export function entryRow(index: CatalogueIndex, entry: CatalogueEntry): CatalogueRow {
  const key = entry.p >= 0 ? index.places[entry.p].k : 'cn';
  const issuers = entry.o.map((i) => index.issuers[i]);
  return {
    id: entry.i,
    facets: {
      level: [entry.v],
      province: keyChain(key).slice(1, 2),
      place: keyChain(key).slice(1),
      category: [entry.k ?? unknownValue],
      family: [familySlugs[genreFamily(genreNames[entry.g] as Genre)]],
      genre: [entry.g],
      issuer: issuers.length ? issuers : [unknownValue],
      year: [entry.y === undefined ? unknownValue : String(entry.y)],
      status: [entry.s ?? unknownValue],
    },
    place: key,
    date: entry.d ?? null,
    title: entry.t,
    clauses: entry.c,
  };
}

/** How the table shows an entry. */
export function entryView(index: CatalogueIndex, entry: CatalogueEntry): RowView {
  const place = entry.p >= 0 ? index.places[entry.p] : null;
  const parent = place && place.d >= 3 && place.a !== undefined ? index.places[place.a].n : null;
  const [where, ...what] = entry.l.split(' · ');
  const issuers = entry.o.map((i) => index.issuers[i]);
  return {
    id: entry.i,
    where: what.length ? where : null,
    what: what.length ? what.join(' · ') : entry.l,
    hant: entry.h === 1,
    place: place?.n ?? '国家',
    parent,
    level: levelNames[entry.v],
    genre: genreNames[entry.g],
    issuers: issuers.length ? issuers.join('、') : null,
    docNumber: entry.n ?? null,
    date: entry.d ? dayLabel(entry.d) : null,
    effective: entry.e ? dayLabel(entry.e) : null,
    status: entry.s ? statusNames[entry.s] : null,
    clauses: entry.c,
    source: { url: entry.u ?? null, name: entry.m ?? null },
  };
}

/** The number of pages `count` rows fill (at least one). */
export const pageCount = (count: number, size = cataloguePageSize): number => Math.max(1, Math.ceil(count / size));

/** Page `n` (1-based) of a list. */
export const pageOf = <T>(items: readonly T[], n: number, size = cataloguePageSize): T[] =>
  items.slice((n - 1) * size, n * size);
