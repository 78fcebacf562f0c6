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
