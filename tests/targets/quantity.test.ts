import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/pipeline/targets/quantity.ts';
import { canonicalOf, loadIndicatorRules } from '../../src/pipeline/targets/rules.ts';

const rules = loadIndicatorRules('content');
const read = (text: string) =>
  findQuantities(text, rules.rules).map((q) => [q.written, q.value, q.valueMax, q.unit, q.comparator]);

describe('findQuantities', () => {
  it('normalizes magnitudes: 8万件 → 80000, 0.24万件 → 2400, 40亿 → 4000000000, 10.7亿元 → 1070000000', () => {
    expect(read('商标有效注册量达到8万件，作品著作权登记量0.24万件')).toEqual([
      ['8万件', 80000, null, '件', '='],
      ['0.24万件', 2400, null, '件', '='],
    ]);
    expect(read('知识产权年质押金额达到40亿。')).toEqual([['40亿', 4_000_000_000, null, null, '=']]);
    expect(read('登记金额10.7亿元')).toEqual([['10.7亿元', 1_070_000_000, null, '元', '=']]);
  });

  it('reads ranges, comparators and spaced units: 1-5万元, 40万件以上, 200  人次', () => {
    expect(read('给予1-5万元不同额度的资助')).toEqual([['1-5万元', 10000, 50000, '元', '=']]);
    expect(read('商标有效注册数达到40万件以上')).toEqual([['40万件以上', 400000, null, '件', '≥']]);
    expect(read('累计培训各类知识产权人才200  人次')).toEqual([['200人次', 200, null, '人次', '=']]);
  });

  it('ignores years, document numbers, plan periods, codes and percentage points', () => {
    expect(
      read(
        '包市监发〔2021〕369号，国发〔2021〕20号，（2021—2035年），“十四五”，“33618”现代制造业集群，每1—2年，满10年以上，高出2.5个百分点，2.41倍',
      ),
    ).toEqual([]);
  });
});

describe('canonicalOf', () => {
  it('maps indicators as written to canonical ids from content/indicators.yaml', () => {
    expect(canonicalOf(rules, '每万人口高价值发明专利拥有量')?.id).toBe('high-value-invention-patents-per-10k');
    expect(canonicalOf(rules, '每万人高价值发明专利拥有量')?.id).toBe('high-value-invention-patents-per-10k');
    expect(canonicalOf(rules, '知识产权年质押金额')).toEqual({ id: 'ip-pledge-financing', unit: '元' });
    expect(canonicalOf(rules, '社会满意度')?.id).toBe('public-satisfaction');
    expect(canonicalOf(rules, '市级商业秘密保护示范站（点）')).toBeNull();
  });
});
