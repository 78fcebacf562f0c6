/**
 * Upstream tracing on the real corpus: local clauses linked to the national
 * articles they restate or adapt, labelled 照搬 / 改写 / 本地, shared wording
 * as offsets into both texts; the version of a work chosen by date; the
 * hand-made gold set reached.
 */
import { describe, expect, it } from 'vitest';
import { clausesOf } from '../../src/model/walk.ts';
import { isLegal } from '../../src/model/document-meta.ts';
import type { PolicyDocument } from '../../src/model/types.ts';
import {
  mainObjects,
  tracedDocuments,
  tracedVersions,
  traceUpstream,
  upstreamDefaults,
} from '../../src/pipeline/align/upstream.ts';
import { stockWording } from '../../src/pipeline/align/stock-wording.ts';
import { type DocumentUpstream } from '../../src/data/schemas/upstream.ts';
import { evaluateUpstream, loadUpstreamGold, upstreamTargets } from '../../src/eval/evaluate-upstream.ts';
import { normalizeForAlign } from '../../src/model/normalize-for-align.ts';
import { buildCorpus } from '../../src/pipeline/corpus.ts';
import { toClausesCsv } from '../../src/pipeline/export/csv.ts';
import { parse } from 'csv-parse/sync';
import { tagCorpus } from '../../src/pipeline/tag/tag-corpus.ts';

// Built and tagged as the pipeline does: the IP objects tagged on clauses decide which national laws they are traced in.
const corpus = buildCorpus('content').corpus;
tagCorpus(corpus);
const traced = traceUpstream(corpus);
const byDoc = new Map<string, DocumentUpstream>(traced.map((d) => [d.docId, d]));
const text = new Map(corpus.documents.flatMap((d) => clausesOf(d.body).map((c) => [c.id, c.text])));
const doc = (id: string): PolicyDocument => corpus.documents.find((d) => d.meta.id === id)!;
const national = corpus.documents.filter((d) => d.meta.jurisdiction.level === '国家');

describe('upstream tracing on the real corpus', () => {
  it('traces every clause of every local document, and no national document', () => {
    const locals = corpus.documents.filter((d) => d.meta.jurisdiction.level !== '国家');
    expect(traced.map((d) => d.docId)).toEqual(locals.map((d) => d.meta.id));
    for (const d of locals) {
      const up = byDoc.get(d.meta.id)!;
      expect(Object.keys(up.clauses)).toEqual(clausesOf(d.body).map((c) => c.id));
      expect(up.summary.照搬 + up.summary.改写 + up.summary.本地).toBe(up.summary.clauses);
    }
  });

  it('finds 重庆 第十五条 restating 专利法 第十五条 word for word, the shared wording at the same offsets in both texts, and calls it 改写 since 专利法 2020 took force after 2011', () => {
    const a15 = byDoc.get('chongqing-patent')!.clauses['chongqing-patent-a15'];
    expect(a15.label).toBe('改写');
    const source = a15.sources[0];
    expect(source).toMatchObject({ clauseId: 'national-patent-law-a15', later: true });
    const local = text.get('chongqing-patent-a15')!;
    const law = text.get(source.clauseId)!;
    source.spans.forEach(([s, e], k) => {
      const [ns, ne] = source.sourceSpans[k];
      expect(normalizeForAlign(local.slice(s, e)).text).toBe(normalizeForAlign(law.slice(ns, ne)).text);
    });
    expect(local.slice(...source.spans[0])).toContain('被授予专利权的单位应当对职务发明创造的发明人或者设计人给予奖励');
  });

  it('finds a local regulation restating the national law in force at its date (照搬): 河南省促进科技成果转化条例 2019 and 促进科技成果转化法 2015', () => {
    const a18 = byDoc.get('henan-tech-transfer')!.clauses['henan-tech-transfer-a18'];
    expect(a18).toMatchObject({ label: '照搬', sources: [{ docId: 'national-tech-transfer-law', later: false }] });
  });

  it('never traces an entry into force (本条例自…起施行) to a national text', () => {
    expect(byDoc.get('shanghai-patent')!.clauses['shanghai-patent-a34']).toEqual({ label: '本地', sources: [] });
  });

  it('labels an adapted provision 改写 and a local fund 本地: 宁波 第十二条 (报酬 from 实施细则 2010 第七十八条), 宁波 第五条', () => {
    const ningbo = byDoc.get('ningbo-patent')!.clauses;
    expect(ningbo['ningbo-patent-a12']).toMatchObject({
      label: '改写',
      sources: [{ clauseId: 'national-patent-rules-2010-a78' }],
    });
    expect(ningbo['ningbo-patent-a5']).toEqual({ label: '本地', sources: [] });
  });

  it('links 重庆 第三十二条 to 专利法 第八十条 alone: 第七十八条 and 第六十八条 share nothing with it but 构成犯罪的，依法追究刑事责任', () => {
    const a32 = byDoc.get('chongqing-patent')!.clauses['chongqing-patent-a32'];
    expect(a32.sources.map((s) => s.clauseId)).toEqual(['national-patent-law-a80']);
  });

  it('lists 专利法 第七十条 as the one source of 河南 第二十二条, not the neighbouring articles that share only 专利权人或者利害关系人', () => {
    const a22 = byDoc.get('henan-patent')!.clauses['henan-patent-a22'];
    expect(a22).toMatchObject({ label: '改写', sources: [{ clauseId: 'national-patent-law-a70' }] });
    expect(a22.sources).toHaveLength(1);
  });

  it('keeps a second source that adds its own provision: 洛阳 第十二条 draws on 实施细则 2010 第七十七条 (奖金) and 第七十八条 (报酬)', () => {
    const a12 = byDoc.get('luoyang-patent')!.clauses['luoyang-patent-a12'];
    expect(a12.sources.map((s) => s.clauseId)).toEqual([
      'national-patent-rules-2010-a77',
      'national-patent-rules-2010-a78',
    ]);
  });

  it('lists the same provision in two national texts, where only neighbours in one text are held back: 山东 第三十条 (专利标识) draws on 专利法 第十六条 and 实施细则 2010 第八十三条', () => {
    const ids = byDoc.get('shandong-patent')!.clauses['shandong-patent-a30'].sources.map((s) => s.clauseId);
    expect(ids).toContain('national-patent-law-a16');
    expect(ids).toContain('national-patent-rules-2010-a83');
  });

  it('gives 浙江 第六条 (专利执法机制) no source: 保护专利权人的合法权益, one phrase of 专利法 第一条, is no shared provision', () => {
    expect(byDoc.get('zhejiang-patent')!.clauses['zhejiang-patent-a6']).toEqual({ label: '本地', sources: [] });
  });

  it(`gives every source at least ${upstreamDefaults.minSpecific} characters of specific shared wording, none of it stock`, () => {
    const units = corpus.documents.flatMap((d) =>
      clausesOf(d.body).map((clause) => ({
        clause,
        docId: d.meta.id,
        group: d.meta.jurisdiction.level === '国家' ? d.meta.id : '',
        legal: isLegal(d.meta),
        norm: normalizeForAlign(clause.text),
        mask: new Uint8Array(0),
      })),
    );
    const isStock = stockWording(
      units.filter((u) => u.group !== ''),
      units.filter((u) => u.group === ''),
      upstreamDefaults.stockArticles,
    );
    let sources = 0;
    for (const up of traced) {
      const tracedIn = new Set(up.traced);
      for (const [id, c] of Object.entries(up.clauses))
        for (const s of c.sources) {
          const wording = new Set(
            s.spans
              .map(([a, e]) => normalizeForAlign(text.get(id)!.slice(a, e)).text)
              .filter((w) => !isStock(w, tracedIn)),
          );
          expect([...wording].join('').length, `${id} → ${s.clauseId}`).toBeGreaterThanOrEqual(
            upstreamDefaults.minSpecific,
          );
          sources++;
        }
    }
    expect(sources).toBeGreaterThan(300);
  });

  it('traces a text in the version in force at its date, in every version when its date is unknown', () => {
    const ids = (id: string) => tracedDocuments(doc(id), national).filter((n) => n.startsWith('national-patent-rules'));
    expect(ids('chongqing-patent')).toEqual(['national-patent-rules-2010']); // 2011
    expect(ids('henan-patent')).toEqual(['national-patent-rules-2010']); // 2005: older than both, the earliest
    expect(ids('chongqing')).toEqual(['national-patent-rules-2023']); // 2024
    expect(ids('shanghai-patent')).toEqual(['national-patent-rules-2010']); // in force 2002: older than both, the earliest
    const undated = { ...doc('shanghai-patent'), meta: { ...doc('shanghai-patent').meta, dates: [] } };
    expect(tracedDocuments(undated, national).filter((n) => n.startsWith('national-patent-rules'))).toEqual([
      'national-patent-rules-2010',
      'national-patent-rules-2023',
    ]); // no date
  });

  it('compares a text with the national version in force on its date, by 施行 dates, and claims no 照搬 from a later version', () => {
    const national2 = corpus.documents.filter((d) => d.meta.jurisdiction.level === '国家');
    // 专利法 2020 was adopted 2020-10-17 and took effect 2021-06-01; 浙江省专利条例 dates from 2015.
    expect(tracedVersions(doc('zhejiang-patent'), national2).later).toContain('national-patent-law');
    expect(tracedVersions(doc('guangdong-ip'), national2).later).not.toContain('national-patent-law');
    const zhejiang = byDoc.get('zhejiang-patent')!;
    expect(zhejiang.later).toContain('national-patent-law');
    const a21 = zhejiang.clauses['zhejiang-patent-a21'];
    // The same provision in 专利法 2020 (第六十五条) is listed as later; 第五十二条 (开放许可), which shares only the negotiation formula, is not.
    expect(a21.sources.filter((s) => s.later).map((s) => s.clauseId)).toEqual(['national-patent-law-a65']);
    // Its 照搬 rests on wording in force in 2015: 国防专利条例 (2004) 第三十二条, not on 专利法 2020.
    expect(a21.sources.filter((s) => !s.later && s.share >= 0.6).map((s) => s.docId)).toEqual([
      'national-defence-patents',
    ]);
    for (const up of traced)
      for (const c of Object.values(up.clauses))
        if (c.label === '照搬') expect(c.sources.some((s) => !s.later && s.share >= 0.6)).toBe(true);
  });

  it('never gives a patent clause a source in a national text about another kind of IP (商标法, 著作权法, 植物新品种)', () => {
    const objectsOf = new Map(national.map((d) => [d.meta.id, mainObjects(d)]));
    for (const up of traced) {
      for (const [id, c] of Object.entries(up.clauses)) {
        const clause = clausesOf(doc(up.docId).body).find((x) => x.id === id)!;
        const ids = clause.objects.map((o) => o.id);
        if (ids.length === 1 && ids[0] === 'patent') {
          expect(
            c.sources
              .filter((s) => objectsOf.get(s.docId)!.size > 0 && !objectsOf.get(s.docId)!.has('patent'))
              .map((s) => s.clauseId),
            id,
          ).toEqual([]);
        }
      }
    }
  });

  it(`reaches the targets on the hand-made gold set: link precision ≥ ${upstreamTargets.precision}, recall ≥ ${upstreamTargets.recall}, label accuracy ≥ ${upstreamTargets.labelAccuracy}`, () => {
    const gold = loadUpstreamGold();
    expect(gold.clauses.length).toBeGreaterThanOrEqual(40);
    const scores = evaluateUpstream(corpus, gold);
    expect(scores.all.precision).toBeGreaterThanOrEqual(upstreamTargets.precision);
    expect(scores.all.recall).toBeGreaterThanOrEqual(upstreamTargets.recall);
    expect(scores.all.labelAccuracy).toBeGreaterThanOrEqual(upstreamTargets.labelAccuracy);
  });
});

describe('upstream tracing in clauses.csv', () => {
  it('gives each local clause its label and sources, cited by title and article number and by id; national clauses none', () => {
    const rows = parse(toClausesCsv(corpus, undefined, traced).replace(/^\uFEFF/, ''), { columns: true }) as Array<
      Record<string, string>
    >;
    expect(rows.find((r) => r.条款id === 'chongqing-patent-a15')).toMatchObject({
      上游关系: '改写',
      上游来源: '中华人民共和国专利法第十五条',
      上游来源id: 'national-patent-law-a15',
    });
    expect(rows.find((r) => r.条款id === 'ningbo-patent-a12')).toMatchObject({
      上游关系: '改写',
      上游来源: '中华人民共和国专利法实施细则（2010）第七十八条',
    });
    expect(rows.find((r) => r.条款id === 'ningbo-patent-a5')).toMatchObject({
      上游关系: '本地',
      上游来源: '',
      上游来源id: '',
    });
    expect(rows.filter((r) => r.文件id.startsWith('national-')).every((r) => r.上游关系 === '')).toBe(true);
  });
});

describe('upstream tracing without a national layer', () => {
  it('traces nothing', () => {
    expect(
      traceUpstream({ ...corpus, documents: corpus.documents.filter((d) => d.meta.jurisdiction.level !== '国家') }),
    ).toEqual([]);
  });
});
