import { describe, expect, it } from 'vitest';
import { residualTraditional, toSimplified } from '../../src/pipeline/text/simplify.ts';
import { realClauses, realDocument } from './real-corpus.ts';

describe('traditional → simplified', () => {
  it('keeps the meaning of phrases: 執行 becomes 执行, never 运行', () => {
    const convert = toSimplified();
    expect(convert('請認真貫徹執行')).toBe('请认真贯彻执行');
    expect(convert('知識產權行政執法')).toBe('知识产权行政执法');
    expect(convert('軟件著作權')).toBe('软件著作权');
  });

  it('changes characters only, never the length, across the whole Chongqing text', () => {
    const convert = toSimplified();
    for (const clause of realClauses('chongqing')) {
      const perChar = Array.from(clause.original, (c) => convert(c)).join('');
      expect(convert(clause.original)).toBe(perChar);
    }
  });

  it('leaves no traditional character in the simplified text of any document', () => {
    for (const id of ['weihai', 'luolong', 'baotou', 'chongqing', 'ningbo']) {
      const text = realClauses(id)
        .map((c) => [c.text, ...c.agencies].join(''))
        .join('');
      expect(residualTraditional(text), id).toEqual([]);
    }
  });

  it('keeps the repaired traditional original beside the simplified text', () => {
    const clause = realClauses('chongqing').find((c) => c.id === 'chongqing-2-1-1')!;
    expect(clause.text.startsWith('强化知识产权政策法规引领。')).toBe(true);
    expect(clause.original.startsWith('1﹒強化知識產權政策法規引領。')).toBe(true);
    expect(realDocument('chongqing').title).toBe('共建现代化新重庆知识产权强市实施方案');
  });
});
