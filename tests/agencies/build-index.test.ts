import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadAgencyAliases } from '../../src/pipeline/agencies/aliases.ts';
import { buildAgencyIndex } from '../../src/pipeline/agencies/build-index.ts';
import { noteGroups } from '../../src/pipeline/agencies/note-groups.ts';
import { realCorpus } from '../targets/corpus.ts';

interface Counts {
  lead: number;
  participating: number;
  collective?: boolean;
  group?: string;
}
const expected = parse(readFileSync('tests/agencies/expected.yaml', 'utf8')) as Record<
  string,
  { unassigned: number; total: number; agencies: Record<string, Counts> }
>;
const index = buildAgencyIndex(realCorpus(), loadAgencyAliases('content'));
const responsible = (docId: string) =>
  index.documents.find((d) => d.docId === docId)!.agencies.filter((a) => a.lead.length + a.participating.length > 0);

describe('agency index of the five documents', () => {
  for (const [docId, want] of Object.entries(expected)) {
    it(`counts the clauses each unit of ${docId} leads and takes part in (hand-counted)`, () => {
      const doc = index.documents.find((d) => d.docId === docId)!;
      expect(doc.unassigned.length).toBe(want.unassigned);
      expect(responsible(docId).length).toBe(want.total);
      for (const [name, counts] of Object.entries(want.agencies)) {
        const agency = doc.agencies.find((a) => a.name === name);
        expect(agency, name).toBeDefined();
        expect([agency!.lead.length, agency!.participating.length], name).toEqual([counts.lead, counts.participating]);
        expect(agency!.collective, name).toBe(counts.collective ?? false);
        expect(agency!.group, name).toBe(counts.group ?? 'local');
      }
    });
  }

  it('names a unit on nearly every task of 威海 and 重庆', () => {
    for (const [docId, tasks] of [
      ['weihai', 14],
      ['chongqing', 17],
    ] as const) {
      const doc = index.documents.find((d) => d.docId === docId)!;
      expect(doc.clauses - doc.unassigned.length).toBe(tasks);
      const leads = responsible(docId).reduce((n, a) => n + (!a.group || a.group === 'local' ? a.lead.length : 0), 0);
      expect(leads).toBe(tasks); // one local lead per task
    }
  });

  it('keeps every 重庆 central body in the national group and every 洛龙区 unit under its 区 name', () => {
    const national = responsible('chongqing').filter((a) => a.group === 'national');
    expect(national.length).toBe(13);
    for (const a of national) expect(a.name.startsWith('国家知识产权局')).toBe(true);
    for (const a of responsible('luolong')) expect(a.name.startsWith('区')).toBe(true);
  });

  it('records text mentions apart from responsibility: 威海 四、（三） names 市市场监管局', () => {
    const agency = index.documents.find((d) => d.docId === 'weihai')!.agencies.find((a) => a.name === '市市场监管局')!;
    expect(agency.mentioned).toEqual(['weihai-4-3']);
  });
});

describe('noteGroups', () => {
  it('splits a 重庆 note at the ； into city and central groups', () => {
    const note =
      '〔责任单位：市知识产权局、市司法局，各区县（自治县，以下简称区县）政府；国家知识产权局条法司、联席办〕';
    expect(
      noteGroups(note, [
        '市知识产权局',
        '市司法局',
        '各区县（自治县，以下简称区县）政府',
        '国家知识产权局条法司',
        '联席办',
      ]),
    ).toEqual([
      { national: false, units: ['市知识产权局', '市司法局', '各区县（自治县，以下简称区县）政府'] },
      { national: true, units: ['国家知识产权局条法司', '联席办'] },
    ]);
  });

  it('falls back to one group when the note does not split into the clause agencies', () => {
    expect(noteGroups('（责任单位：市法院、市检察院）', ['市法院'])).toEqual([{ national: false, units: ['市法院'] }]);
    expect(noteGroups(null, [])).toEqual([]);
  });
});
