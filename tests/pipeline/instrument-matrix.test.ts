/**
 * The instrument × IP-chain matrix and its CSVs: on small hand-made clauses
 * (a clause in several cells, group rows counting a clause once) and on the
 * real tagged corpus (every cell holds exactly the clauses with both
 * labels; the CSV rows equal the matrix).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { chainThemes, instrumentMatrix, matrixClauses, percentLabel } from '../../src/model/instrument-matrix.ts';
import type { Clause } from '../../src/model/types.ts';
import { anyLink, toMatrixCsv, writeMatrixCsvs } from '../../src/pipeline/export/instrument-matrix-csv.ts';
import { loadTaxonomy } from '../../src/pipeline/tag/load-taxonomy.ts';
import { tagCorpus } from '../../src/pipeline/tag/tag-corpus.ts';
import { realCorpus } from './real-corpus.ts';

const taxonomy = loadTaxonomy();
const ids = taxonomy.instruments.labels.map((l) => l.id);
const label = (id: string) => ({ id, score: 1, evidence: [] });
const clause = (id: string, themes: string[], instruments: string[]): Clause =>
  ({
    id,
    themes: themes.map(label),
    objects: [],
    instruments: instruments.map(label),
    strength: null,
  }) as unknown as Clause;

describe('instrument matrix', () => {
  const small = [
    clause('a', ['use', 'protection'], ['supply.funding', 'supply.talent', 'environment.finance']),
    clause('b', ['use', 'talent'], ['supply.funding']),
    clause('c', ['talent'], ['demand.market']),
    clause('d', [], []),
  ];
  const m = instrumentMatrix(small, ids);
  const row = (id: string) => m.rows.find((r) => r.id === id)!;

  it('has a group row before its instruments, all 14 instruments in taxonomy order, empty rows included', () => {
    expect(m.rows.map((r) => r.id)).toEqual([
      'supply',
      ...ids.filter((i) => i.startsWith('supply.')),
      'environment',
      ...ids.filter((i) => i.startsWith('environment.')),
      'demand',
      ...ids.filter((i) => i.startsWith('demand.')),
    ]);
    expect(m.rows.filter((r) => r.kind === 'instrument')).toHaveLength(14);
    expect(row('demand.procurement').total).toEqual([]);
  });

  it('puts a clause in every cell of its instruments × chain themes, and counts it once in a group row', () => {
    expect(row('supply.funding').cells).toEqual({
      creation: [],
      use: ['a', 'b'],
      protection: ['a'],
      management: [],
      service: [],
    });
    expect(row('supply').cells.use).toEqual(['a', 'b']);
    expect(row('supply').total).toEqual(['a', 'b']);
    expect(row('supply').codes).toBe(3);
    expect(row('environment.finance').cells.protection).toEqual(['a']);
  });

  it('keeps a clause with an instrument but no chain theme in the row total only, and counts over all clauses given', () => {
    expect(row('demand.market').total).toEqual(['c']);
    expect(chainThemes.every((t) => row('demand.market').cells[t].length === 0)).toBe(true);
    expect(m.clauses).toBe(4);
    expect(m.codes).toBe(5);
    expect(m.themeTotals).toEqual({ creation: 0, use: 2, protection: 1, management: 0, service: 0 });
  });

  it('writes shares with one decimal below 10% and none above', () => {
    expect([percentLabel(1, 3), percentLabel(1, 30), percentLabel(0, 3), percentLabel(1, 0)]).toEqual([
      '33%',
      '3.3%',
      '0%',
      '0%',
    ]);
  });

  it('gives one CSV row per cell and row total, with Chinese names and the ids in their own columns', () => {
    const rows = parse(toMatrixCsv({ name: '测试', id: 'test' }, m, taxonomy).replace(/^\uFEFF/, ''), {
      columns: true,
    }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(17 * 6);
    expect(Object.keys(rows[0])).toEqual([
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
    ]);
    expect(rows.find((r) => r.政策工具id === 'supply.funding' && r.产业链环节id === 'use')).toMatchObject({
      工具大类: '供给型',
      政策工具: '资金投入',
      产业链环节: '运用',
      条款数: '2',
      占条款比例: '0.5000',
      范围条款数: '4',
    });
    expect(
      rows.find((r) => r.工具大类id === 'supply' && r.政策工具id === '' && r.产业链环节 === anyLink),
    ).toMatchObject({ 政策工具: '', 条款数: '2' });
  });
});

describe('instrument matrix of the real corpus', () => {
  const { corpus } = realCorpus();
  tagCorpus(corpus);
  const all = corpus.documents.flatMap(matrixClauses);
  const m = instrumentMatrix(all, ids);

  it('holds in each cell exactly the clauses carrying both the instrument and the chain theme', () => {
    for (const row of m.rows.filter((r) => r.kind === 'instrument')) {
      for (const t of chainThemes) {
        const expected = all
          .filter((c) => c.instruments.some((i) => i.id === row.id) && c.themes.some((x) => x.id === t))
          .map((c) => c.id);
        expect(row.cells[t], `${row.id} × ${t}`).toEqual(expected);
      }
    }
    expect(m.rows.find((r) => r.id === 'environment.regulation')!.cells.protection.length).toBeGreaterThan(20);
  });

  it('writes the corpus CSV and one per document whose counts equal the matrix', () => {
    const out = mkdtempSync(join(tmpdir(), 'matrix-csv-'));
    try {
      writeMatrixCsvs(corpus, out);
      expect(readdirSync(join(out, 'instrument-matrix')).sort()).toEqual(
        corpus.documents.map((d) => `${d.meta.id}.csv`).sort(),
      );
      const doc = corpus.documents.find((d) => d.meta.id === 'guangdong-ip')!;
      const own = instrumentMatrix(matrixClauses(doc), ids);
      const rows = parse(
        readFileSync(join(out, 'instrument-matrix', 'guangdong-ip.csv'), 'utf8').replace(/^\uFEFF/, ''),
        { columns: true },
      ) as Array<Record<string, string>>;
      expect(rows[0]).toMatchObject({ 范围: '广东省 · 知识产权保护条例（2022）', 范围id: 'guangdong-ip' });
      for (const r of own.rows)
        for (const t of chainThemes) {
          const line = rows.find(
            (x) =>
              x.工具大类id === r.group &&
              x.政策工具id === (r.kind === 'instrument' ? r.id : '') &&
              x.产业链环节id === t,
          )!;
          expect(Number(line.条款数), `${r.id} × ${t}`).toBe(r.cells[t].length);
        }
      const corpusRows = parse(readFileSync(join(out, 'instrument-matrix.csv'), 'utf8').replace(/^\uFEFF/, ''), {
        columns: true,
      }) as Array<Record<string, string>>;
      expect(corpusRows.every((r) => r.范围id === 'corpus' && r.范围条款数 === String(all.length))).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
