/**
 * Stock wording on the real corpus: wording in several articles of the
 * traced national texts, or in many local texts, is no evidence for an
 * upstream source; wording that points at one provision is specific.
 */
import { describe, expect, it } from 'vitest';
import { isLegal, isNational } from '../../src/model/document-meta.ts';
import { normalizeForAlign } from '../../src/model/normalize-for-align.ts';
import { clausesOf } from '../../src/model/walk.ts';
import { holderCounter, stockWording } from '../../src/pipeline/align/stock-wording.ts';
import { tracedDocuments } from '../../src/pipeline/align/upstream.ts';
import type { AlignUnit } from '../../src/pipeline/align/units.ts';
import { realCorpus } from './fixture-corpus.ts';

const corpus = realCorpus();
const units: AlignUnit[] = corpus.documents.flatMap((d) =>
  clausesOf(d.body).map((clause) => ({
    clause,
    docId: d.meta.id,
    group: isNational(d.meta) ? d.meta.id : '',
    legal: isLegal(d.meta),
    norm: normalizeForAlign(clause.text),
    mask: new Uint8Array(0),
  })),
);
const nationalUnits = units.filter((u) => u.group !== '');
const localUnits = units.filter((u) => u.group === '');
const isStock = stockWording(nationalUnits, localUnits, 4);
const national = corpus.documents.filter((d) => isNational(d.meta));
const tracedFor = (id: string): Set<string> =>
  new Set(
    tracedDocuments(
      corpus.documents.find((d) => d.meta.id === id)!,
      national,
    ),
  );
const henan = tracedFor('henan-patent');

describe('stock wording of the national layer', () => {
  it('counts the articles of the traced texts holding a wording, stopping at the bound asked for', () => {
    const articles = holderCounter(nationalUnits);
    const inHenan = (docId: string): boolean => henan.has(docId);
    expect(articles('工作人员以及其他有关国家机关工作人员', inHenan, 10)).toBe(1); // 专利法 第八十条 only
    expect(articles('专利权人或者利害关系人', inHenan, 100)).toBeGreaterThanOrEqual(10);
    expect(articles('专利权人或者利害关系人', inHenan, 4)).toBe(4);
  });

  it('calls wording in many national articles stock: 专利权人或者利害关系人, 构成犯罪的依法追究刑事责任, 专利复审委员会', () => {
    for (const wording of ['专利权人或者利害关系人', '构成犯罪的依法追究刑事责任', '专利复审委员会'])
      expect(isStock(wording, henan), wording).toBe(true);
  });

  it('calls wording of one provision specific: 工作人员以及其他有关国家机关工作人员 (专利法 第八十条), 利用本单位的物质技术条件 (第六条)', () => {
    expect(isStock('工作人员以及其他有关国家机关工作人员', henan)).toBe(false);
    expect(isStock('利用本单位的物质技术条件', henan)).toBe(false);
  });

  it('calls a drafting formula of many local texts stock though few national articles hold it: 人民政府应当', () => {
    const articles = holderCounter(nationalUnits);
    expect(articles('人民政府应当', (docId) => henan.has(docId), 10)).toBeLessThan(4);
    expect(isStock('人民政府应当', henan)).toBe(true);
  });

  it('counts articles only in the texts a local text is traced in: 实施细则 2023 is not among 河南 2005’s', () => {
    const articles = holderCounter(nationalUnits);
    const all = (): boolean => true;
    const wording = '被授予专利权的单位';
    expect(articles(wording, (docId) => henan.has(docId), 100)).toBeLessThan(articles(wording, all, 100));
  });
});
