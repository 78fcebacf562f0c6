/**
 * The policy-instrument × IP-chain matrix as CSV, one file per document
 * (`instrument-matrix/<id>.csv`) and one for the whole corpus
 * (`instrument-matrix.csv`), so a researcher can cite the coding instead
 * of redoing it. One row per cell in long form: the scope, the instrument
 * group and instrument (for a group row the instrument columns are empty),
 * the chain link (`不限环节` for the row total), the number of clauses and
 * their share of the scope's clauses. Names are Chinese, every id has its
 * own column; UTF-8 with a BOM like `clauses.csv`. Counted by
 * `instrumentMatrix`, the same function the site's matrix pages use.
 *
 * Example row: `宁波市 · 专利管理条例（2012）,ningbo-patent,环境型,environment,法规管制,environment.regulation,保护,protection,21,0.4200,50`.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toCsv } from '../../model/csv.ts';
import { documentLabel } from '../../model/document-meta.ts';
import {
  chainThemes,
  instrumentGroups,
  instrumentMatrix,
  matrixClauses,
  type InstrumentMatrix,
} from '../../model/instrument-matrix.ts';
import type { Corpus } from '../../model/types.ts';
import { loadTaxonomy, type Taxonomy } from '../tag/load-taxonomy.ts';

/** The scope of one matrix: a document (its label and id) or the corpus. */
export interface MatrixScope {
  name: string;
  id: string;
}

/** The label of the row total in the chain column. */
export const anyLink = '不限环节';

/** The id of the corpus as a scope. */
export const corpusScopeId = 'corpus';

const share = (count: number, of: number): string => (of === 0 ? '0' : (count / of).toFixed(4));

/** The columns of a matrix CSV, in order. */
export const matrixColumns = [
  '范围',
  '范围id',
  '工具大类',
  '工具大类id',
  '政策工具',
  '政策工具id',
  '产业链环节',
  '产业链环节id',
  '条款数',
  '占条款比例',
  '范围条款数',
] as const;

/** One matrix as CSV text (BOM included); `taxonomy` gives the Chinese names. */
export function toMatrixCsv(scope: MatrixScope, matrix: InstrumentMatrix, taxonomy: Taxonomy): string {
  const names = new Map([...taxonomy.themes.labels, ...taxonomy.instruments.labels].map((l) => [l.id, l.zh]));
  const groupNames = new Map<string, string>(instrumentGroups.map((g) => [g.id, g.zh]));
  const rows = matrix.rows.flatMap((row) => {
    const head = {
      范围: scope.name,
      范围id: scope.id,
      工具大类: groupNames.get(row.group) ?? row.group,
      工具大类id: row.group,
      政策工具: row.kind === 'instrument' ? (names.get(row.id) ?? row.id) : '',
      政策工具id: row.kind === 'instrument' ? row.id : '',
    };
    const cells = chainThemes.map((t) => ({
      ...head,
      产业链环节: names.get(t) ?? t,
      产业链环节id: t,
      条款数: row.cells[t].length,
      占条款比例: share(row.cells[t].length, matrix.clauses),
      范围条款数: matrix.clauses,
    }));
    return [
      ...cells,
      {
        ...head,
        产业链环节: anyLink,
        产业链环节id: '',
        条款数: row.total.length,
        占条款比例: share(row.total.length, matrix.clauses),
        范围条款数: matrix.clauses,
      },
    ];
  });
  return toCsv(matrixColumns, rows);
}

/** Writes the corpus matrix and one per document; returns the paths. */
export function writeMatrixCsvs(corpus: Corpus, outDir: string, contentDir = 'content'): string[] {
  const taxonomy = loadTaxonomy(join(contentDir, 'taxonomy'));
  const ids = taxonomy.instruments.labels.map((l) => l.id);
  const folder = join(outDir, 'instrument-matrix');
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const written: string[] = [];
  const write = (path: string, text: string): void => {
    writeFileSync(path, text);
    written.push(path);
  };
  const all = corpus.documents.flatMap(matrixClauses);
  write(
    join(outDir, 'instrument-matrix.csv'),
    toMatrixCsv({ name: '全部语料', id: corpusScopeId }, instrumentMatrix(all, ids), taxonomy),
  );
  for (const doc of corpus.documents) {
    write(
      join(folder, `${doc.meta.id}.csv`),
      toMatrixCsv(
        { name: documentLabel(doc.meta), id: doc.meta.id },
        instrumentMatrix(matrixClauses(doc), ids),
        taxonomy,
      ),
    );
  }
  return written;
}
