/**
 * `clauses.csv` for researchers: one row per clause, UTF-8 with a BOM so
 * Excel opens the Chinese text correctly. Written by csv-stringify.
 *
 * Example row: `weihai-3-3,weihai,威海市,…,三、（三）,…,市法院；市检察院`.
 */
import { stringify } from 'csv-stringify/sync';
import type { Corpus, Label } from '../../model/types.ts';
import { clausesOf } from '../../model/walk.ts';
import { primaryDate } from '../../model/document-meta.ts';

const labels = (list: readonly Label[]): string => list.map((label) => label.id).join(';');

/** The corpus as CSV text (BOM included). */
export function toClausesCsv(corpus: Corpus): string {
  const rows = corpus.documents.flatMap((doc) =>
    clausesOf(doc.body).map((clause) => ({
      id: clause.id,
      doc_id: doc.meta.id,
      city: doc.meta.jurisdiction.name,
      document: doc.title,
      doc_number: doc.meta.docNumber ?? '',
      date: primaryDate(doc.meta) ?? '',
      path: clause.path,
      headings: clause.headings.join(' > '),
      number: clause.number ?? '',
      title: clause.title ?? '',
      box: clause.box ?? '',
      text: clause.text,
      original: clause.original,
      agencies: clause.agencies.join('；'),
      themes: labels(clause.themes),
      objects: labels(clause.objects),
      instruments: labels(clause.instruments),
      strength: clause.strength?.id ?? '',
      line: clause.line,
    })),
  );
  return stringify(rows, { header: true, bom: true, quoted_string: false });
}
