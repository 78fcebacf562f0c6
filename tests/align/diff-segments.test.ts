import { describe, expect, it } from 'vitest';
import { diffSegments } from '../../src/browser/diff-segments.ts';
import { clausesOf } from '../../src/model/walk.ts';
import { realCorpus } from './fixture-corpus.ts';

const clause = (id: string) =>
  realCorpus()
    .documents.flatMap((d) => clausesOf(d.body))
    .find((c) => c.id === id)!;

describe('clause diff segments', () => {
  const a = clause('weihai-3-3');
  const b = clause('ningbo-2-1');
  const { left, right } = diffSegments(a, b);

  it('rebuilds both texts exactly from their segments', () => {
    expect(left.map((s) => s.text).join('')).toBe(a.text);
    expect(right.map((s) => s.text).join('')).toBe(b.text);
  });

  it('marks 技术调查官 as shared on both sides even though the two clauses put it in a different order', () => {
    expect(
      left
        .filter((s) => s.shared)
        .map((s) => s.text)
        .join('|'),
    ).toContain('技术调查官');
    expect(
      right
        .filter((s) => s.shared)
        .map((s) => s.text)
        .join('|'),
    ).toContain('技术调查官');
  });

  it('marks wording only one side has as a difference', () => {
    expect(
      right
        .filter((s) => !s.shared)
        .map((s) => s.text)
        .join(''),
    ).toContain('开展诉源治理');
  });
});
