/**
 * Gives every node a stable, URL-safe id (its anchor on the document
 * page) and a citable path, both derived from the numbers the document
 * itself uses, so they stay the same between builds:
 * `chongqing-2-1-1` / `二、（一）1.`. Unnumbered paragraphs count within
 * their section: `weihai-1-p1` / `一、第1段`. Where numbers repeat under one
 * parent (包头's `（1）`), every unit there is counted by position instead.
 * Also fills each clause's heading chain and document order.
 */
import type { BodyNode, Clause } from '../../lib/types.ts';

interface Parent {
  id: string;
  path: string;
  headings: string[];
}

function numberValue(marker: string | null): string | null {
  if (!marker) return null;
  const digits = /\d+/.exec(marker);
  if (digits) return digits[0];
  const chinese = /[一二三四五六七八九十]+/.exec(marker);
  if (!chinese) return null;
  const map: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  const s = chinese[0];
  if (!s.includes('十')) return String(map[s]);
  const [tens, units] = s.split('十');
  return String((tens ? map[tens] : 1) * 10 + (units ? map[units] : 0));
}

function numberOf(node: BodyNode): string | null {
  return node.type === 'section' || node.type === 'clause' ? node.number : null;
}

function assign(children: BodyNode[], parent: Parent, counter: { order: number }): void {
  const numbers = children.map(numberOf).filter((n): n is string => n !== null);
  const unique = new Set(numbers).size === numbers.length;
  let paragraph = 0;
  let table = 0;
  for (const node of children) {
    if (node.type === 'table') {
      table++;
      node.id = `${parent.id}-table${table}`;
      node.path = `${parent.path}表${table}`;
      continue;
    }
    if (node.type === 'box') {
      const n = /专栏(\d+)/.exec(node.title)?.[1] ?? String(table + 1);
      node.id = `${parent.id}-box${n}`;
      node.path = `${parent.path}专栏${n}`;
      node.children.forEach((item, index) => {
        const k = numberValue(item.number) ?? `p${index + 1}`;
        item.id = `${node.id}-${k}`;
        item.path = `${node.path} ${item.number ?? `第${index + 1}段`}`;
        item.headings = [...parent.headings, node.title];
        item.order = ++counter.order;
      });
      continue;
    }
    const value = unique ? numberValue(node.number) : null;
    let id: string;
    let path: string;
    if (value !== null) {
      id = `${parent.id}-${value}`;
      path = `${parent.path}${node.number}`;
    } else {
      paragraph++;
      id = `${parent.id}-p${paragraph}`;
      path = `${parent.path}第${paragraph}段`;
    }
    node.id = id;
    node.path = path;
    if (node.type === 'section') {
      const heading = `${node.number ?? ''}${node.title}`;
      assign(node.children, { id, path, headings: [...parent.headings, heading] }, counter);
    } else {
      (node as Clause).headings = parent.headings;
      node.order = ++counter.order;
    }
  }
}

/** Assigns ids, paths, heading chains and order to a document's body. */
export function identify(docId: string, body: BodyNode[]): void {
  assign(body, { id: docId, path: '', headings: [] }, { order: 0 });
}

/** Every clause of a body in document order, boxed items included. */
export function clausesOf(body: readonly BodyNode[]): Clause[] {
  const out: Clause[] = [];
  const walk = (nodes: readonly BodyNode[]): void => {
    for (const node of nodes) {
      if (node.type === 'clause') out.push(node);
      else if (node.type === 'section') walk(node.children);
      else if (node.type === 'box') out.push(...node.children);
    }
  };
  walk(body);
  return out;
}
