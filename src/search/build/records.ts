/**
 * The searchable units of the corpus, in reading order: every clause
 * (boxed 专栏 items included) and every table row, each with what the
 * facets need from the catalogue. The index builder turns them into
 * Pagefind records; the tests compute the ground truth from the same list.
 *
 * Example: a clause of 洛龙区's plan is found under place `henan`,
 * `henan.luoyang` and `henan.luoyang.luolong`, document `luolong`, genre
 * `policy` and `xingdong-fangan`.
 */
import { familySlugs, genreSlugs } from '../../model/document-meta.ts';
import type { Corpus, Genre } from '../../model/types.ts';
import { clausesOf, tableRowsOf } from '../../model/walk.ts';
import type { Catalog } from '../../data/schemas/catalog.ts';
import type { Facet } from '../shared/labels.ts';
import { citationText } from '../../model/citation.ts';
import { statusSlugs, unknownValue } from '../../browser/catalogue-filter.ts';
import { levelOf, placeKeys } from './vocabulary.ts';

/** One searchable unit. */
export interface SearchRecord {
  /** Clause id, or `<table id>-r<row>` for a table row. */
  id: string;
  docId: string;
  /** The document's catalogue label: `宁波市 · 专利管理条例（2012）`. */
  label: string;
  /** Anchor on the document page: the clause id, or the table id for a row. */
  anchor: string;
  kind: 'clause' | 'row';
  /** Jurisdiction keys from the province down to the document's own: [`henan`, `henan.luoyang`, `henan.luoyang.luolong`]. */
  places: string[];
  /** Jurisdiction level of the document: `national`, `provincial`, `municipal`, `county`. */
  level: string;
  genre: Genre;
  family: '法律法规' | '政策文件';
  /** The year the document is cited by, or null when its date is unknown. */
  year: number | null;
  /** The document's 效力 as a URL value (`xianxing-youxiao`), `unknown` when not stated. */
  status: string;
  /** Citable path: `二、（一）1.`, `表1 第3行`. */
  path: string;
  /**
   * What the search matches against: the reading text (simplified) and,
   * on its own line, the responsible-unit note, as a reader sees them on
   * the document page (so 市司法局 finds the clauses it is responsible for).
   */
  text: string;
  /** Source text when it differs in script (traditional for 重庆), else null. */
  original: string | null;
  themes: string[];
  objects: string[];
  /** Policy-instrument ids (`supply.funding`). */
  instruments: string[];
  /** Policy strength id (`binding`), or null. */
  strength: string | null;
  /** Clause role id (`tasks`, `liability`), or null (a table row, an untagged clause). */
  role: string | null;
  /** The citation up to access date and address (model/citation.ts). */
  cite: string;
  /** Position in the corpus: documents in corpus order, units in source order. */
  rank: number;
}

/** The text of a table row as one line: cells separated by tabs. */
export function rowText(cells: readonly string[]): string {
  return cells.join('\t');
}

/** The facet values of a record, as URL and index values (see shared/labels.ts). */
export function recordFilters(record: SearchRecord): Record<Facet, string[]> {
  return {
    place: record.places,
    level: [record.level],
    doc: [record.docId],
    genre: [familySlugs[record.family], genreSlugs[record.genre]],
    year: record.year === null ? [] : [String(record.year)],
    status: [record.status],
    theme: record.themes,
    object: record.objects,
    instrument: record.instruments,
    strength: record.strength === null ? [] : [record.strength],
    role: record.role === null ? [] : [record.role],
  };
}

/** Every searchable unit of the corpus in reading order, ranked from 0; `catalog` is the corpus's catalogue. */
export function searchRecords(corpus: Corpus, catalog: Catalog): SearchRecord[] {
  const entries = new Map(catalog.documents.map((entry) => [entry.id, entry]));
  const out: SearchRecord[] = [];
  for (const doc of corpus.documents) {
    const entry = entries.get(doc.meta.id);
    if (!entry)
      throw new Error(`Document ${doc.meta.id} is not in catalog.json: rebuild it with \`npm run build:corpus\``);
    const base = {
      docId: entry.id,
      label: entry.label,
      places: placeKeys(catalog, entry.jurisdiction),
      level: levelOf(catalog, entry.jurisdiction),
      genre: entry.genre,
      family: entry.family,
      year: entry.year,
      status: entry.status ? statusSlugs[entry.status] : unknownValue,
    };
    const units: Array<Omit<SearchRecord, 'rank'> & { line: number }> = [];
    for (const clause of clausesOf(doc.body)) {
      units.push({
        ...base,
        id: clause.id,
        anchor: clause.id,
        kind: 'clause',
        path: clause.path,
        text: clause.agencyNote ? `${clause.text}\n${clause.agencyNote}` : clause.text,
        original: doc.meta.script === 'Hant' ? clause.original : null,
        themes: clause.themes.map((label) => label.id),
        objects: clause.objects.map((label) => label.id),
        instruments: clause.instruments.map((label) => label.id),
        strength: clause.strength?.id ?? null,
        role: clause.role?.id ?? null,
        cite: citationText(doc, clause),
        line: clause.line,
      });
    }
    for (const { id, table, index } of tableRowsOf(doc.body)) {
      const labels = table.rowLabels?.[index];
      const path = `${table.path} 第${index + 1}行`;
      units.push({
        ...base,
        id,
        anchor: table.id,
        kind: 'row',
        path,
        text: rowText(table.rows[index]),
        original: null,
        themes: labels?.themes.map((label) => label.id) ?? [],
        objects: labels?.objects.map((label) => label.id) ?? [],
        instruments: [],
        strength: null,
        role: null,
        cite: citationText(doc, { path }),
        line: table.line + index + 1,
      });
    }
    units.sort((a, b) => a.line - b.line);
    for (const { line: _line, ...unit } of units) out.push({ ...unit, rank: out.length });
  }
  return out;
}
