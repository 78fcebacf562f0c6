/**
 * Drafts a document's `meta.yaml` from what its text states: title,
 * jurisdiction (from the title, the history or the places the text
 * names), genre, issuers, 文号, dated history, target years and script.
 * Every field is either found in the text — and listed as found, with
 * where it came from — or left null/empty and listed as not found; nothing
 * is filled in by guess without saying so.
 *
 * Example: 宁波市专利管理条例 → jurisdiction 宁波市 (地级市, parent 浙江省 from
 * `浙江省…常务委员会…批准`), genre 条例, issuers [宁波市人民代表大会常务委员会].
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { DatedEvent, Genre, Jurisdiction, JurisdictionLevel, PolicyDocument } from '../../src/model/types.ts';
import { guessGenre } from '../../src/pipeline/metadata.ts';
import { placePinyin } from '../../src/pipeline/place-pinyin.ts';
import { clausesOf } from '../../src/model/walk.ts';
import { webPageMeta, type WebPageMeta } from './web-page-meta.ts';

/** A drafted metadata object and the report of what was and was not found. */
export interface MetaDraft {
  meta: Record<string, unknown>;
  /** `字段：值（依据）` lines. */
  found: string[];
  /** `字段：why not` lines. */
  missing: string[];
}

interface Province {
  name: string;
  level: JurisdictionLevel;
}

/** The provincial-level divisions (`content/jurisdictions.yaml`). */
export function loadProvinces(contentDir = 'content'): Province[] {
  return (parse(readFileSync(`${contentDir}/jurisdictions.yaml`, 'utf8')) as { provinces: Province[] }).provinces;
}

const placeSuffix = /^(.{2,7}?(?:市|自治州|盟|地区|区|县|旗))/;

/** Counts `XX省` / `XX市` mentions of each provincial-level name in a text. */
function provinceMentions(text: string, provinces: readonly Province[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of provinces) {
    const n = text.split(p.name).length - 1;
    if (n > 0) counts.set(p.name, n);
  }
  return counts;
}

const mostMentioned = (counts: Map<string, number>): string | null => [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;

/** The body that adopted or issued a version, from a history `by`: `宁波市第十二届人民代表大会常务委员会第五次会议` → `宁波市人民代表大会常务委员会`. */
export function organOf(by: string): string | null {
  // A decision named by its title (`《国务院关于修改…的决定》`) was made by the organ its title starts with.
  const plain = by.replace(/^《/, '').replace(/第[一二三四五六七八九十]+届/g, '');
  const match = /^(.*?(?:人民代表大会常务委员会|人民代表大会|国务院|人民政府))/.exec(plain);
  if (!match) return null;
  return match[1] === '中华人民共和国国务院' ? '国务院' : match[1];
}

function jurisdictionOf(doc: PolicyDocument, provinces: readonly Province[], found: string[], missing: string[]): Jurisdiction | null {
  const { title } = doc;
  const body = clausesOf(doc.body).map((c) => c.text).join('\n');
  const text = [doc.preamble.map((b) => b.text).join('\n'), body, doc.closing.map((b) => b.text).join('\n')].join('\n');
  if (title.startsWith('中华人民共和国')) {
    found.push('地区：中华人民共和国，国家（标题）');
    return { name: '中华人民共和国', pinyin: 'Zhongguo', level: '国家', parent: null, province: null };
  }
  const province = provinces.find((p) => title.startsWith(p.name));
  const rest = province ? title.slice(province.name.length) : title;
  const city = province && !placeSuffix.test(rest) ? null : placeSuffix.exec(rest)?.[1] ?? null;
  if (province && !city) {
    found.push(`地区：${province.name}，${province.level}（标题）`);
    return { name: province.name, pinyin: placePinyin(province.name), level: province.level, parent: null, province: province.name };
  }
  const name = city && !/^关于/.test(title) ? city : null;
  if (!name) {
    missing.push('地区：标题不以地名开头，请填写 jurisdiction（name、level、parent、province）');
    return null;
  }
  const approvals = doc.history.filter((e) => e.event === '批准').map((e) => e.by ?? '');
  const approving = provinces.find((p) => approvals.some((by) => by.startsWith(p.name)));
  const inText = province ?? approving ?? provinces.find((p) => p.name === mostMentioned(provinceMentions(text, provinces)));
  const level: JurisdictionLevel = name.endsWith('区') ? '市辖区' : name.endsWith('县') ? '县' : name.endsWith('旗') ? '旗' : name.endsWith('自治州') ? '自治州' : name.endsWith('盟') ? '盟' : '地级市';
  const parentCity = level === '市辖区' || level === '县' ? new RegExp(`([\\u4e00-\\u9fa5]{2,4}市)${name}`).exec(text)?.[1] ?? null : null;
  found.push(`地区：${name}，按${level}记（标题${level === '地级市' ? '；如为县级市请改 level' : ''}）`);
  if (inText) found.push(`所属省份：${inText.name}（${province ? '标题' : approving ? '批准机关' : '文中提到的省份'}）`);
  else missing.push('所属省份：文中没有提到省份，请填写 jurisdiction.province 和 parent');
  if ((level === '市辖区' || level === '县') && !parentCity) missing.push(`上级地区：文中没有“某某市${name}”，请填写 jurisdiction.parent`);
  return { name, pinyin: placePinyin(name), level, parent: parentCity ?? inText?.name ?? null, province: inText?.name ?? null };
}

function issuersOf(doc: PolicyDocument, page: WebPageMeta, found: string[], missing: string[]): string[] {
  // The body that adopted or revised the text; an approval (批准) or an amending decision approved elsewhere names the approver.
  const adopting = doc.history.filter((e) => ['通过', '修订', '公布', '发布', '印发'].includes(e.event) && e.by && !e.by.includes('批准'));
  const acting = adopting.at(-1) ?? doc.history.filter((e) => e.event === '修正' && e.by).at(-1);
  const organ = acting?.by ? organOf(acting.by) : null;
  if (organ) {
    found.push(`发布机关：${organ}（${acting!.date} ${acting!.event}）`);
    return [organ];
  }
  if (page.issuers.length) {
    found.push(...page.found.issuers);
    return page.issuers;
  }
  const lines = [...doc.closing, ...doc.preamble].filter((b) => b.role === 'issuer');
  const issuers = [...new Set(lines.flatMap((b) => b.original.split(/\s+/)).filter((s) => s.length >= 2))];
  if (issuers.length) found.push(`发布机关：${issuers.join('、')}（落款）`);
  else missing.push('发布机关：文中没有落款或制定机关，留空');
  return issuers;
}

function docNumberOf(doc: PolicyDocument, page: WebPageMeta, found: string[], missing: string[]): string | null {
  if (page.docNumber) {
    found.push(...page.found.docNumber);
    return page.docNumber;
  }
  for (const block of [...doc.preamble, ...doc.closing]) {
    const match = /([\u4e00-\u9fa5]{2,12})[〔［[（(]\s*(\d{4})\s*[〕］\]）)](\d{1,4})号/.exec(block.text);
    if (match) {
      const number = `${match[1]}〔${match[2]}〕${match[3]}号`;
      found.push(`文号：${number}（第 ${block.line} 行）`);
      return number;
    }
  }
  missing.push('文号：文中没有文号，留空');
  return null;
}

function datesOf(doc: PolicyDocument, page: WebPageMeta, found: string[], missing: string[]): DatedEvent[] {
  if (doc.history.length) {
    found.push(`日期：${doc.history.map((e) => `${e.date} ${e.event}`).join('；')}（标题下的制定与修改记录）`);
    return doc.history;
  }
  if (page.dates.length) {
    found.push(...page.found.dates);
    return page.dates;
  }
  const dated = [...doc.closing, ...doc.preamble].find((b) => b.role === 'date');
  const match = dated && /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(dated.text);
  if (match) {
    const date = `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`;
    found.push(`日期：${date} 印发（第 ${dated!.line} 行的落款日期）`);
    return [{ event: '印发', date, by: null }];
  }
  missing.push('日期：文中没有日期，留空');
  return [];
}

/** A readable id: `<place pinyin>-<subject>` (`guangdong-ip`, `ningbo-patent`), the state's texts by subject (`patent-law`). */
export function suggestId(doc: PolicyDocument, jurisdiction: Jurisdiction | null, genre: Genre | null): string {
  const subject = /知识产权/.test(doc.title) ? 'ip' : /专利/.test(doc.title) ? 'patent' : /商标/.test(doc.title) ? 'trademark' : /著作权|版权/.test(doc.title) ? 'copyright' : 'policy';
  if (jurisdiction?.level === '国家') return `${subject}-${genre === '法律' ? 'law' : /细则/.test(genre ?? '') ? 'rules' : 'regulation'}`;
  const place = jurisdiction ? jurisdiction.pinyin.toLowerCase().replace(/[^a-z]/g, '') : 'doc';
  return `${place}-${subject}`;
}

/** Drafts the metadata of a processed document (built without metadata). */
export function draftMeta(doc: PolicyDocument, source: { file: string; sha256: string; name: string | null; url: string | null }, provinces: readonly Province[], id?: string): MetaDraft {
  const found: string[] = [`标题：${doc.title}（第 ${doc.titleLine} 行）`];
  const missing: string[] = [];
  const page = webPageMeta(doc);
  const jurisdiction = jurisdictionOf(doc, provinces, found, missing);
  const genre = guessGenre(doc.title);
  if (genre) found.push(`体裁：${genre}（标题）`);
  else missing.push('体裁：标题没有以体裁结尾，请填写 genre');
  const body = clausesOf(doc.body).map((c) => c.text).join('\n');
  const targetYears = [...new Set([...body.matchAll(/到(20\d\d)年/g)].map((m) => Number(m[1])))].sort();
  if (targetYears.length) found.push(`目标年份：${targetYears.join('、')}（“到…年”）`);
  const meta = {
    id: id ?? suggestId(doc, jurisdiction, genre),
    title: doc.title,
    jurisdiction: jurisdiction ?? { name: null, pinyin: null, level: null, parent: null, province: null },
    genre,
    issuers: issuersOf(doc, page, found, missing),
    docNumber: docNumberOf(doc, page, found, missing),
    dates: datesOf(doc, page, found, missing),
    status: page.status,
    targetYears,
    script: doc.meta.script,
    work: null,
    provenance: `${source.name ? `取自 ${source.name}` : '来源未注明'}${source.url ? `（${decodeURI(source.url)}）` : ''}。${missing.length ? `文本未载明：${missing.map((m) => m.split('：')[0]).join('、')}，记为未知。` : ''}`,
    source,
  };
  found.push(...page.found.status);
  found.push(`文字：${doc.meta.script === 'Hant' ? '繁体' : '简体'}`);
  return { meta, found, missing };
}
