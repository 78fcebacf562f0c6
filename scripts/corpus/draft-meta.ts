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
import type { Genre, Jurisdiction, PolicyDocument } from '../../src/model/types.ts';
import { guessGenre } from '../../src/pipeline/metadata.ts';
import { clausesOf } from '../../src/model/walk.ts';
import { draftDates } from './draft-dates.ts';
import { draftIssuers } from './draft-issuers.ts';
import { draftJurisdiction, type Province } from './draft-jurisdiction.ts';
import { webPageMeta, type WebPageMeta } from './web-page-meta.ts';

/** A drafted metadata object and the report of what was and was not found. */
export interface MetaDraft {
  meta: Record<string, unknown>;
  /** `字段：值（依据）` lines. */
  found: string[];
  /** `字段：why not` lines. */
  missing: string[];
}

/** The provincial-level divisions (`content/jurisdictions.yaml`). */
export function loadProvinces(contentDir = 'content'): Province[] {
  return (parse(readFileSync(`${contentDir}/jurisdictions.yaml`, 'utf8')) as { provinces: Province[] }).provinces;
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

/** A readable id: `<place pinyin>-<subject>` (`guangdong-ip`, `ningbo-patent`), the state's texts by subject (`patent-law`). */
export function suggestId(doc: PolicyDocument, jurisdiction: Jurisdiction | null, genre: Genre | null): string {
  const subject = /知识产权/.test(doc.title)
    ? 'ip'
    : /专利/.test(doc.title)
      ? 'patent'
      : /商标/.test(doc.title)
        ? 'trademark'
        : /著作权|版权/.test(doc.title)
          ? 'copyright'
          : 'policy';
  if (jurisdiction?.level === '国家')
    return `${subject}-${genre === '法律' ? 'law' : /细则/.test(genre ?? '') ? 'rules' : 'regulation'}`;
  const place = jurisdiction ? jurisdiction.pinyin.toLowerCase().replace(/[^a-z]/g, '') : 'doc';
  return `${place}-${subject}`;
}

/** Drafts the metadata of a processed document (built without metadata). */
export function draftMeta(
  doc: PolicyDocument,
  source: { file: string; sha256: string; name: string | null; url: string | null },
  provinces: readonly Province[],
  id?: string,
): MetaDraft {
  const found: string[] = [`标题：${doc.title}（第 ${doc.titleLine} 行）`];
  const missing: string[] = [];
  const body = clausesOf(doc.body)
    .map((c) => c.text)
    .join('\n');
  const text = [doc.preamble.map((b) => b.text).join('\n'), body, doc.closing.map((b) => b.text).join('\n')].join('\n');
  const issuerLines: string[] = [];
  // A web page's 政府信息公开 table names the issuer and dates where the text has no history under its title.
  const page = webPageMeta(doc);
  const fromPage = doc.history.length === 0;
  const issuers =
    fromPage && page.issuers.length
      ? (issuerLines.push(...page.found.issuers), page.issuers)
      : draftIssuers(doc, issuerLines, missing);
  const jurisdiction = draftJurisdiction(doc, issuers, provinces, text, found, missing);
  found.push(...issuerLines);
  const genre = guessGenre(doc.title);
  if (genre) found.push(`体裁：${genre}（标题）`);
  else missing.push('体裁：标题没有以体裁结尾，请填写 genre');
  const targetYears = [...new Set([...body.matchAll(/到(20\d\d)年/g)].map((m) => Number(m[1])))].sort();
  if (targetYears.length) found.push(`目标年份：${targetYears.join('、')}（“到…年”）`);
  const meta = {
    id: id ?? suggestId(doc, jurisdiction, genre),
    title: doc.title,
    jurisdiction: jurisdiction ?? { name: null, pinyin: null, level: null, parent: null, province: null },
    genre,
    issuers,
    docNumber: docNumberOf(doc, page, found, missing),
    dates:
      fromPage && page.dates.length ? (found.push(...page.found.dates), page.dates) : draftDates(doc, found, missing),
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
