/**
 * How the document matrices arrange and name their columns (matrix-columns.ts),
 * what the home page's glance counts (corpus-glance.ts) and how the compare
 * picker filters (compare-picker.ts), on the real catalogue and small cases.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pickerMatches } from '../../src/browser/compare-picker.ts';
import type { Catalog, CatalogDocument } from '../../src/data/schemas/catalog.ts';
import { placeGroups } from '../../src/site/corpus.ts';
import { corpusGlance } from '../../src/site/corpus-glance.ts';
import { columnGroupOf, columnGroups, columnLabels, titleSubject } from '../../src/site/matrix-columns.ts';

const catalog = JSON.parse(readFileSync('public/data/catalog.json', 'utf8')) as Catalog;
const byId = (id: string): CatalogDocument => catalog.documents.find((d) => d.id === id)!;

describe('column groups', () => {
  it("puts the state's laws, then its regulations, then provinces, cities and districts, every document once", () => {
    const groups = columnGroups(placeGroups());
    expect(groups.map((g) => g.name)).toEqual([
      '国家 · 法律',
      '国家 · 行政法规',
      '国家 · 司法解释',
      '国家 · 部门规章',
      '省级',
      '市级',
      '区县',
    ]);
    const ids = groups.flatMap((g) => g.places.flatMap((p) => p.documents.map((d) => d.id)));
    expect(ids.sort()).toEqual(catalog.documents.map((d) => d.id).sort());
    expect(groups.find((g) => g.key === 'county')!.places.map((p) => p.name)).toEqual(['洛龙区（洛阳市）']);
    // 直辖市 are provincial: 北京 sits with 浙江省, not with 宁波市.
    expect(groups.find((g) => g.key === 'province')!.places.map((p) => p.name)).toContain('北京市');
  });

  it('groups a 司法解释 and an unsettled national text apart', () => {
    expect(columnGroupOf({ level: '国家', category: '司法解释' })).toEqual({
      key: 'national-sifa-jieshi',
      name: '国家 · 司法解释',
    });
    expect(columnGroupOf({ level: '国家', category: null })).toEqual({ key: 'national-other', name: '国家 · 其他' });
    expect(columnGroupOf({ level: '县级市', category: '政策文件' }).name).toBe('区县');
  });
});

describe('column labels', () => {
  it('tells 专利法 and 著作权法 (both 2020) apart by short title and year', () => {
    const labels = columnLabels(
      ['national-patent-law', 'national-copyright-law', 'national-patent-rules-2010', 'national-patent-rules-2023'].map(
        byId,
      ),
    );
    expect([...labels.values()]).toEqual([
      '专利法 2020',
      '著作权法 2020',
      '专利法实施细则 2010',
      '专利法实施细则 2023',
    ]);
  });

  it('names a long 司法解释 or 行政法规 by its subject, keeping its part number; only a subject over 20 characters falls back to the genre', () => {
    expect(titleSubject('最高人民法院关于审理专利纠纷案件适用法律问题的若干规定')).toBe('专利纠纷');
    expect(titleSubject('最高人民法院关于审理侵犯专利权纠纷案件应用法律若干问题的解释（二）')).toBe(
      '侵犯专利权纠纷（二）',
    );
    expect(titleSubject('最高人民法院、最高人民检察院关于办理侵犯知识产权刑事案件具体应用法律若干问题的解释')).toBe(
      '侵犯知识产权刑事',
    );
    expect(titleSubject('最高人民法院关于涉网络知识产权侵权纠纷几个法律适用问题的批复')).toBe('涉网络知识产权侵权纠纷');
    expect(titleSubject('国务院关于涉外知识产权纠纷处理的规定')).toBe('涉外知识产权纠纷处理');
    expect(titleSubject('关于全面加强知识产权工作的实施意见')).toBe('关于全面加强知识产权工作的实施意见');
    const spc = catalog.documents.filter((d) => d.category === '司法解释');
    const labels = columnLabels(spc);
    // Two versions of one title read alike only in their year: 知识产权法庭 2018 and 2023.
    expect(labels.get('spc-ip-tribunal-2018')).toBe('知识产权法庭 2018');
    expect(labels.get('spc-patent-disputes')).toMatch(/^专利纠纷 \d{4}$/);
    expect(new Set(labels.values()).size).toBe(spc.length);
    expect(
      spc
        .filter((d) => /^(解释|规定|批复) /.test(labels.get(d.id)!))
        .map((d) => d.id)
        .sort(),
    ).toEqual(['spc-abuse-of-rights-reply', 'spc-trademark-prior-rights']);
  });

  it('names a long-titled plan by its genre, and falls back to the full label where two would read alike', () => {
    expect(columnLabels([byId('weihai')]).get('weihai')).toBe('实施意见');
    const twin = {
      ...byId('ningbo-patent'),
      id: 'ningbo-patent-copy',
      label: '宁波市 · 专利管理条例（2012）〔ningbo-patent-copy〕',
    };
    const labels = columnLabels([byId('ningbo-patent'), twin]);
    expect(labels.get('ningbo-patent')).toBe(byId('ningbo-patent').label);
    expect(new Set(labels.values()).size).toBe(2);
  });
});

describe('the corpus at a glance', () => {
  const glance = corpusGlance(catalog.documents);
  const dimension = (name: string) => glance.find((d) => d.name === name)!.counts;

  it('counts every document once in each dimension, and links each count to the catalogue filtered that way', () => {
    for (const d of glance)
      expect(
        d.counts.reduce((n, c) => n + c.documents, 0),
        d.name,
      ).toBe(catalog.documents.length);
    const where = (pass: (d: CatalogDocument) => boolean): number => catalog.documents.filter(pass).length;
    expect(dimension('层级').find((c) => c.label === '国家')).toMatchObject({
      documents: where((d) => d.level === '国家'),
      query: 'level=guojia',
    });
    expect(dimension('类别').find((c) => c.label === '行政法规')).toMatchObject({
      documents: 15,
      query: 'category=xingzheng-fagui',
    });
    expect(dimension('类别').find((c) => c.label === '司法解释')).toMatchObject({
      documents: 37,
      query: 'category=sifa-jieshi',
    });
    expect(dimension('地区').find((c) => c.label === '浙江省')).toMatchObject({
      documents: 6,
      query: 'province=zhejiang',
    });
    // The state leads the places, whatever the catalogue's order.
    expect(dimension('地区')[0]).toMatchObject({ label: '国家', documents: where((d) => d.level === '国家') });
    expect(dimension('效力').find((c) => c.label === '已修订')).toMatchObject({
      documents: where((d) => d.status === '已修订'),
      query: 'status=yi-xiuding',
    });
  });

  it('puts the years of a decade in one link and the undated last', () => {
    const decades = dimension('年代');
    expect(decades.at(-1)!.label).toBe('未知');
    const tens = decades.find((c) => c.label === '2010 年代')!;
    expect(tens.query).toMatch(/^year=2010,|^year=201\d(,201\d)*$/);
    expect(tens.documents).toBe(
      catalog.documents.filter((d) => d.year !== null && d.year >= 2010 && d.year < 2020).length,
    );
  });
});

describe('the compare picker', () => {
  const entry = {
    text: '最高人民法院关于审理专利纠纷案件适用法律问题的若干规定 中华人民共和国 解释',
    province: '国家',
    category: '司法解释',
    level: 'national',
    year: '2020',
  };
  it('keeps a document only when every word and every set filter match', () => {
    expect(pickerMatches(entry, { text: '专利 纠纷', province: '', category: '', level: '', year: '' })).toBe(true);
    expect(pickerMatches(entry, { text: '专利 商标', province: '', category: '', level: '', year: '' })).toBe(false);
    expect(
      pickerMatches(entry, { text: '', province: '国家', category: '司法解释', level: 'national', year: '2020' }),
    ).toBe(true);
    expect(pickerMatches(entry, { text: '', province: '', category: '行政法规', level: '', year: '' })).toBe(false);
    expect(pickerMatches(entry, { text: '  ', province: '', category: '', level: '', year: '2019' })).toBe(false);
  });
});
