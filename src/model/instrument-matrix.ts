/**
 * The policy-instrument × IP-chain matrix (政策工具 × 知识产权链条) of a set
 * of clauses — one document, one place or the whole corpus. Rows are the
 * three instrument groups of Rothwell & Zegveld (供给型, 环境型, 需求型),
 * each followed by its instruments; columns are the five links of the IP
 * chain the documents themselves name (创造、运用、保护、管理、服务 — the
 * first five themes). A cell holds the clauses that carry both the row's
 * instrument (for a group row: any instrument of the group) and the
 * column's theme, so a clause with two instruments and two chain themes
 * is in four cells. Every page, CSV and test counts through
 * `instrumentMatrix`, so a rule about which clauses count is added once.
 *
 * Example: `instrumentMatrix(clauses, ids).rows[1]` →
 * `{id: 'supply.talent', cells: {creation: ['weihai-3-3'], …}, total: […]}`.
 */
import type { Clause, PolicyDocument } from './types.ts';
import { clausesOf } from './walk.ts';

/** The IP chain: theme ids, in the documents' own order (创造、运用、保护、管理、服务). */
export const chainThemes = ['creation', 'use', 'protection', 'management', 'service'] as const;

/** One link of the IP chain. */
export type ChainTheme = (typeof chainThemes)[number];

/** The three instrument groups (the prefix of an instrument id), in report order. */
export const instrumentGroups = [
  { id: 'supply', zh: '供给型' },
  { id: 'environment', zh: '环境型' },
  { id: 'demand', zh: '需求型' },
] as const;

/** The group of an instrument id: `supply.funding` → `supply`. */
export function groupOf(instrumentId: string): string {
  return instrumentId.split('.')[0];
}

/** One row: a group or an instrument, with the clause ids of each cell. */
export interface MatrixRow {
  /** `supply` for a group row, `supply.funding` for an instrument row. */
  id: string;
  kind: 'group' | 'instrument';
  group: string;
  /** Clause ids per chain theme, in the order of the clauses given. */
  cells: Record<ChainTheme, string[]>;
  /** Clauses with the row's instrument, whatever their themes. */
  total: string[];
  /** Instrument codes of the row (an instrument row: its clauses; a group row: the sum of its instruments' codes). */
  codes: number;
}

/** The matrix of one set of clauses. */
export interface InstrumentMatrix {
  /** How many clauses the matrix was counted over (the denominator of every share). */
  clauses: number;
  /** Instrument codes in all (a clause with three instruments gives three). */
  codes: number;
  /** Clauses per chain theme, whatever their instruments. */
  themeTotals: Record<ChainTheme, number>;
  /** Each group followed by its instruments, in taxonomy order. */
  rows: MatrixRow[];
}

const emptyCells = (): Record<ChainTheme, string[]> =>
  Object.fromEntries(chainThemes.map((t) => [t, []])) as unknown as Record<ChainTheme, string[]>;

/**
 * Counts the matrix over `clauses`; `instrumentIds` (taxonomy order) fixes
 * the rows, so every matrix has the same shape, empty rows included.
 */
export function instrumentMatrix(clauses: readonly Clause[], instrumentIds: readonly string[]): InstrumentMatrix {
  const rows: MatrixRow[] = [];
  const byId = new Map<string, MatrixRow>();
  for (const group of instrumentGroups) {
    for (const id of [group.id, ...instrumentIds.filter((i) => groupOf(i) === group.id)]) {
      const row: MatrixRow = {
        id,
        kind: id === group.id ? 'group' : 'instrument',
        group: group.id,
        cells: emptyCells(),
        total: [],
        codes: 0,
      };
      rows.push(row);
      byId.set(id, row);
    }
  }
  const themeTotals = Object.fromEntries(chainThemes.map((t) => [t, 0])) as Record<ChainTheme, number>;
  let codes = 0;
  for (const clause of clauses) {
    const themes = chainThemes.filter((t) => clause.themes.some((label) => label.id === t));
    for (const t of themes) themeTotals[t]++;
    const instruments = clause.instruments.map((label) => label.id).filter((id) => byId.has(id));
    const groups = [...new Set(instruments.map(groupOf))];
    for (const id of [...groups, ...instruments]) {
      const row = byId.get(id)!;
      row.total.push(clause.id);
      for (const t of themes) row.cells[t].push(clause.id);
    }
    for (const id of instruments) {
      byId.get(id)!.codes++;
      byId.get(groupOf(id))!.codes++;
      codes++;
    }
  }
  return { clauses: clauses.length, codes, themeTotals, rows };
}

/** The clauses of a document that a matrix counts (today every clause). */
export function matrixClauses(doc: PolicyDocument): Clause[] {
  return clausesOf(doc.body);
}

/** A share as the site and the CSVs show it: `0.1234` → `12.3%`; no clauses → `0%`. */
export function percentLabel(count: number, of: number): string {
  if (of === 0 || count === 0) return '0%';
  const value = (100 * count) / of;
  return `${value >= 10 ? value.toFixed(0) : value.toFixed(1)}%`;
}
