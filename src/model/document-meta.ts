/**
 * What a reader is told about a document from its metadata: the place it
 * belongs to, its main date, its kind (plan or legal text) and a short label
 * that says what it is. Pure functions of the metadata, shared by pipeline,
 * pages and exports, so every page names a document the same way.
 *
 * Example: 宁波市专利管理条例, amended 2012-03-31 → `宁波市 · 专利管理条例（2012）`.
 */
import type { DatedEvent, DocumentMeta, Genre, LegalCategory } from './types.ts';

/** Genres of plans and policy papers (规划, 意见, 方案, 通知…). */
const policyGenres = [
  '规划',
  '纲要',
  '意见',
  '实施意见',
  '方案',
  '实施方案',
  '行动方案',
  '行动计划',
  '通知',
  '决定',
] as const satisfies readonly Genre[];

/** Genres of legal texts (法律, 条例, 规定, 办法, 细则, 解释…). */
const legalGenres: readonly Genre[] = [
  '法律',
  '条例',
  '实施条例',
  '规定',
  '若干规定',
  '办法',
  '细则',
  '实施细则',
  '解释',
  '批复',
  '安排',
] as const satisfies readonly Genre[];

/** Every genre a document may name itself by: policy genres, then legal ones. */
export const genres = [...policyGenres, ...legalGenres] as const;

/** `法律法规` for legal texts, `政策文件` for plans, opinions, programmes and notices. */
export function genreFamily(genre: Genre): '法律法规' | '政策文件' {
  return legalGenres.includes(genre) ? '法律法规' : '政策文件';
}

/** Whether the document is a legal text (read by articles). */
export function isLegal(meta: Pick<DocumentMeta, 'genre'>): boolean {
  return genreFamily(meta.genre) === '法律法规';
}

/** Events that make a version of a text (its issue, adoption or amendment), not its taking effect. */
const versionEvents = new Set<DatedEvent['event']>(['印发', '发布', '公布', '通过', '批准', '修正', '修订']);

/**
 * The date a document is cited by: the latest issue, adoption or
 * amendment (a text amended in 2012 is the 2012 version); null when no
 * date is known.
 */
export function primaryDate(meta: Pick<DocumentMeta, 'dates'>): string | null {
  const dates = meta.dates.filter((d) => versionEvents.has(d.event)).map((d) => d.date);
  return dates.length ? dates.sort().at(-1)! : null;
}

/** The date a text takes effect (施行), or null. */
export function effectiveDate(meta: Pick<DocumentMeta, 'dates'>): string | null {
  return meta.dates.find((d) => d.event === '施行')?.date ?? null;
}

/** Short name of the place: 宁波市 → 宁波, 广东省 → 广东, 内蒙古自治区 → 内蒙古; a district or county keeps its name (洛龙区). */
export function placeName(meta: Pick<DocumentMeta, 'jurisdiction'>): string {
  const { name, level } = meta.jurisdiction;
  if (level === '国家') return '国家';
  if (level === '市辖区' || level === '县' || level === '自治县' || level === '旗') return name;
  return name.replace(/(壮族|回族|维吾尔)?(自治区|特别行政区|省|市)$/, '') || name;
}

/** The title without the jurisdiction's name it starts with: 宁波市专利管理条例 → 专利管理条例. */
export function shortTitle(meta: Pick<DocumentMeta, 'jurisdiction' | 'title'>): string {
  const { name } = meta.jurisdiction;
  const rest = meta.title.startsWith(name) ? meta.title.slice(name.length) : meta.title;
  return rest.length >= 2 ? rest : meta.title;
}

/**
 * A label that says what a document is, unique within a place in practice:
 * `宁波市 · 专利管理条例（2012）`, `宁波市 · 关于全面加强知识产权工作的实施意见`.
 * Legal texts carry their version year, since a place often has several.
 */
export function documentLabel(meta: Pick<DocumentMeta, 'jurisdiction' | 'title' | 'genre' | 'dates'>): string {
  const date = isLegal(meta) ? primaryDate(meta) : null;
  return `${meta.jurisdiction.name} · ${shortTitle(meta)}${date ? `（${date.slice(0, 4)}）` : ''}`;
}

/** Readable, stable URL values for the genres (pinyin): 实施意见 → `shishi-yijian`, 条例 → `tiaoli`. */
export const genreSlugs: Readonly<Record<Genre, string>> = {
  规划: 'guihua',
  纲要: 'gangyao',
  意见: 'yijian',
  实施意见: 'shishi-yijian',
  方案: 'fangan',
  实施方案: 'shishi-fangan',
  行动方案: 'xingdong-fangan',
  行动计划: 'xingdong-jihua',
  通知: 'tongzhi',
  决定: 'jueding',
  法律: 'falv',
  条例: 'tiaoli',
  规定: 'guiding',
  若干规定: 'ruogan-guiding',
  办法: 'banfa',
  细则: 'xize',
  实施细则: 'shishi-xize',
  实施条例: 'shishi-tiaoli',
  解释: 'jieshi',
  批复: 'pifu',
  安排: 'anpai',
};

/** Readable, stable URL values for the legal categories (pinyin): 司法解释 → `sifa-jieshi`. */
export const categorySlugs: Readonly<Record<LegalCategory, string>> = {
  法律: 'falv',
  行政法规: 'xingzheng-fagui',
  司法解释: 'sifa-jieshi',
  部门规章: 'bumen-guizhang',
  地方性法规: 'difangxing-fagui',
  地方政府规章: 'difang-zhengfu-guizhang',
  政策文件: 'zhengce-wenjian',
};

/** The order a reader expects the categories in: the state's before the places', law before its interpretations. */
export const categoryOrder: readonly LegalCategory[] = [
  '法律',
  '行政法规',
  '司法解释',
  '部门规章',
  '地方性法规',
  '地方政府规章',
  '政策文件',
];

const courts = /最高人民法院|最高人民检察院/;
const localCongress = /人民代表大会/;
const localGovernment = /人民政府$/;

/**
 * The 效力类别 that follows from genre, level and issuer, or null when they
 * do not settle it (a local 规定 with no issuer named): 法律 for a law; at
 * the national level 司法解释 when the Supreme People's Court or
 * Procuratorate issued it, 行政法规 for the State Council's 条例/实施细则,
 * 部门规章 for a ministry's 办法/规定; locally 地方性法规 for a congress's
 * (and every local 条例), 地方政府规章 for a government's 规定/办法;
 * 政策文件 for plans and policy papers.
 */
export function documentCategory(meta: Pick<DocumentMeta, 'genre' | 'jurisdiction' | 'issuers'>): LegalCategory | null {
  if (genreFamily(meta.genre) === '政策文件') return '政策文件';
  if (meta.genre === '法律') return '法律';
  const issuers = meta.issuers;
  if (meta.jurisdiction.level === '国家') {
    if (issuers.some((i) => courts.test(i))) return '司法解释';
    if (issuers.some((i) => /^(中华人民共和国)?国务院$/.test(i))) return '行政法规';
    if (issuers.some((i) => /(部|委员会|总局|局|署|办公室)$/.test(i) && !/常务委员会$/.test(i))) return '部门规章';
    if (issuers.some((i) => /全国人民代表大会/.test(i))) return '法律';
    return null;
  }
  if (issuers.some((i) => localCongress.test(i))) return '地方性法规';
  if (issuers.some((i) => localGovernment.test(i))) return '地方政府规章';
  return meta.genre === '条例' ? '地方性法规' : null;
}

/** URL values of the two genre families: plans and policy papers, legal texts. */
export const familySlugs: Readonly<Record<'政策文件' | '法律法规', string>> = { 政策文件: 'policy', 法律法规: 'legal' };

/**
 * Whether a document belongs to the national layer (法律、行政法规 of the
 * state): the upstream source local texts draw on, not a peer in the
 * comparison between places.
 */
export function isNational(meta: Pick<DocumentMeta, 'jurisdiction'>): boolean {
  return meta.jurisdiction.level === '国家';
}
