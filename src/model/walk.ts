/**
 * Walks of a document body, in reading order: the one place that knows how
 * sections, boxes and tables nest. Every stage that needs "all clauses" or
 * "all tables" of a document asks here.
 *
 * Example: `clausesOf(doc.body)` → articles or numbered tasks, 专栏 items included.
 */
import type { BodyNode, Clause, Table } from './types.ts';

/** Every node of a body, depth first: a section before its children, a box before its items. */
export function* nodesOf(body: readonly BodyNode[]): Generator<BodyNode | Clause> {
  for (const node of body) {
    yield node;
    if (node.type === 'section') yield* nodesOf(node.children);
    else if (node.type === 'box') yield* node.children;
  }
}

/** Every clause of a body in document order, boxed items included. */
export function clausesOf(body: readonly BodyNode[]): Clause[] {
  const out: Clause[] = [];
  for (const node of nodesOf(body)) if (node.type === 'clause') out.push(node);
  return out;
}

/** Every table of a body in document order. */
export function tablesOf(body: readonly BodyNode[]): Table[] {
  const out: Table[] = [];
  for (const node of nodesOf(body)) if (node.type === 'table') out.push(node);
  return out;
}

/** One row of a table read as a clause: its id (`<table id>-r<n>`), its text and the table's heading chain. */
export interface TableRow {
  id: string;
  table: Table;
  /** Index of the row in `table.rows`. */
  index: number;
  /** The row's cells that say something, joined by '；': `年度知识产权质押融资登记金额（亿元）；3.17；10.7；预期性`. */
  text: string;
  headings: string[];
}

/** A cell that says nothing: empty, or a dash standing for no value. */
const emptyCell = /^[\s\-－—–/]*$/u;

/** Every row of every table of a body, in document order. */
export function tableRowsOf(body: readonly BodyNode[]): TableRow[] {
  return tablesOf(body).flatMap((table) =>
    table.rows.map((row, index) => ({
      id: `${table.id}-r${index + 1}`,
      table,
      index,
      text: row.filter((cell) => !emptyCell.test(cell)).join('；'),
      headings: table.headings ?? [],
    })),
  );
}
