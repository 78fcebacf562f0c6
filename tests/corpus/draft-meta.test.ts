/**
 * Metadata drafting for every genre: national texts placed in the state
 * with their issuers (courts, State Council, a ministry's order), places
 * never built from common words, zones and autonomous counties at their
 * proper level, broken history lines and body effective dates read.
 * Fixtures are cut from texts of the public collection (title, history,
 * first and last articles).
 */
import { readFileSync } from 'node:fs';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { draftMeta, loadProvinces } from '../../scripts/corpus/draft-meta.ts';
import { placeAtStart } from '../../scripts/corpus/draft-jurisdiction.ts';
import { processDocument } from '../../src/pipeline/document.ts';

/** The drafted meta as these tests read it: its dated events typed, the rest compared as data. */
type DraftedMeta = Record<string, unknown> & { dates: Array<{ date: string; event: string; by: string | null }> };

const provinces = loadProvinces();

function draft(path: string): ReturnType<typeof draftMeta> & { meta: DraftedMeta } {
  const bytes = readFileSync(path);
  const doc = processDocument({
    id: 'draft',
    bytes,
    meta: null,
    errata: [],
    errataFile: '',
    file: new VFile({ path: 'source.md' }),
  });
  return draftMeta(doc, { file: 'source.md', sha256: '0'.repeat(64), name: null, url: null }, provinces) as ReturnType<
    typeof draftMeta
  > & { meta: DraftedMeta };
}
const fixture = (name: string): ReturnType<typeof draft> => draft(`tests/fixtures/draft-meta/${name}.md`);
const events = (meta: DraftedMeta): string[] => meta.dates.map((d) => `${d.date} ${d.event}`);
const state = { name: '中华人民共和国', level: '国家', parent: null, province: null };

describe('drafting national texts', () => {
  it('places a Supreme People’s Court interpretation in the state, issued by the court, genre from its title', () => {
    const { meta, found } = fixture('court-interpretation');
    expect(meta.jurisdiction).toMatchObject(state);
    expect(meta).toMatchObject({ genre: '若干规定', issuers: ['最高人民法院'] });
    expect(events(meta)).toEqual(['2019-01-28 通过', '2019-05-01 施行']);
    expect(found).toContain('发布机关：最高人民法院（标题）');
  });

  it('names both courts of a joint interpretation, whatever separates them in the title', () => {
    const { meta } = fixture('joint-interpretation');
    expect(meta.jurisdiction).toMatchObject(state);
    expect(meta).toMatchObject({ genre: '解释', issuers: ['最高人民法院', '最高人民检察院'] });
    // One history line, two meetings joined by 、: each is an adoption.
    expect(meta.dates.map((d) => `${d.date} ${d.event} ${d.by}`)).toEqual([
      '2020-08-21 通过 最高人民检察院第十三届检察委员会第四十八次会议',
      '2020-08-31 通过 最高人民法院审判委员会第1811次会议',
      '2020-09-14 施行 null',
    ]);
  });

  it('places a State Council regulation without 中华人民共和国 in its title in the state, from the 国务院令', () => {
    const { meta } = fixture('state-council-regulation');
    expect(meta.jurisdiction).toMatchObject(state);
    expect(meta).toMatchObject({ genre: '条例', issuers: ['国务院'] });
    expect(events(meta)).toEqual(['2006-05-18 公布', '2006-07-01 施行']);
  });

  it('takes a ministry’s rule’s issuer from its order (国家知识产权局令) and its effective date from 自颁布之日起施行', () => {
    const { meta, found } = fixture('ministry-order');
    expect(meta.jurisdiction).toMatchObject(state);
    expect(meta).toMatchObject({ genre: '办法', issuers: ['国家知识产权局'] });
    expect(events(meta)).toEqual(['2001-11-28 公布', '2001-11-28 施行']);
    expect(found.some((line) => /^施行日期：2001-11-28（.*第三十条（自颁布之日起施行））$/.test(line))).toBe(true);
  });

  it('reads a history line broken over two lines: 土地管理法 was last amended in 2019, not 2004', () => {
    const { meta } = fixture('broken-history');
    expect(events(meta)).toEqual([
      '1986-06-25 通过',
      '1988-12-29 修正',
      '1998-08-29 修订',
      '2004-08-28 修正',
      '2019-08-26 修正',
    ]);
    expect(meta.dates.at(-1)!.by).toBe(
      '第十三届全国人民代表大会常务委员会第十二次会议《关于修改〈中华人民共和国土地管理法〉〈中华人民共和国城市房地产管理法〉的决定》',
    );
  });
});

describe('drafting local places', () => {
  it('never builds a place from a common word: 上海市商品交易市场管理条例 is a 上海市 text', () => {
    expect(fixture('market-not-a-place').meta.jurisdiction).toMatchObject({
      name: '上海市',
      level: '直辖市',
      province: '上海市',
    });
    expect(fixture('technology-market').meta.jurisdiction).toMatchObject({ name: '北京市', level: '直辖市' });
    expect(placeAtStart('技术市场条例')).toBeNull();
    expect(placeAtStart('洛龙区知识产权强区行动方案')).toEqual({ name: '洛龙区', level: '市辖区' });
  });

  it('drafts the province for a text about a scenic zone and names the zone for the user to confirm', () => {
    const { meta, missing } = fixture('scenic-zone');
    expect(meta.jurisdiction).toMatchObject({ name: '河南省', level: '省' });
    expect(missing.some((line) => line.includes('“云台山景区”是功能区'))).toBe(true);
  });

  it('gives an autonomous county the level 自治县, in the province that approved it', () => {
    const { meta } = fixture('autonomous-county');
    expect(meta.jurisdiction).toMatchObject({ name: '景宁畲族自治县', level: '自治县', province: '浙江省' });
    expect(meta.issuers).toEqual(['景宁畲族自治县人民代表大会常务委员会']);
  });

  it('reads the effective date a text states only in its last article (上海市专利保护条例, 2002-07-01)', () => {
    const { meta, found } = draft('content/documents/shanghai-patent/source.md');
    expect(events(meta)).toEqual(['2002-07-01 施行']);
    expect(found).toContain('施行日期：2002-07-01（第六章 第三十四条）');
  });
});
