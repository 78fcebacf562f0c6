import { describe, expect, it } from 'vitest';
import { syntheticCorpus } from '../../scripts/bench/synthetic-corpus.ts';
import { clausesOf } from '../../src/model/walk.ts';
import { realCorpus } from './fixture-corpus.ts';

describe('synthetic corpus for the alignment benchmark', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = JSON.stringify(syntheticCorpus(realCorpus(), 12, 7));
    expect(JSON.stringify(syntheticCorpus(realCorpus(), 12, 7))).toBe(a);
    expect(JSON.stringify(syntheticCorpus(realCorpus(), 12, 8))).not.toBe(a);
  });

  it('has the requested number of documents, one city each, with unique clause ids', () => {
    const corpus = syntheticCorpus(realCorpus(), 30);
    expect(corpus.documents).toHaveLength(30);
    expect(new Set(corpus.documents.map((d) => d.meta.jurisdiction.name)).size).toBe(30);
    const ids = corpus.documents.flatMap((d) => clausesOf(d.body).map((c) => c.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
