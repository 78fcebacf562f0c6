/**
 * The learned labeller's parts on small data: logistic regression learns a
 * separable label deterministically; thresholds come from the F1-best cut;
 * a label set keeps labels by threshold (multi) or the best candidate
 * (single) and names the features that weighed most.
 */
import { describe, expect, it } from 'vitest';
import { probability, trainLogistic, type SparseRow } from '../../src/pipeline/tag/logistic.ts';
import { bestThreshold, predictLabels, trainLabelSet, type Example } from '../../src/pipeline/tag/label-model.ts';
import { clauseFeatures, featuresFor } from '../../src/pipeline/tag/clause-features.ts';

const row = (index: number[]): SparseRow => ({
  index: Int32Array.from(index),
  value: Float64Array.from(index, () => 1),
});

describe('logistic regression', () => {
  const rows = [row([0, 2]), row([0, 3]), row([1, 2]), row([1, 3]), row([0]), row([1])];
  const y = [1, 1, 0, 0, 1, 0];

  it('learns that feature 0 means the label and feature 1 means its absence', () => {
    const model = trainLogistic(rows, y, 4);
    expect(model.weights[0]).toBeGreaterThan(0);
    expect(model.weights[1]).toBeLessThan(0);
    expect(probability(model, row([0]))).toBeGreaterThan(0.8);
    expect(probability(model, row([1]))).toBeLessThan(0.2);
  });

  it('gives the same weights, bit for bit, on the same rows', () => {
    expect(trainLogistic(rows, y, 4)).toEqual(trainLogistic(rows, y, 4));
  });

  it('ignores feature indexes beyond the model (words it never saw)', () => {
    const model = trainLogistic(rows, y, 4);
    expect(probability(model, row([0, 99]))).toBe(probability(model, row([0])));
  });
});

describe('thresholds from held-out probabilities', () => {
  it('picks the cut with the best F1', () => {
    const scored: Array<[number, boolean]> = [
      [0.35, true],
      [0.4, true],
      [0.45, true],
      [0.2, false],
      [0.25, false],
      [0.9, true],
    ];
    expect(bestThreshold(scored)).toBeGreaterThan(0.25);
    expect(bestThreshold(scored)).toBeLessThanOrEqual(0.35);
  });

  it('keeps 0.5 for a label with fewer than three gold clauses', () => {
    expect(
      bestThreshold([
        [0.9, true],
        [0.1, false],
      ]),
    ).toBe(0.5);
  });
});

describe('a label set', () => {
  const example = (id: string, document: string, words: string[], labels: string[]): Example => ({
    id,
    document,
    labels,
    features: new Map(words.map((w) => [`w:${w}`, 1])),
  });
  const examples = ['a', 'b', 'c', 'd'].flatMap((doc) => [
    example(`${doc}-1`, doc, ['质押融资', '推动'], ['use']),
    example(`${doc}-2`, doc, ['侵权', '查处'], ['protection']),
    example(`${doc}-3`, doc, ['质押融资', '侵权'], ['use', 'protection']),
    example(`${doc}-4`, doc, ['人才', '培养'], []),
  ]);

  it('gives every label whose probability reaches its threshold, most probable first, with the words that weighed most', () => {
    const model = trainLabelSet('multi', ['use', 'protection'], examples);
    const labels = predictLabels(model, new Map([['w:质押融资', 1]]));
    expect(labels.map((l) => l.id)).toEqual(['use']);
    expect(labels[0].signals[0].feature).toBe('w:质押融资');
    expect(predictLabels(model, new Map([['w:人才', 1]]))).toEqual([]);
  });

  it('gives exactly one label among the candidates in a single-label set', () => {
    const model = trainLabelSet(
      'single',
      ['use', 'protection'],
      examples.filter((e) => e.labels.length === 1),
    );
    expect(predictLabels(model, new Map([['w:侵权', 1]])).map((l) => l.id)).toEqual(['protection']);
    expect(predictLabels(model, new Map([['w:侵权', 1]]), { candidates: ['use'] }).map((l) => l.id)).toEqual(['use']);
  });

  it('leaves a label the gold shows in one document only to the rules: given where they give it, never by the model', () => {
    const rare = [
      ...examples,
      example('a-5', 'a', ['外观设计', '保护'], ['design']),
      example('a-6', 'a', ['外观设计', '推动'], ['design']),
      example('a-7', 'a', ['外观设计'], ['design']),
    ];
    const model = trainLabelSet('multi', ['use', 'protection', 'design'], rare);
    const words = new Map([['w:外观设计', 1]]);
    expect(predictLabels(model, words).map((l) => l.id)).toEqual([]);
    const ruled = predictLabels(model, words, { rules: ['design'] });
    expect(ruled).toEqual([expect.objectContaining({ id: 'design', rule: true, signals: [] })]);
    const single = trainLabelSet('single', ['use', 'protection', 'design'], rare);
    expect(predictLabels(single, words, { rules: ['design'] }).map((l) => [l.id, l.rule])).toEqual([['design', true]]);
    expect(predictLabels(single, words, { rules: ['use'] })[0].rule).toBeUndefined();
  });

  it('weighs a label fact the same for every label, so a label learns it from the others', () => {
    const withFacts = ['a', 'b', 'c', 'd'].flatMap((doc) => [
      { ...example(`${doc}-1`, doc, ['条例'], ['use']), facts: new Map([['use', new Map([['own:title', 1]])]]) },
      {
        ...example(`${doc}-2`, doc, ['条例'], ['protection']),
        facts: new Map([['protection', new Map([['own:title', 1]])]]),
      },
      example(`${doc}-3`, doc, ['人才'], ['talent']),
      example(`${doc}-4`, doc, ['条例'], []),
    ]);
    const model = trainLabelSet('multi', ['use', 'protection', 'talent'], withFacts);
    const talent = (facts?: Map<string, Map<string, number>>): number =>
      predictLabels(model, new Map([['w:条例', 1]]), { facts }).find((l) => l.id === 'talent')?.probability ?? 0;
    const told = predictLabels(model, new Map([['w:条例', 1]]), {
      facts: new Map([['talent', new Map([['own:title', 1]])]]),
    });
    expect(told.map((l) => l.id)).toContain('talent');
    expect(told.find((l) => l.id === 'talent')!.signals.map((s) => s.feature)).toContain('own:title');
    expect(talent()).toBe(0);
  });
});

describe('clause features', () => {
  it('reads words, bigrams, headings, genre, level and the rules’ labels of a clause', () => {
    const clause = {
      text: '推动知识产权质押融资。',
      title: null,
      headings: ['二、促进知识产权运用'],
      themes: [{ id: 'use', score: 3, evidence: [] }],
      objects: [],
      instruments: [],
      strength: { id: 'directive' as const, evidence: '推动' },
      role: { id: 'tasks', rule: 'heading' as const, evidence: '' },
    };
    const features = clauseFeatures({ clause, family: '政策文件', level: '地级市' });
    for (const name of [
      'w:质押融资',
      'c:质押',
      'h:运用',
      'fam:政策文件',
      'lvl:地级市',
      'rule:themes:use',
      'rule:strength:directive',
      'rule:role:tasks',
      's:推动',
    ])
      expect(features.has(name), name).toBe(true);
    expect(features.has('w:。')).toBe(false);
    expect([...features.keys()].some((k) => k.startsWith('国家|'))).toBe(false);
    const national = clauseFeatures({ clause, family: '法律法规', level: '国家' });
    expect(national.get('国家|w:质押融资')).toBe(national.get('w:质押融资'));
    expect(national.has('国家|rule:themes:use')).toBe(true);
  });

  const article = (text: string) => ({
    text,
    title: null,
    headings: [],
    themes: [],
    objects: [],
    instruments: [],
    strength: null,
    role: undefined,
  });

  it('names whom each modal verb binds: the word before it, or the sentence’s first word after a pause', () => {
    const court = clauseFeatures({
      clause: article('人民法院可以根据当事人的请求，判决侵权人停止使用该商业秘密。'),
      family: '法律法规',
      level: '国家',
    });
    expect(court.has('a:人民法院')).toBe(true);
    expect(court.has('a:当事人')).toBe(false);
    const applicant = clauseFeatures({
      clause: article('申请人申请行为保全的，应当依法提供担保。'),
      family: '法律法规',
      level: '国家',
    });
    expect([...applicant.keys()].filter((k) => k.startsWith('a:'))).toEqual(['a:申请人']);
    const none = clauseFeatures({ clause: article('本条例自2006年3月1日起施行。'), family: '法律法规', level: '省' });
    expect([...none.keys()].some((k) => k.startsWith('a:'))).toBe(false);
  });

  it('places a clause in its document: its fifth, and the first and last two', () => {
    const at = (index: number, count: number): string[] =>
      [
        ...clauseFeatures({
          clause: article('本条例自公布之日起施行。'),
          family: '法律法规',
          level: '省',
          position: { index, count },
        }).keys(),
      ].filter((k) => k.startsWith('pos:'));
    expect(at(0, 40)).toEqual(['pos:0', 'pos:first0']);
    expect(at(1, 40)).toEqual(['pos:0', 'pos:first1']);
    expect(at(20, 40)).toEqual(['pos:2']);
    expect(at(39, 40)).toEqual(['pos:4', 'pos:last0']);
    expect(at(0, 1)).toEqual(['pos:0', 'pos:first0', 'pos:last0']);
    expect(clauseFeatures({ clause: article('施行。'), family: '法律法规', level: '省' }).has('pos:0')).toBe(false);
  });

  it('gives whom a modal binds and the place in the document to roles and strength only, national copies included', () => {
    const features = clauseFeatures({
      clause: article('人民法院可以采取保全措施。'),
      family: '法律法规',
      level: '国家',
      position: { index: 3, count: 20 },
    });
    const kinds = (set: 'themes' | 'objects' | 'instruments' | 'strength' | 'roles'): string[] =>
      [...featuresFor(features, set).keys()].filter((k) => /^(国家\|)?(a|pos):/u.test(k));
    for (const set of ['roles', 'strength'] as const)
      expect(kinds(set).sort()).toEqual(['a:人民法院', 'pos:0', '国家|a:人民法院', '国家|pos:0']);
    for (const set of ['themes', 'objects', 'instruments'] as const) expect(kinds(set)).toEqual([]);
    expect(featuresFor(features, 'themes').get('w:保全')).toBe(features.get('w:保全'));
  });
});
