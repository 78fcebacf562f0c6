/**
 * The jurisdiction a text belongs to, drafted from its title and issuers:
 * the state for national texts (a title that starts with 中华人民共和国, or
 * a text the state's organs made: 最高人民法院, 最高人民检察院, 国务院, a
 * ministry's `…令`); a province, city, district or county named at the
 * start of the title. A place is never built from a common word
 * (`上海市商品交易市场管理条例` is a 上海市 text, not one of `商品交易市`), and
 * a zone (开发区, 高新区, 风景名胜区, 景区) is no administrative level: the
 * place above it is drafted and the zone is named for the user to confirm.
 *
 * Example: `最高人民法院关于知识产权法庭若干问题的规定` → 中华人民共和国 (国家);
 * `长阳土家族自治县…条例` → 长阳土家族自治县 (自治县).
 */
import type { Jurisdiction, JurisdictionLevel, PolicyDocument } from '../../src/model/types.ts';
import { placePinyin } from '../../src/pipeline/place-pinyin.ts';
import { isNationalOrgan } from './draft-issuers.ts';

/** A provincial-level division (`content/jurisdictions.yaml`). */
export interface Province {
  name: string;
  level: JurisdictionLevel;
}

/** The state, root of the jurisdiction tree. */
export const state: Jurisdiction = {
  name: '中华人民共和国',
  pinyin: 'Zhongguo',
  level: '国家',
  parent: null,
  province: null,
};

/** Place-name endings, longest first, with the level each gives. */
const endings: Array<[string, JurisdictionLevel]> = [
  ['自治州', '自治州'],
  ['自治县', '自治县'],
  ['自治旗', '旗'],
  ['地区', '地区'],
  ['市', '地级市'],
  ['盟', '盟'],
  ['区', '市辖区'],
  ['县', '县'],
  ['旗', '旗'],
];

/** A place-name ending that is really the first character of a common word: 市场, 市民, 区域, 县域, 区间 … */
const commonWord = /^(?:市场|市民|市容|市政|市貌|市级|区域|区划|区间|区块|县域|县级|地区性)/;

/** Zones and special areas: no administrative level of their own. */
const zone =
  /(?:经济技术开发区|高新技术产业开发区|开发区|高新区|工业园区|园区|风景名胜区|景区|保护区|试验区|示范区|自由贸易试验区)$/;

/**
 * The first place name a title (without its province) starts with, or null:
 * the shortest run of 2–8 characters ending in a place-name suffix that is
 * not the start of a common word (`技术市场` has no place).
 */
export function placeAtStart(rest: string): { name: string; level: JurisdictionLevel } | null {
  for (let end = 2; end <= Math.min(rest.length, 9); end++) {
    const head = rest.slice(0, end);
    const ending = endings.find(([suffix]) => head.endsWith(suffix) && head.length > suffix.length);
    if (!ending) continue;
    const matched = head.endsWith('地区') ? rest.slice(end - 2) : rest.slice(end - 1);
    if (commonWord.test(matched) || (ending[0] === '区' && /[景园]$/.test(head.slice(0, -1)))) continue;
    return { name: head, level: ending[1] };
  }
  return null;
}

/** Whether a title is a national text's: the state's name, or a state organ's 关于… (`最高人民法院关于…`, `国务院关于…`). */
function nationalByTitle(title: string): boolean {
  if (title.startsWith('中华人民共和国')) return true;
  const organ = /^(.{2,20}?)关于/.exec(title)?.[1];
  return (
    organ !== undefined &&
    organ
      .split(/[、\s]+/)
      .filter(Boolean)
      .every(isNationalOrgan)
  );
}

/** Drafts the jurisdiction; `found` and `missing` receive the report lines. */
export function draftJurisdiction(
  doc: PolicyDocument,
  issuers: readonly string[],
  provinces: readonly Province[],
  text: string,
  found: string[],
  missing: string[],
): Jurisdiction | null {
  const { title } = doc;
  const province = provinces.find((p) => title.startsWith(p.name));
  if (!province && (nationalByTitle(title) || (issuers.length > 0 && issuers.every(isNationalOrgan)))) {
    found.push(
      `地区：中华人民共和国，国家（${title.startsWith('中华人民共和国') ? '标题' : `制定机关 ${issuers.join('、') || title.split('关于')[0]}`}）`,
    );
    return state;
  }
  const rest = province ? title.slice(province.name.length) : title;
  const zoneName = /^([\u4e00-\u9fa5]{2,12}?)(?:保护|管理|条例|规定|办法)/.exec(rest)?.[1];
  const inZone = zoneName && zone.test(zoneName) ? zoneName : null;
  const place = inZone ? null : placeAtStart(rest);
  if (inZone)
    missing.push(
      `地区：标题中的“${inZone}”是功能区，不是行政区，按${province ? province.name : '上一级'}起草；如属某市、县，请改 jurisdiction`,
    );
  if (province && !place) {
    found.push(`地区：${province.name}，${province.level}（标题）`);
    return {
      name: province.name,
      pinyin: placePinyin(province.name),
      level: province.level,
      parent: null,
      province: province.name,
    };
  }
  if (!place || /^关于/.test(title)) {
    if (!inZone) missing.push('地区：标题不以地名开头，请填写 jurisdiction（name、level、parent、province）');
    return null;
  }
  const { name, level } = place;
  const approvals = doc.history.filter((e) => e.event === '批准').map((e) => e.by ?? '');
  const approving = provinces.find((p) => approvals.some((by) => by.startsWith(p.name)));
  const mentioned = [...provinces]
    .map((p) => [p, text.split(p.name).length - 1] as const)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])[0]?.[0];
  const inText = province ?? approving ?? mentioned;
  const below = level === '市辖区' || level === '县' || level === '自治县' || level === '旗';
  const parentCity = below ? (new RegExp(`([\\u4e00-\\u9fa5]{2,4}市)${name}`).exec(text)?.[1] ?? null) : null;
  found.push(`地区：${name}，按${level}记（标题${level === '地级市' ? '；如为县级市请改 level' : ''}）`);
  if (inText)
    found.push(`所属省份：${inText.name}（${province ? '标题' : approving ? '批准机关' : '文中提到的省份'}）`);
  else missing.push('所属省份：文中没有提到省份，请填写 jurisdiction.province 和 parent');
  if (below && !parentCity && province?.level !== '直辖市')
    missing.push(`上级地区：文中没有“某某市${name}”，请填写 jurisdiction.parent`);
  const parent = parentCity ?? (below && province?.level === '直辖市' ? province.name : (inText?.name ?? null));
  return { name, pinyin: placePinyin(name), level, parent, province: inText?.name ?? null };
}
