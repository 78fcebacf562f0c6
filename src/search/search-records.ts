/**
 * The searchable units of the corpus, in reading order: every clause
 * (boxed 专栏 items included) and every table row. The index builder
 * turns them into Pagefind records; the tests compute the ground truth
 * from the same list.
 */
import { placeName } from '../model/document-meta.ts';
import type { Corpus, PolicyDocument } from '../model/types.ts';
import { clausesOf, tablesOf } from '../model/walk.ts';

/** One searchable unit. */
export interface SearchRecord {
  /** Clause id, or `<table id>-r<row>` for a table row. */
  id: string;
  docId: string;
  /** Anchor on the document page: the clause id, or the table id for a row. */
  anchor: string;
  kind: 'clause' | 'row';
  /** Short city label: 重庆, 洛龙区. */
  city: string;
  title: string;
  genre: string;
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
  /** Position in the corpus: documents in corpus order, units in source order. */
  rank: number;
}

/** Short city label: 重庆市 → 重庆, a district (洛龙区) keeps its name. */
export function cityOf(doc: PolicyDocument): string {
  return placeName(doc.meta);
}

/** The text of a table row as one line: cells separated by tabs. */
export function rowText(cells: readonly string[]): string {
  return cells.join('\t');
}

/** Every searchable unit of the corpus in reading order, ranked from 0. */
export function searchRecords(corpus: Corpus): SearchRecord[] {
  const out: SearchRecord[] = [];
  for (const doc of corpus.documents) {
    const base = { docId: doc.meta.id, city: cityOf(doc), title: doc.title, genre: doc.meta.genre };
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
        line: clause.line,
      });
    }
    for (const table of tablesOf(doc.body)) {
      table.rows.forEach((cells, index) => {
        units.push({
          ...base,
          id: `${table.id}-r${index + 1}`,
          anchor: table.id,
          kind: 'row',
          path: `${table.path} 第${index + 1}行`,
          text: rowText(cells),
          original: null,
          themes: [],
          objects: [],
          line: table.line + index + 1,
        });
      });
    }
    units.sort((a, b) => a.line - b.line);
    for (const { line: _line, ...unit } of units) out.push({ ...unit, rank: out.length });
  }
  return out;
}
