/**
 * The query set of the search test and its ground truth: the records whose
 * text contains every word of the query (after traditional → simplified
 * conversion, Latin case ignored, quotes and edge punctuation removed as
 * the page documents; `-word` excluded, `|` either side) — what Ctrl-F on
 * the clause would find.
 */
import type { SearchRecord } from '../../src/search/build/records.ts';
import { matchesQuery, parseQuery } from '../../src/search/browser/query.ts';
import { toSimplified } from '../../src/pipeline/text/simplify.ts';
import { seededRandom } from '../../scripts/bench/seeded-random.ts';

/** Words researchers search for, sub-words included (产权 inside 知识产权, 理标志 inside 地理标志). */
const domain = [
  '技术调查官',
  '质押融资',
  '三合一',
  '产权',
  '理标志',
  '知识产权',
  '地理标志',
  '商业秘密',
  '专利导航',
  '维权援助',
  '惩罚性赔偿',
  '高价值专利',
  '数据知识产权',
  '海外',
  '版权',
  '商标',
  '人才',
  '专栏',
  '运营',
  '快速维权',
  '知识产权保护中心',
  '公共服务',
  '贯标',
  '植物新品种',
  '中医药',
  '老字号',
  '区块链',
  '责任单位',
  '市司法局',
];
const latin = ['PCT', 'pct', 'RCEP', '2025', 'WIPO', 'GB/T', '2.04', '15%', '28266', '十四五'];
const traditional = ['知識產權', '質押融資', '技術調查官', '商業秘密', '專利導航', '地理標誌', '維權援助', '智慧財產'];
const multi = [
  '质押 融资',
  '专利 商标',
  '知识产权 保护 海外',
  'PCT 专利',
  '技术调查官 法院',
  '宁波 法院',
  '知識產權 質押',
  '  版权   登记 ',
];
const none = ['不存在的词语', 'xyzzy'];
/** One character: found through the extensions of its code. */
const single = ['专', '权', '的', 'p', 'q', '%', '（', '、'];
/** The documented syntax: quotes, trailing punctuation, exclusion, either-or. */
const syntax = [
  '“质押融资”',
  '"质押融资"',
  '「质押融资」',
  '质押融资。',
  '知识产权 -保护',
  '专利 -商标 -版权',
  '质押 | 信贷',
  '技术调查官 OR 惩罚性赔偿',
  '商标 品牌 | 地理标志 -农产品',
  'quality',
];
/** Pasted sentences, punctuation included. */
const long = ['严厉打击知识产权犯罪行为', '开展知识产权案件诉源治理，增配技术调查官', '“三合一”', '（责任单位：'];

/** `count` random 2–6-character substrings of record texts (no whitespace inside). */
export function randomSubstrings(records: readonly SearchRecord[], count: number, seed = 20240611): string[] {
  const next = seededRandom(seed);
  const out = new Set<string>();
  while (out.size < count) {
    const { text } = records[Math.floor(next() * records.length)];
    const chars = [...text];
    const length = 2 + Math.floor(next() * 5);
    const start = Math.floor(next() * Math.max(1, chars.length - length));
    const piece = chars.slice(start, start + length).join('');
    if ([...piece].length >= 2 && !/\s/.test(piece)) out.add(piece);
  }
  return [...out];
}

/** The whole query set: domain terms, Latin and digits, traditional, multi-word, none, random substrings. */
export function querySet(records: readonly SearchRecord[]): string[] {
  return [
    ...domain,
    ...latin,
    ...traditional,
    ...multi,
    ...none,
    ...single,
    ...long,
    ...syntax,
    ...randomSubstrings(records, 30),
  ];
}

/** Ids of the records whose text contains every word of `query` (and that pass `keep`), in reading order. */
export function expectedIds(
  records: readonly SearchRecord[],
  query: string,
  keep: (record: SearchRecord) => boolean = () => true,
): string[] {
  const parsed = parseQuery(toSimplified()(query));
  return records.filter((record) => keep(record) && matchesQuery(record.text, parsed)).map((record) => record.id);
}
