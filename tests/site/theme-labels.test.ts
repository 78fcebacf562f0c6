import { describe, expect, it } from 'vitest';
import { OBJECTS, THEMES } from '../../src/site/theme-labels.ts';
import { objects, themes } from '../../src/site/taxonomy.ts';

// The browser bundles carry theme-labels.ts (no YAML parser on the client);
// the taxonomy data stays the one source, and this test keeps the two equal.
describe('browser label list', () => {
  it('has the taxonomy’s themes and objects, with the same ids, order and labels', () => {
    const pick = (list: ReadonlyArray<{ id: string; zh: string; en: string }>) => list.map(({ id, zh, en }) => ({ id, zh, en }));
    expect(pick(THEMES)).toEqual(pick(themes));
    expect(pick(OBJECTS)).toEqual(pick(objects));
  });
});
