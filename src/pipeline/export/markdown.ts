/**
 * Per-document Markdown, built as an mdast tree and serialized with
 * remark (never by string templates), so text from the documents is
 * escaped by the serializer: a `*` or `[a](b)` in a clause stays literal.
 * Every section and clause carries its id as an HTML anchor.
 *
 * Example: `<a id="weihai-3-1"></a>` then `**（一）** 健全知识产权管理体制机制。…`
 */
import type { Heading, PhrasingContent, Root, RootContent, TableRow } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { BodyNode, Clause, PolicyDocument } from '../../model/types.ts';
import { primaryDate } from '../../model/document-meta.ts';

const anchor = (id: string): RootContent => ({ type: 'html', value: `<a id="${id}"></a>` });
const text = (value: string): PhrasingContent => ({ type: 'text', value });

function clauseNodes(clause: Clause): RootContent[] {
  const nodes: RootContent[] = [anchor(clause.id)];
  clause.text.split('\n').forEach((paragraph, index) => {
    const children: PhrasingContent[] = [];
    if (index === 0 && clause.number) children.push({ type: 'strong', children: [text(clause.number)] }, text(' '));
    children.push(text(paragraph));
    nodes.push({ type: 'paragraph', children });
  });
  if (clause.agencyNote)
    nodes.push({ type: 'paragraph', children: [{ type: 'emphasis', children: [text(clause.agencyNote)] }] });
  return nodes;
}

function bodyNodes(nodes: readonly BodyNode[]): RootContent[] {
  return nodes.flatMap((node): RootContent[] => {
    switch (node.type) {
      case 'section': {
        const heading: Heading = {
          type: 'heading',
          depth: Math.min(6, node.level + 1) as Heading['depth'],
          children: [text(`${node.number ?? ''}${node.title}`)],
        };
        return [anchor(node.id), heading, ...bodyNodes(node.children)];
      }
      case 'clause':
        return clauseNodes(node);
      case 'table': {
        const row = (cells: string[]): TableRow => ({
          type: 'tableRow',
          children: cells.map((cell) => ({ type: 'tableCell', children: [text(cell)] })),
        });
        return [anchor(node.id), { type: 'table', children: [row(node.header), ...node.rows.map(row)] }];
      }
      case 'box':
        return [
          anchor(node.id),
          {
            type: 'blockquote',
            children: [
              { type: 'paragraph', children: [{ type: 'strong', children: [text(node.title)] }] },
              ...node.children.flatMap(clauseNodes),
            ] as never,
          },
        ];
    }
  });
}

/** The mdast tree of a document. */
export function documentTree(doc: PolicyDocument): Root {
  const meta = doc.meta;
  const facts = [
    `地区：${meta.jurisdiction.name}`,
    `发布机关：${meta.issuers.join('、') || '未知'}`,
    `文号：${meta.docNumber ?? '未知'}`,
    `日期：${primaryDate(meta) ?? '未知'}`,
    `体裁：${meta.genre}`,
  ].join('；');
  const children: RootContent[] = [
    { type: 'heading', depth: 1, children: [text(doc.title)] },
    { type: 'paragraph', children: [text(facts)] },
  ];
  if (doc.preamble.length) {
    children.push({
      type: 'blockquote',
      children: doc.preamble.map((block) => ({ type: 'paragraph', children: [text(block.text)] })),
    });
  }
  children.push(...bodyNodes(doc.body));
  return { type: 'root', children };
}

const processor = unified().use(remarkGfm).use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*' });

/** The document as Markdown. */
export function toMarkdown(doc: PolicyDocument): string {
  return processor.stringify(documentTree(doc));
}
