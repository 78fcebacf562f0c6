import { describe, expect, it } from 'vitest';
import { applyEdits, identity } from '../../src/pipeline/mapped-text.ts';
import { punctuationEdits } from '../../src/pipeline/text/punctuation.ts';
import { realClauses } from './real-corpus.ts';

const normalize = (text: string): string => applyEdits(identity(text), punctuationEdits(text)).text;

describe('punctuation and spacing', () => {
  it('uses full-width punctuation in Chinese context', () => {
    expect(normalize('(一)健全机制,加强保护;完善制度:(责任单位:市法院)')).toBe(
      '（一）健全机制，加强保护；完善制度：（责任单位：市法院）',
    );
  });

  it('keeps ASCII inside numbers and codes', () => {
    expect(normalize('达到10.2件,GB/T 29490-2013《规范》,1,000元,2021—2035年')).toBe(
      '达到10.2件，GB/T 29490-2013《规范》，1,000元，2021—2035年',
    );
  });

  it('reads 1﹒ as a clause number and removes stray spaces', () => {
    expect(normalize('1﹒强化引领')).toBe('1.强化引领');
    expect(normalize(' 指 标 | 2020年 ')).toBe('指标|2020年');
    expect(normalize('人才200  人次')).toBe('人才200人次');
  });

  it('brackets Latin abbreviations in Chinese text with full-width brackets', () => {
    expect(normalize('《区域全面经济伙伴关系协定》(RCEP),充分')).toBe('《区域全面经济伙伴关系协定》（RCEP），充分');
  });

  it('leaves all five documents with the same punctuation: no ASCII comma, semicolon or bracket in Chinese text', () => {
    for (const id of ['weihai', 'luolong', 'baotou', 'chongqing', 'ningbo']) {
      const text = realClauses(id)
        .map((c) => c.text)
        .join('\n');
      expect(text, id).not.toMatch(/[\p{Script=Han}][,;:()]|[,;:()][\p{Script=Han}]/u);
      expect(text, id).not.toMatch(/[\p{Script=Han}] [\p{Script=Han}]/u);
    }
  });
});
