/**
 * Gives every node a stable, URL-safe id (its anchor on the document
 * page) and a citable path, both derived from the numbers the document
 * itself uses, so they stay the same between builds:
 * `chongqing-2-1-1` / `二、（一）1.`. Unnumbered paragraphs count within
 * their section: `weihai-1-p1` / `一、第1段`. Where numbers repeat under one
 * parent (包头's `（1）`), every unit there is counted by position instead.
 * Legal texts: chapters `guangdong-ip-c2` (`第二章`), sections `…-c2-s1`,
 * articles by their own number across the whole text, `guangdong-ip-a18`
 * / `第二章 第十八条`, with their 款 and 项 below: `…-a18-k2-x3` /
 * `第十八条第二款第（三）项`. Also fills each clause's heading chain and
 * document order.
 */
import type { BodyNode, Clause, ClausePart, Section } from '../../model/types.ts';
import { chineseNumber } from './lines.ts';

interface Parent {
  id: string;
  path: string;
  headings: string[];
}

interface Counter {
  order: number;
  docId: string;
  /** Article ids given so far, so a repeated number still gets a unique id. */
  articles: Set<string>;
}

const unitLetter: Record<NonNullable<Section['unit']>, string> = { 编: 'b', 分编: 'f', 章: 'c', 节: 's' };

/** `第十八条` → `a18`, `第十条之一` → `a10-1`, `第18条` → `a18`. */
function articleKey(number: string): string | null {
  const match = /^第([一二三四五六七八九十百千零〇两]+|\d+)条(?:之([一二三四五六七八九十]+))?/.exec(number);
  if (!match) return null;
  const value = /^\d/.test(match[1]) ? Number(match[1]) : chineseNumber(match[1]);
  return `a${value}${match[2] ? `-${chineseNumber(match[2])}` : ''}`;
}

/** Ids and citable labels of an article's 款, 项 and 目; the 款 is left out of item labels when the article has only one. */
function identifyParts(clause: Clause, parts: ClausePart[]): void {
  const paragraphs = parts.filter((p) => p.kind === '款').length;
  let k = 0;
  let x = 0;
  let m = 0;
  let kLabel = '';
  let xId = '';
  let xLabel = '';
  for (const part of parts) {
    if (part.kind === '款') {
      k++;
      x = 0;
      part.id = `${clause.id}-k${k}`;
      part.label = `第${toChinese(k)}款`;
      kLabel = paragraphs > 1 ? part.label : '';
      xId = paragraphs > 1 ? part.id : clause.id;
    } else if (part.kind === '项') {
      x++;
      m = 0;
      part.id = xId = `${paragraphs > 1 ? `${clause.id}-k${k}` : clause.id}-x${x}`;
      part.label = xLabel = `${kLabel}第${itemNumeral(part.number)}项`;
    } else {
      m++;
      part.id = `${xId}-m${m}`;
      part.label = `${xLabel}第${itemNumeral(part.number)}目`;
    }
  }
}

const toChinese = (n: number): string =>
  ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'][n] ?? String(n);

/** `（三）` stays `（三）` (cited 第（三）项), `一、` → `一`, `1.` → `1`. */
function itemNumeral(number: string | null): string {
  if (!number) return '';
  return number.startsWith('（') ? number : number.replace(/[、.．]$/, '');
}

function numberValue(marker: string | null): string | null {
  if (!marker) return null;
  const digits = /\d+/.exec(marker);
  if (digits) return digits[0];
  const chinese = /[一二三四五六七八九十百千零〇两]+/.exec(marker);
  return chinese ? String(chineseNumber(chinese[0])) : null;
}

function numberOf(node: BodyNode): string | null {
  return node.type === 'section' || node.type === 'clause' ? node.number : null;
}

function assign(children: BodyNode[], parent: Parent, counter: Counter): void {
  const numbers = children.map(numberOf).filter((n): n is string => n !== null);
  const unique = new Set(numbers).size === numbers.length;
  let paragraph = 0;
  let table = 0;
  let untitled = 0;
  for (const node of children) {
    if (node.type === 'table') {
      table++;
      node.id = `${parent.id}-table${table}`;
      node.path = `${parent.path}表${table}`;
      node.headings = parent.headings;
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
    if (node.type === 'section' && !node.unit && !node.number) {
      // An unnumbered heading of a law (序言, 附则, 附件, a title that lost its 第X章) is cited by its title.
      node.id = `${parent.id}-h${++untitled}`;
      node.path = `${parent.path}${node.title}`;
      assign(node.children, { id: node.id, path: node.path, headings: [...parent.headings, node.title] }, counter);
      continue;
    }
    if (node.type === 'section' && node.unit) {
      node.id = `${parent.id}-${unitLetter[node.unit]}${numberValue(node.number) ?? ''}`;
      node.path = `${parent.path}${node.number ?? ''}`;
      assign(
        node.children,
        { id: node.id, path: node.path, headings: [...parent.headings, `${node.number ?? ''} ${node.title}`.trim()] },
        counter,
      );
      continue;
    }
    const key = node.type === 'clause' && node.parts && node.number ? articleKey(node.number) : null;
    if (node.type === 'clause' && key) {
      let id = `${counter.docId}-${key}`;
      for (let n = 2; counter.articles.has(id); n++) id = `${counter.docId}-${key}-r${n}`;
      counter.articles.add(id);
      node.id = id;
      node.path = `${parent.path ? `${parent.path} ` : ''}${node.number}`;
      node.headings = parent.headings;
      node.order = ++counter.order;
      identifyParts(node, node.parts!);
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
  assign(body, { id: docId, path: '', headings: [] }, { order: 0, docId, articles: new Set() });
}
