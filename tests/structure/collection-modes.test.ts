/**
 * The ways a public collection of law texts (LawRefBook/Laws) used to be
 * misread, one fixture each, cut from a real text of the collection into
 * tests/fixtures/collection/: part headings of an interpretation, a
 * heading broken over two lines, titles that lost their 第X章/第X节, a
 * chapter title with ，, 序言/附则/附件, 第X分编, a paragraph inside an item
 * list, chapters numbered through the 编s, and readable text with a
 * suspicious character.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BodyNode, Section } from '../../src/model/types.ts';
import { readText } from './read-text.ts';

const read = (name: string): ReturnType<typeof readText> =>
  readText(readFileSync(`tests/fixtures/collection/${name}.md`, 'utf8'), `${name}.md`);

/** Messages other than the ones a cut text must get: its first article or chapter is not the first of the law. */
const own = (messages: ReturnType<typeof readText>['messages']): string[] =>
  messages.filter((m) => !/不从头开始/.test(m.reason)).map((m) => `${m.line}:${m.ruleId}`);

/** Every section with its depth, as `depth:number title`. */
function outline(body: readonly BodyNode[], depth = 0): string[] {
  return body.flatMap((node) =>
    node.type === 'section' ? [`${depth}:${node.number ?? ''}${node.title}`, ...outline(node.children, depth + 1)] : [],
  );
}

/** The article numbers directly under the section that starts at `line`. */
function articlesUnder(body: readonly BodyNode[], line: number): string[] {
  const find = (nodes: readonly BodyNode[]): Section | undefined => {
    for (const node of nodes)
      if (node.type === 'section') {
        if (node.line === line) return node;
        const inner = find(node.children);
        if (inner) return inner;
      }
    return undefined;
  };
  return (find(body)?.children ?? []).flatMap((n) => (n.type === 'clause' && n.parts ? [n.number!] : []));
}

describe('headings among the articles of a law', () => {
  it('reads `## 二、…` in an interpretation as a part heading, not as an item of the article before it', () => {
    const { doc, clauses, messages } = read('part-headings');
    expect(outline(doc.body)).toEqual(['0:一、买卖合同的成立', '0:二、标的物交付和所有权转移']);
    expect(articlesUnder(doc.body, 11)).toEqual(['第二条', '第三条']);
    expect(clauses.find((c) => c.number === '第一条')!.parts!.map((p) => p.kind)).toEqual(['款', '款']);
    expect(own(messages)).toEqual([]);
  });

  it('reads a plain `二、…的处理` line right before an article as a part heading', () => {
    const { doc } = read('part-headings-plain');
    expect(outline(doc.body)).toEqual(['0:二、移交、撤销、脱钩企业破产案件的处理']);
    expect(articlesUnder(doc.body, 9)).toEqual(['第七条']);
  });

  it('joins a chapter title broken over two lines and records the join', () => {
    const { doc, messages } = read('broken-heading');
    expect(outline(doc.body)).toEqual(['0:第四章犯罪嫌疑人、被告人逃匿、死亡案件违法所得的没收程序']);
    expect(articlesUnder(doc.body, 11)).toEqual(['第二百九十八条']);
    expect(doc.repairs).toMatchObject([{ kind: 'line-join', line: 13 }]);
    expect(own(messages)).toEqual([]);
  });

  it('reads titles that lost their 第X节 as the sections of their chapter, with a message at each', () => {
    const { doc, messages } = read('lost-section-markers');
    expect(outline(doc.body)).toEqual(['0:第三章业主自治管理', '1:业主', '1:业主大会']);
    expect(articlesUnder(doc.body, 15)).toEqual(['第十八条']);
    expect(articlesUnder(doc.body, 27)).toEqual(['第二十一条', '第二十二条']);
    expect(messages.filter((m) => m.ruleId === 'unnumbered-heading').map((m) => m.line)).toEqual([15, 27]);
  });

  it('reads a bare chapter title between articles as a heading and says so at its line; later articles are not left in the chapter before', () => {
    const { doc, clauses, messages } = read('bare-chapter');
    expect(outline(doc.body)).toEqual(['0:不可移动文物']);
    expect(articlesUnder(doc.body, 9)).toEqual(['第八条']);
    expect(clauses.find((c) => c.number === '第七条')!.parts).toHaveLength(1);
    expect(own(messages)).toEqual(['9:unnumbered-heading']);
    expect(messages[0].reason).toMatch(/“不可移动文物”一行没有“第X章”“第X节”这样的编号/);
  });

  it('reads a Markdown chapter title with ，and one broken after 、 as chapters', () => {
    const { doc, messages } = read('chapter-title-comma');
    expect(outline(doc.body)).toEqual([
      '0:第四章乡、民族乡、镇人民代表大会主席团，主席、副主席',
      '0:第五章乡、民族乡、镇人民代表大会主席、副主席，乡长、副乡长，镇长、副镇长的选举、罢免和补选',
    ]);
    expect(articlesUnder(doc.body, 11)).toEqual(['第十七条', '第十八条', '第十九条', '第二十条', '第二十一条']);
    expect(articlesUnder(doc.body, 33)).toEqual(['第二十二条']);
    expect(own(messages)).toEqual([]);
  });

  it('reads `## 序言` as a heading with its text, before the first chapter', () => {
    const { doc, messages } = read('preface');
    expect(outline(doc.body)).toEqual(['0:序言', '0:第一章总纲']);
    const preface = doc.body[0] as Section;
    expect(preface.children.map((c) => c.type)).toEqual(['clause']);
    expect(preface.children[0]).toMatchObject({ type: 'clause', number: null, line: 7 });
    expect(articlesUnder(doc.body, 9)).toEqual(['第一条', '第二条']);
    expect(own(messages)).toEqual([]);
  });

  it('reads `## 附则` after the last article of a chapter as a heading, not as a paragraph of that article', () => {
    const { doc, clauses } = read('supplementary');
    expect(outline(doc.body)).toEqual(['0:附则']);
    expect(clauses.find((c) => c.number === '第四百五十一条')!.parts).toHaveLength(2);
    expect(articlesUnder(doc.body, 11)).toEqual(['第四百五十二条']);
    expect((doc.body.at(-1) as Section).role).toBe('附则');
  });

  it('ends the last article at `附：`: the attachment is its own part of the text', () => {
    const { doc, clauses } = read('attachment');
    const last = clauses.find((c) => c.number === '第十三条')!;
    expect(last.parts).toHaveLength(1);
    const attachment = doc.body.at(-1) as Section;
    expect(attachment).toMatchObject({ type: 'section', role: '附件', title: '附：', number: null, line: 9 });
    expect(attachment.children[0]).toMatchObject({ text: '车船税税目税额表' });
  });

  it('keeps a whole catalogue after `附：` out of the last article, its own headings inside the attachment', () => {
    const { doc, clauses } = read('attachment-catalogue');
    expect(clauses.find((c) => c.number === '第八十条')!.parts).toHaveLength(1);
    expect(outline(doc.body)).toEqual(['0:第七章附则', '0:附：', '1:一、基础电信业务']);
  });

  it('reads 第二分编 between its 编 and its chapters', () => {
    const { doc, clauses, messages } = read('sub-part');
    expect(outline(doc.body)).toEqual(['0:第二分编典型合同', '1:第九章买卖合同']);
    expect(clauses.find((c) => c.number === '第五百九十四条')!.parts).toHaveLength(1);
    expect((doc.body[doc.body.length - 1] as Section).unit).toBe('分编');
    expect(articlesUnder(doc.body, 13)).toEqual(['第五百九十五条']);
    expect(own(messages)).toEqual([]);
  });
});

describe('a table of contents', () => {
  it('reads the chapter list before the first chapter as text, not as empty chapters', () => {
    const { doc, clauses, messages } = read('table-of-contents');
    expect(outline(doc.body)).toEqual(['0:第一章总则']);
    expect(clauses.filter((c) => !c.parts).map((c) => c.text)).toEqual([
      '第一章总则',
      '第二章保护规划和保护措施',
      '第三章传承利用和公众参与',
      '第四章法律责任',
      '第五章附则',
    ]);
    expect(articlesUnder(doc.body, 15)).toEqual(['第一条', '第二条']);
    expect(messages).toEqual([]);
  });
});

describe('items and numbering', () => {
  it('keeps an unnumbered paragraph between （二） and （三） with item （二）, so （三） is still 第（三）项 and no warning blames the source', () => {
    const { clauses, messages } = read('item-paragraph');
    const article = clauses.find((c) => c.number === '第五十二条')!;
    expect(article.parts!.map((p) => `${p.kind}${p.number ?? ''}`)).toEqual([
      '款',
      '项（一）',
      '项（二）',
      '项（三）',
      '项（四）',
    ]);
    expect(article.parts![2].text).toMatch(/附属设施。\n燃气设施的改动，是指/);
    expect(article.parts![3].label).toBe('第（三）项');
    expect(own(messages)).toEqual([]);
  });

  it('keeps several unnumbered paragraphs with the item before them when the next item goes on (基本法 附件一 `三、` … `四、`)', () => {
    const text =
      '某市条例\n第一条 选举委员会按下列规定组成：\n一、选举委员会委员共800人。\n二、由下列各界人士组成。\n三、各界别的划分由选举法规定。\n各界别法定团体自行选出选举委员会委员。\n选举委员以个人身份投票。\n四、不少于一百名的选举委员可联合提名。\n第二条 施行。\n';
    const article = readText(text).clauses[0];
    expect(article.parts!.map((p) => `${p.kind}${p.number ?? ''}`)).toEqual([
      '款',
      '项一、',
      '项二、',
      '项三、',
      '项四、',
    ]);
    expect(article.parts![3].text).toBe(
      '各界别的划分由选举法规定。\n各界别法定团体自行选出选举委员会委员。\n选举委员以个人身份投票。',
    );
  });

  it('accepts chapters numbered through the whole text (民事诉讼法), not from 1 in each 编', () => {
    const text =
      '中华人民共和国民事诉讼法\n第一编 总则\n第一章 任务\n第一条 甲。\n第二章 管辖\n第二条 乙。\n第二编 审判程序\n第三章 第一审普通程序\n第三条 丙。\n';
    expect(readText(text).messages).toEqual([]);
    const skipped = readText(text.replace('第三章 第一审', '第五章 第一审'));
    expect(skipped.messages).toMatchObject([{ line: 8, ruleId: 'numbering' }]);
  });
});

describe('readable text with a suspicious character', () => {
  it('reads `违法所得l倍`, `D级`, `中国─上海合作组织` and a private-use glyph, and reports each where it stands', () => {
    const text =
      '某市条例\n第一条 并处违法所得l倍以上的罚款。\n第二条 鉴定为D级危险的住宅，中国─上海合作组织地方经贸合作示范区。\n第三条 高程103\ue0105米以上。\n';
    const { clauses, messages } = readText(text);
    expect(clauses.map((c) => c.number)).toEqual(['第一条', '第二条', '第三条']);
    expect(clauses[0].text).toBe('并处违法所得l倍以上的罚款。');
    expect(messages.filter((m) => m.ruleId === 'mis-decoded').map((m) => m.line)).toEqual([2, 3, 3, 4]);
    expect(messages[0].reason).toMatch(/可疑字符“.*违法所得l”：原文照读/);
  });

  it('still stops on a replacement character: that text cannot be read', () => {
    expect(() => readText('某市条例\n第一条 知识\ufffd权。\n第二条 施行。\n')).toThrow(/mis-decoded span/);
  });
});
