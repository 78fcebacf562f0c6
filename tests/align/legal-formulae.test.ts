import { describe, expect, it } from 'vitest';
import { alignCorpus, peerCorpus } from '../../src/pipeline/align/align-corpus.ts';
import { normalizeForAlign } from '../../src/model/normalize-for-align.ts';
import { clausesOf } from '../../src/model/walk.ts';
import { fixtureCorpus, realCorpus } from './fixture-corpus.ts';

// As published: the local documents compared with each other, the national layer apart.
const local = peerCorpus(realCorpus());
const alignment = alignCorpus(local);
const documents = local.documents.map((doc) => ({
  city: doc.meta.jurisdiction.name,
  clauses: clausesOf(doc.body).map((c) => normalizeForAlign(c.text).text),
}));
const holders = (text: string) => documents.filter((d) => d.clauses.some((c) => c.includes(text)));
const top = (result: ReturnType<typeof alignCorpus>, clauseId: string, docId: string) =>
  result.counterparts[clauseId].find((c) => c.docId === docId)?.items[0];

describe('legal formulae on the real documents', () => {
  it('publishes no shared phrase that is, holds or lies inside 违反本条例规定, 没收违法所得, 中华人民共和国, 依法追究刑事责任 or 构成犯罪的', () => {
    for (const formula of ['违反本条例规定', '没收违法所得', '中华人民共和国', '依法追究刑事责任', '构成犯罪的']) {
      // Each is in the clauses of four or more cities, so without masking it would be shared wording.
      expect(new Set(holders(formula).map((d) => d.city)).size, formula).toBeGreaterThanOrEqual(4);
      expect(
        alignment.phrases.filter((p) => p.key.includes(formula) || formula.includes(p.key)).map((p) => p.key),
        formula,
      ).toEqual([]);
    }
  });

  it('publishes no phrase from the entry-into-force formula 本条例自…起施行 (dates differing; 淄博 writes 本规定自)', () => {
    expect(holders('本条例自')).toHaveLength(22);
    expect(holders('日起施行')).toHaveLength(24);
    expect(alignment.phrases.filter((p) => /本条例自|日起施行/.test(p.key)).map((p) => p.key)).toEqual([]);
  });

  it('publishes no phrase holding a 5-gram found in as many documents as the formula threshold (8 of 15)', () => {
    const { formulaGram: n, formulaMinDocuments: threshold } = alignment.method;
    expect(threshold).toBe(8);
    for (const { key } of alignment.phrases) {
      for (let i = 0; i + n <= key.length; i++)
        expect(holders(key.slice(i, i + n)).length, key).toBeLessThan(threshold);
    }
  });

  it('still pairs regulations on a specific provision: 专利权质押贷款 (山东 × 浙江) and repeated infringement (北京 × 淄博)', () => {
    expect(top(alignment, 'shandong-patent-a13', 'zhejiang-patent')?.clauseId).toBe('zhejiang-patent-a12');
    expect(top(alignment, 'beijing-patent-a47', 'zibo-patent')).toMatchObject({ clauseId: 'zibo-patent-a31' });
    expect(top(alignment, 'beijing-patent-a47', 'zibo-patent')!.score).toBeGreaterThan(0.4);
  });

  it('scores the officials’ misconduct article as the same provision: between regulations the formulae it is written in are evidence', () => {
    // 玩忽职守、滥用职权、徇私舞弊的，依法给予处分；构成犯罪的，依法追究刑事责任: each regulation states this
    // provision once, in these words, so between articles of legal texts the masked formulae count (maskedEvidence),
    // still weighed by rarity; they stay out of the shared phrases (above) and out of plan clauses' evidence.
    const hit = top(alignment, 'chongqing-patent-a32', 'shandong-patent');
    expect(hit?.clauseId).toBe('shandong-patent-a49');
    expect(hit!.score).toBeGreaterThan(0.8);
    const masked = alignCorpus(local, { maskedEvidence: 0, phrases: false });
    expect(top(masked, 'chongqing-patent-a32', 'shandong-patent')!.score).toBeLessThan(0.5);
  });
});

describe('legal formulae on fixtures', () => {
  const fixture = fixtureCorpus('legal-formulae');
  const scored = alignCorpus(fixture, { minScore: 0 });
  const score = (result: ReturnType<typeof alignCorpus>, a: string, b: string) =>
    result.counterparts[a].flatMap((c) => c.items).find((i) => i.clauseId === b)?.score ?? 0;

  it('scores two penalty articles that share only formulae below the counterpart threshold', () => {
    expect(score(scored, 'fixture-1-1', 'fixture-2-1')).toBeLessThan(alignment.method.minScore);
    expect(
      alignCorpus(fixture)
        .counterparts['fixture-1-1'].flatMap((c) => c.items)
        .map((i) => i.clauseId),
    ).not.toContain('fixture-2-1');
  });

  it('would have made them strong counterparts without the document-frequency rule', () => {
    expect(
      score(alignCorpus(fixture, { minScore: 0, formulaMinDocuments: Infinity }), 'fixture-1-1', 'fixture-2-1'),
    ).toBeGreaterThan(0.4);
  });

  it('keeps two articles sharing 专利权质押贷款 next to the same formula as counterparts, with the provision as shared wording', () => {
    const hit = top(alignCorpus(fixture), 'fixture-1-2', 'fixture-2');
    expect(hit?.clauseId).toBe('fixture-2-2');
    expect(hit!.score).toBeGreaterThan(0.2);
    expect(hit!.passages.map((p) => p.text).join('|')).toContain('专利权质押贷款');
    expect(hit!.passages.map((p) => p.text).join('|')).not.toContain('中华人民共和国');
  });

  it('shares only the specific provision as a phrase', () => {
    expect(alignCorpus(fixture).phrases.map((p) => p.key)).toEqual(['开展专利权质押贷款']);
  });
});
