import { describe, expect, it } from 'vitest';
import { issuerParts } from '../../src/site/issuer-parts.ts';
import { realDocument } from '../pipeline/real-corpus.ts';

describe('issuer lines shown body by body', () => {
  it('cuts 重庆’s two issuers where the source line has its space, keeping every character', () => {
    const block = realDocument('chongqing').preamble.find((b) => b.role === 'issuer')!;
    expect(block.text).toBe('重庆市人民政府国家知识产权局');
    expect(issuerParts(block.text, block.original)).toEqual(['重庆市人民政府', '国家知识产权局']);
  });

  it('cuts 包头’s two bureaus the same way', () => {
    const block = realDocument('baotou').preamble.find((b) => b.role === 'issuer')!;
    expect(issuerParts(block.text, block.original)).toEqual(['包头市市场监督管理局', '包头市知识产权局']);
  });

  it('leaves one issuer, or a line that does not match its source character for character, whole', () => {
    expect(issuerParts('宁波市人民政府', '宁波市人民政府')).toEqual(['宁波市人民政府']);
    expect(issuerParts('甲乙丙', '甲乙 丙丁')).toEqual(['甲乙丙']);
  });
});
