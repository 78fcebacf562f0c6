/**
 * Edge cases of structure, each a small text written to break a rule: a
 * sentence broken by a hard line break, a numbered line inside an
 * article, numbering gaps, repeats and reversals, a stray 第X条 line in a
 * plan, a heading that swallows paragraphs, text with no structure, text
 * before the title that is no known preamble, 编/节 nesting, inserted
 * articles (之一), history in plain text and a closing 落款.
 */
import { describe, expect, it } from 'vitest';
import { readText } from './read-text.ts';

const rules = (messages: ReturnType<typeof readText>['messages']): string[] =>
  messages.map((m) => `${m.line}:${m.ruleId}`);

describe('hard line breaks', () => {
  it('joins a sentence broken in the middle of an article and records the join', () => {
    const { clauses, doc } = readText(
      '某市专利条例\n第一条 为了加强专利工作，\n促进创新，制定本条例。\n第二条 本条例自公布之日起施行。\n',
    );
    expect(clauses.map((c) => c.text)).toEqual([
      '为了加强专利工作，促进创新，制定本条例。',
      '本条例自公布之日起施行。',
    ]);
    expect(doc.repairs).toMatchObject([{ kind: 'line-join', line: 3, before: '强专利工作，⏎促进创新，制' }]);
    expect(doc.repairs[0].reason).toMatch(/第 2 行末尾没有句末标点/);
  });

  it('joins a paragraph of a plan cut after a comma, but not a heading and its paragraph', () => {
    const { clauses, doc } = readText(
      '某市知识产权实施意见\n一、总体要求\n坚持以创新为引领，加强知识产权\n保护，促进运用。\n二、主要任务\n（一）加强保护。完善制度。\n',
    );
    expect(clauses.map((c) => c.text)).toEqual([
      '坚持以创新为引领，加强知识产权保护，促进运用。',
      '加强保护。完善制度。',
    ]);
    expect(doc.repairs.filter((r) => r.kind === 'line-join')).toHaveLength(1);
  });

  it('never joins a numbered line onto the sentence before it: a list item is not swallowed', () => {
    const { clauses } = readText(
      '某市专利条例\n第三条 有下列情形之一的\n（一）甲的；\n（二）乙的。\n第四条 本条例自公布之日起施行。\n',
    );
    expect(clauses[0].parts!.map((p) => p.kind)).toEqual(['款', '项', '项']);
  });
});

describe('numbering checks', () => {
  it('reports a gap in the articles with its line: 第五条 after 第三条', () => {
    const { messages } = readText('某市专利条例\n第一条 甲。\n第二条 乙。\n第三条 丙。\n第五条 丁。\n');
    expect(messages).toMatchObject([{ line: 5, ruleId: 'numbering' }]);
    expect(messages[0].reason).toMatch(/条号不连续：第三条之后是第五条，缺第四条/);
  });

  it('reports a repeated and a reversed 项 inside an article', () => {
    const { messages } = readText(
      '某市专利条例\n第一条 有下列情形的：\n（一）甲；\n（三）乙；\n（二）丙。\n第二条 施行。\n',
    );
    expect(rules(messages)).toEqual(['4:numbering', '5:numbering']);
    expect(messages[1].reason).toMatch(/第一条的项号顺序颠倒：（三）之后是（二）/);
  });

  it('reports a chapter out of order and a chapter without articles', () => {
    const { messages } = readText('某市专利条例\n第一章 总则\n第一条 甲。\n第三章 保护\n第二条 乙。\n第二章 附则\n');
    expect(rules(messages)).toEqual(['6:empty-heading', '4:numbering', '6:numbering']);
  });

  it('accepts 第十条之一 after 第十条, and a plan whose （一） numbering runs on across its parts', () => {
    const legal = readText('某市专利条例\n第九条 甲。\n第十条 乙。\n第十条之一 丙。\n第十一条 丁。\n');
    expect(legal.messages.filter((m) => m.ruleId === 'numbering').map((m) => m.reason)).toEqual([
      expect.stringMatching(/条号不从头开始/),
    ]);
    expect(legal.clauses.map((c) => c.id)).toEqual(['fx-a9', 'fx-a10', 'fx-a10-1', 'fx-a11']);
    const plan = readText('某市实施意见\n一、保护\n（一）甲。乙。\n（二）丙。丁。\n二、运用\n（三）戊。己。\n');
    expect(plan.messages).toEqual([]);
  });
});

describe('what looks misread is said', () => {
  it('warns about a 第X条 line in a text that is not read by articles', () => {
    const { messages } = readText(
      '某市实施意见\n一、总体要求\n第一条 的表述出现在这里。\n二、任务\n（一）加强。推进。\n',
    );
    expect(rules(messages)).toContain('3:stray-article');
  });

  it('warns about a heading with many unnumbered paragraphs under it', () => {
    const paragraphs = Array.from({ length: 7 }, (_, i) => `第${i + 1}段文字，说明一件事。`).join('\n');
    const { messages } = readText(`某市实施意见\n一、总体要求\n${paragraphs}\n二、任务\n（一）加强。推进。\n`);
    expect(rules(messages)).toEqual(['3:unnumbered-run']);
  });

  it('warns about a text with no structure at all', () => {
    const { messages } = readText('某市工作要点\n加强知识产权保护。\n推进知识产权运用。\n');
    expect(rules(messages)).toEqual(['2:no-headings']);
  });

  it('warns about text before the title that is no known preamble', () => {
    const { messages, doc } = readText(
      '这是一段与文件无关的说明文字，不是通知。\n某市知识产权保护条例\n第一条 甲。\n第二条 乙。\n',
      'fixture.txt',
    );
    expect(doc.title).toBe('这是一段与文件无关的说明文字，不是通知。');
    // Without metadata the first line is taken as the title; with a 《》 notice it is found (see the plans).
    expect(messages.map((m) => m.ruleId)).not.toContain('unknown-preamble');
    const withNotice = readText(
      '首页 > 政策\n一段无关的说明文字，没有提到标题。\n现将《某市知识产权实施意见》印发给你们。\n某市知识产权实施意见\n一、总体要求\n（一）加强。推进。\n',
    );
    expect(withNotice.doc.title).toBe('某市知识产权实施意见');
    expect(rules(withNotice.messages)).toEqual(['2:unknown-preamble']);
  });
});

describe('legal units and the parts around the body', () => {
  it('nests 节 under 章 under 编 and numbers articles through the whole text', () => {
    const { doc, clauses } = readText(
      '某某法\n第一编 总则\n第一章 一般规定\n第一节 目的\n第一条 甲。\n第二节 范围\n第二条 乙。\n第二章 附则\n第三条 丙。\n',
    );
    const part = doc.body[0];
    expect(part).toMatchObject({ type: 'section', unit: '编', id: 'fx-b1' });
    expect(clauses.map((c) => [c.id, c.path])).toEqual([
      ['fx-a1', '第一编第一章第一节 第一条'],
      ['fx-a2', '第一编第一章第二节 第二条'],
      ['fx-a3', '第一编第二章 第三条'],
    ]);
    expect(clauses[2].headings).toEqual(['第一编 总则', '第二章 附则']);
  });

  it('reads a history in parentheses under a plain-text title, and a closing 落款', () => {
    const text =
      '某市专利条例\n（2010年3月1日某市第十届人民代表大会常务委员会第五次会议通过　2010年5月2日某省第十一届人民代表大会常务委员会第九次会议批准）\n第一条 甲。\n第二条 乙。\n';
    const { doc, clauses } = readText(text);
    expect(doc.history.map((e) => `${e.date} ${e.event}`)).toEqual(['2010-03-01 通过', '2010-05-02 批准']);
    expect(doc.preamble.map((b) => b.role)).toEqual(['history']);
    expect(clauses).toHaveLength(2);
    const plan = readText(
      '某市知识产权实施意见\n一、任务\n（一）加强。推进。\n某市人民政府\n2021年12月1日\n（此件公开发布）\n',
    );
    expect(plan.doc.closing.map((b) => b.role)).toEqual(['issuer', 'date', 'note']);
    expect(plan.clauses).toHaveLength(1);
  });
});

describe('Markdown sources', () => {
  it('reads the # title as the title and the comment as markup, not as clauses', () => {
    const { doc, clauses, messages } = readText(
      '# 某市专利条例\n\n2010年3月1日 某市人民代表大会常务委员会通过\n\n<!-- INFO END -->\n\n## 第一章 总则\n\n第一条 为了**加强**保护，制定本条例。\n\n第二条 本条例自公布之日起施行。\n',
      'fixture.md',
    );
    expect(doc.title).toBe('某市专利条例');
    expect(doc.source.format).toBe('markdown');
    expect(clauses.map((c) => c.text)).toEqual(['为了加强保护，制定本条例。', '本条例自公布之日起施行。']);
    expect(doc.stats.markup).toMatchObject({ heading: 2, comment: 1 });
    expect(messages).toEqual([]);
  });

  it('says so when a plain-text file reads like Markdown, and keeps its marks as text', () => {
    const { messages, doc } = readText('# 某市专利条例\n<!-- INFO END -->\n第一条 甲。\n第二条 乙。\n');
    expect(rules(messages)).toContain('1:markdown-in-text');
    expect(doc.title).toBe('#某市专利条例');
  });
});
