import { describe, expect, it } from 'vitest';
import { extractReferences, type RawReference } from '../../src/pipeline/references/extract.ts';

const known = ['专利法', '商标法', '著作权法', '专利法实施细则'];
const brief = (refs: RawReference[]): Array<[string, string, number | null]> =>
  refs.map((r) => [r.text, r.target.kind === 'title' ? r.target.title : r.target.kind, r.article]);

describe('reference extraction', () => {
  it('reads a quoted title with article, 款 and 项', () => {
    const [ref] = extractReferences('违反《中华人民共和国专利法》第六十五条第二款第（三）项规定的', known);
    expect(ref).toMatchObject({
      text: '《中华人民共和国专利法》第六十五条第二款第（三）项',
      target: { kind: 'title', title: '中华人民共和国专利法' },
      article: 65,
      paragraph: 2,
      item: 3,
    });
  });

  it('gives every article of a list its own reference, the title on the first', () => {
    expect(brief(extractReferences('依照专利法第十一条、第十二条和第十五条的规定', known))).toEqual([
      ['专利法第十一条', '专利法', 11],
      ['第十二条', '专利法', 12],
      ['第十五条', '专利法', 15],
    ]);
  });

  it('spells out a range of articles', () => {
    expect(extractReferences('本条例第十条至第十三条', known).map((r) => r.article)).toEqual([10, 11, 12, 13]);
  });

  it('takes the longest known short title and stops at the word before it', () => {
    expect(brief(extractReferences('适用专利法实施细则第三条；依据民事诉讼法第五十条', known))).toEqual([
      ['专利法实施细则第三条', '专利法实施细则', 3],
      ['民事诉讼法第五十条', '民事诉讼法', 50],
    ]);
  });

  it('reads 本法、本细则 and a bare article as the text itself, 之一 as a sub-article', () => {
    expect(brief(extractReferences('缴纳本细则第九十三条规定的费用；依照第六十五条；本法第十条之一', known))).toEqual([
      ['本细则第九十三条', 'self', 93],
      ['第六十五条', 'self', 65],
      ['本法第十条之一', 'self', 10],
    ]);
    expect(extractReferences('本法第十条之一', known)[0].sub).toBe(1);
  });

  it('reads 前款, 前两款, 前条 and 本条第二款 relative to the citing article', () => {
    expect(extractReferences('前款规定；前两款；前条；本条第二款', known).map((r) => r.target)).toEqual([
      { kind: 'previous', unit: '款', count: 1 },
      { kind: 'previous', unit: '款', count: 2 },
      { kind: 'previous', unit: '条', count: 1 },
      { kind: 'this-article' },
    ]);
  });

  it('takes a known short title standing alone but not inside a longer word', () => {
    expect(brief(extractReferences('执行专利法。加强专利法律服务，完善商标法规体系；商标法规定的', known))).toEqual([
      ['专利法', '专利法', null],
      ['商标法', '商标法', null],
    ]);
  });

  it('finds nothing in a sentence without references', () => {
    expect(extractReferences('加强知识产权保护，健全知识产权纠纷多元化解机制。', known)).toEqual([]);
  });
});
