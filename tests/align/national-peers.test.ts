/**
 * Counterparts among national texts: each national clause compared with
 * the other national texts of its legal category, never with its own
 * work's other version, never across categories.
 */
import { describe, expect, it } from 'vitest';
import { clausesOf } from '../../src/model/walk.ts';
import { nationalCounterparts } from '../../src/pipeline/align/national-peers.ts';
import { realCorpus } from './fixture-corpus.ts';

const corpus = realCorpus();
const { counterparts } = nationalCounterparts(corpus);
const docOf = new Map(corpus.documents.map((d) => [d.meta.id, d.meta]));
const clauseDoc = new Map(corpus.documents.flatMap((d) => clausesOf(d.body).map((c) => [c.id, d.meta.id] as const)));

describe('national counterparts', () => {
  it('finds the parallel articles of the two 侵犯专利权纠纷 interpretations', () => {
    const lists = Object.entries(counterparts).filter(([id]) => id.startsWith('spc-patent-infringement-2-'));
    expect(lists.some(([, l]) => l.some((list) => list.docId === 'spc-patent-infringement-1'))).toBe(true);
  });

  it('compares only within one category and never with another version of the same work', () => {
    for (const [id, lists] of Object.entries(counterparts)) {
      const own = docOf.get(clauseDoc.get(id)!)!;
      expect(own.jurisdiction.level).toBe('国家');
      for (const list of lists) {
        expect(docOf.get(list.docId)!.category, `${id} → ${list.docId}`).toBe(own.category);
        if (own.work) expect(docOf.get(list.docId)!.work).not.toBe(own.work);
      }
    }
  });
});
