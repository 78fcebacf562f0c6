import { readFileSync } from 'node:fs';
import { readCorpus } from '../../src/data/published-data.ts';
import { describe, expect, it } from 'vitest';
import { evaluateReferences, loadReferenceGold } from '../../src/eval/evaluate-references.ts';
import { clausesOf } from '../../src/model/walk.ts';

const corpus = readCorpus();
const gold = loadReferenceGold();
const scores = evaluateReferences(corpus, gold);

describe('references on the hand-checked sample', () => {
  it('holds at least 80 references across plans, local regulations and national texts, a quarter or more held out', () => {
    expect(scores['全部'].gold).toBeGreaterThanOrEqual(80);
    expect(scores['held-out'].gold / scores['全部'].gold).toBeGreaterThanOrEqual(0.25);
    for (const family of ['规划与政策文件', '地方法规', '国家法律法规'])
      expect(scores[family].gold).toBeGreaterThanOrEqual(20);
  });

  it('names only clauses, anchors and documents that exist', () => {
    const anchors = new Set(
      corpus.documents.flatMap((doc) => [
        doc.meta.id,
        ...clausesOf(doc.body).flatMap((c) => [c.id, ...(c.parts ?? []).map((p) => p.id)]),
      ]),
    );
    for (const entry of gold) {
      expect(anchors.has(entry.clause), entry.clause).toBe(true);
      for (const [, target] of entry.refs) if (target) expect(anchors.has(target), target).toBe(true);
    }
  });

  it('extracts with precision and recall of at least 0.95 and resolves at least 0.95 right, held-out part included', () => {
    for (const part of ['全部', 'held-out']) {
      expect(scores[part].precision, part).toBeGreaterThanOrEqual(0.95);
      expect(scores[part].recall, part).toBeGreaterThanOrEqual(0.95);
      expect(scores[part].resolution, part).toBeGreaterThanOrEqual(0.95);
    }
  });

  it('are the figures the README states, part by part', () => {
    const readme = readFileSync('README.md', 'utf8');
    const parts: Array<[string, string]> = [
      ['全部', '全部'],
      ['held-out', '留出'],
      ['规划与政策文件', '规划与政策文件'],
      ['地方法规', '地方法规'],
      ['国家法律法规', '国家法律法规'],
    ];
    for (const [part, name] of parts) {
      const s = scores[part];
      expect(readme, part).toContain(
        `| ${name} | ${s.gold} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} | ${s.resolution.toFixed(3)} |`,
      );
    }
  });
});
