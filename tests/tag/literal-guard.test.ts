import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/pipeline/corpus.ts';
import { clausesOf } from '../../src/model/walk.ts';
import { guard, mayMatch, requiredLiterals } from '../../src/pipeline/tag/literal-guard.ts';
import { loadTaxonomy } from '../../src/pipeline/tag/load-taxonomy.ts';

describe('literals a match needs', () => {
  it('joins the known strings of a run of elements, through optional parts and a lookahead', () => {
    const [needs] = requiredLiterals(/[^。；，]{0,30}(?=(等)?(人员|专业人才)(的专业能力|培训))/u);
    expect(needs.sort()).toEqual(
      ['人员培训', '人员的专业能力', '专业人才培训', '专业人才的专业能力'].flatMap((s) => [s, `等${s}`]).sort(),
    );
  });

  it('needs, for a choice of alternatives, one literal of any of them', () => {
    expect(requiredLiterals(/[^，。]*(转让|许可)[^，。]*的[，。]|计入成本/u)).toEqual([
      ['转让', '许可', '计入成本'],
      ['的，', '的。', '计入成本'],
    ]);
  });

  it('needs nothing where a part is unknown or case folds', () => {
    expect(requiredLiterals(/[^。]{0,8}|专利/u)).toEqual([]);
    expect(requiredLiterals(/patent/iu)).toEqual([]);
  });

  it('guards only patterns that can begin anywhere: not those starting with a literal or ^', () => {
    expect(guard(/[^。；，]{0,10}(经费|事业费)中列支/u).needs).toEqual([['经费中列支', '事业费中列支']]);
    expect(guard(/(?<=(试点|示范))园区/u).needs).toEqual([['园区'], ['试点', '示范']]);
    expect(guard(/处[^。；]{0,30}罚款/u).needs).toEqual([]);
    expect(guard(/^[^。；，]{0,10}工作/u).needs).toEqual([]);
  });

  it('never rules out a place that a taxonomy pattern matches, on every place of the real clauses', () => {
    const { themes, objects, instruments } = loadTaxonomy();
    const sources = [themes, objects, instruments].flatMap((file) => [
      ...file.passing.map((p) => p.pattern),
      ...file.damping.map((d) => d.pattern),
      ...file.labels.flatMap((label) => label.rules.map((r) => r.pattern)),
    ]);
    const strength = instruments.strength!;
    sources.push(
      ...[...strength.none, ...strength.passing, ...strength.levels.flatMap((l) => l.patterns)].map((p) => p.pattern),
    );
    const places = new Set(
      buildCorpus('content')
        .corpus.documents.flatMap((d) => clausesOf(d.body))
        .flatMap((c) => [c.text, c.title ?? '', c.headings.join('\n')]),
    );
    let ruledOut = 0;
    for (const source of sources) {
      const re = new RegExp(source, 'u');
      const needs = requiredLiterals(re);
      for (const text of places)
        if (!mayMatch(needs, text)) {
          ruledOut += 1;
          expect(re.test(text), `${source} on ${text}`).toBe(false);
        }
    }
    expect(ruledOut).toBeGreaterThan(sources.length * places.size * 0.5);
  });
});
