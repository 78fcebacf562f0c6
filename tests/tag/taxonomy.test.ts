import { describe, expect, it } from 'vitest';
import { loadTaxonomy, readTaxonomyFile, TaxonomyError } from '../../src/pipeline/tag/load-taxonomy.ts';

const fixture = (name: string): string => `tests/tag/fixtures/${name}/themes.yaml`;

/** The message a fixture's load fails with. */
function loadError(name: string): string {
  try {
    readTaxonomyFile(fixture(name));
  } catch (error) {
    return (error as Error).message;
  }
  return '';
}

describe('taxonomy data', () => {
  it('loads the nine themes and eight IP objects of the product decision', () => {
    const taxonomy = loadTaxonomy();
    expect(taxonomy.themes.labels.map((l) => l.id)).toEqual([
      'creation',
      'use',
      'protection',
      'management',
      'service',
      'talent',
      'culture',
      'international',
      'safeguards',
    ]);
    expect(taxonomy.objects.labels.map((l) => l.id)).toEqual([
      'patent',
      'trademark',
      'copyright',
      'gi',
      'trade-secret',
      'plant-variety',
      'data',
      'traditional',
    ]);
  });

  it('names the file, the entry and the field when a weight is not a number', () => {
    expect(() => readTaxonomyFile(fixture('bad-weight'))).toThrow(TaxonomyError);
    expect(() => readTaxonomyFile(fixture('bad-weight'))).toThrow(
      /tests\/tag\/fixtures\/bad-weight\/themes\.yaml: labels\[0\] \(creation\) › terms › 高价值专利: Expected number, received string/,
    );
  });

  it('reports a broken pattern and a duplicate id, each with its entry', () => {
    const message = loadError('bad-pattern');
    expect(message).toContain(
      'bad-pattern/themes.yaml: labels[0] (safeguards) › rules[0] › pattern: Unexpected pattern, expected a valid regular expression',
    );
    expect(message).toContain('labels[1] (safeguards) › id: Unexpected duplicate id `safeguards`');
  });

  it('requires every rule and damping entry to say in Chinese what it recognises, naming the entry', () => {
    const message = loadError('missing-note');
    expect(message).toContain('missing-note/themes.yaml: labels[0] (safeguards) › rules[0] › zh: Required');
    expect(message).toContain('labels[0] (safeguards) › rules[1] › zh: expected a Chinese note for readers');
    expect(message).toContain('damping[0] › zh: Required');
  });

  it('gives every rule of the real taxonomy a Chinese note', () => {
    const taxonomy = loadTaxonomy();
    const rules = [taxonomy.themes, taxonomy.objects, taxonomy.instruments].flatMap((file) => [
      ...file.labels.flatMap((l) => l.rules),
      ...file.damping,
    ]);
    expect(rules.length).toBeGreaterThan(70);
    for (const rule of rules) expect(rule.zh, rule.id).toMatch(/\p{Script=Han}{4}/u);
  });
});
