/**
 * Version comparison (对照版): 专利法实施细则 2010 → 2023 lined up article by
 * article against hand-checked pairs (renumbered, new and deleted ones),
 * counts that add up, moved articles recognised, and an inline diff that
 * rebuilds both texts.
 */
import { describe, expect, it } from 'vitest';
import { clausesOf } from '../../src/model/walk.ts';
import type { Clause, PolicyDocument } from '../../src/model/types.ts';
import { inlineDiff } from '../../src/model/inline-diff.ts';
import { compareVersions, compareWorks } from '../../src/pipeline/align/versions.ts';
import { evaluateVersions, loadVersionGold } from '../../src/eval/evaluate-versions.ts';
import { fixtureClause, realCorpus } from './fixture-corpus.ts';

const corpus = realCorpus();
const works = compareWorks(corpus);
const rules = works.find((w) => w.work === 'patent-rules')!;
const pair = rules.pairs[0];

describe('专利法实施细则 2010 → 2023', () => {
  it('compares the two versions of the work, oldest first', () => {
    expect(works.map((w) => w.work)).toEqual(['patent-rules', 'spc-ip-tribunal']);
    expect(rules.versions).toEqual(['national-patent-rules-2010', 'national-patent-rules-2023']);
  });

  it('lines up the hand-checked article pairs (renumbered, new, deleted) with the right counterpart and status', () => {
    const gold = loadVersionGold();
    expect(gold.pairs.length).toBeGreaterThanOrEqual(30);
    const scores = evaluateVersions(pair, gold);
    expect(scores.wrong).toEqual([]);
    expect(scores.mapping).toBe(1);
  });

  it('accounts for every article of both versions once, the counts adding up', () => {
    const [older, newer] = rules.versions.map((id) => clausesOf(corpus.documents.find((d) => d.meta.id === id)!.body));
    expect(
      pair.rows
        .filter((r) => r.old)
        .map((r) => r.old)
        .sort(),
    ).toEqual(older.map((c) => c.id).sort());
    expect(pair.rows.filter((r) => r.new).map((r) => r.new)).toEqual(newer.map((c) => c.id));
    const { 未变, 修改, 移动, 新增, 删除 } = pair.counts;
    expect(未变 + 修改 + 移动 + 删除).toBe(older.length);
    expect(未变 + 修改 + 移动 + 新增).toBe(newer.length);
    expect(新增).toBeGreaterThan(20); // 期限补偿, 开放许可, 外观设计国际申请
  });

  it('puts the new 第五章 专利权期限补偿 articles under their chapter', () => {
    expect(pair.rows.filter((r) => r.chapter === '第五章 专利权期限补偿').map((r) => r.status)).toEqual(
      Array(8).fill('新增'),
    );
  });
});

describe('moved articles', () => {
  const article = (id: string, text: string): Clause =>
    fixtureClause({ id, docId: id.split('-')[0], path: id, headings: ['第一章 总则'], text });
  const version = (id: string, texts: string[]): PolicyDocument => ({
    ...corpus.documents[0],
    meta: { ...corpus.documents[0].meta, id },
    body: texts.map((t, k) => article(`${id}-a${k + 1}`, t)),
  });
  it('recognises an article moved to another place as moved, not deleted and added', () => {
    const a = '为了保护专利权人的合法权益，鼓励发明创造，制定本条例。';
    const b = '本市行政区域内的专利促进与保护活动，适用本条例。';
    const c = '市人民政府设立专利专项资金，用于资助专利申请和专利转化。';
    const d = '本条例自二〇二五年一月一日起施行，原有规定同时废止。';
    const result = compareVersions(version('old', [a, b, c, d]), version('new', [a, c, b, d]));
    expect(result.counts).toMatchObject({ 未变: 3, 移动: 1, 新增: 0, 删除: 0 });
  });
});

describe('inline diff', () => {
  it('rebuilds the older text from kept and deleted pieces and the newer from kept and inserted ones', () => {
    const older = '专利法第二十条所称在中国完成的发明，是指技术方案的实质性内容在中国境内完成的发明。';
    const newer =
      '专利法第十九条所称在中国完成的发明或者实用新型，是指技术方案的实质性内容在中国境内完成的发明或者实用新型。';
    const pieces = inlineDiff(older, newer);
    expect(
      pieces
        .filter((p) => p.kind !== 'ins')
        .map((p) => p.text)
        .join(''),
    ).toBe(older);
    expect(
      pieces
        .filter((p) => p.kind !== 'del')
        .map((p) => p.text)
        .join(''),
    ).toBe(newer);
    expect(pieces.find((p) => p.kind === 'del')?.text).toBe('二十');
  });
});

describe('最高人民法院关于知识产权法庭若干问题的规定 2018 → 2023', () => {
  const tribunal = works.find((w) => w.work === 'spc-ip-tribunal')!;
  it('lines up the 2018 interpretation with its 2023 amendment, the replaced version marked 已修订', () => {
    expect(tribunal.versions).toEqual(['spc-ip-tribunal-2018', 'spc-ip-tribunal-2023']);
    const meta = (id: string) => corpus.documents.find((d) => d.meta.id === id)!.meta;
    expect(meta('spc-ip-tribunal-2018').status).toBe('已修订');
    const [{ counts, rows }] = tribunal.pairs;
    expect(counts.未变 + counts.修改 + counts.移动 + counts.删除).toBe(
      clausesOf(corpus.documents.find((d) => d.meta.id === 'spc-ip-tribunal-2018')!.body).length,
    );
    // 2023 第二条 narrows the tribunal's appeals (实用新型 … 技术秘密); 第十一条 keeps the effective-date article word for word.
    expect(rows.find((r) => r.new === 'spc-ip-tribunal-2023-a2')?.status).toBe('修改');
    expect(counts.修改).toBeGreaterThan(0);
  });
});
