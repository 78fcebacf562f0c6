import { readCatalog, readCorpus } from '../../src/data/published-data.ts';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/data/schemas/catalog.ts';
import { clausesOf } from '../../src/model/walk.ts';
import { evidenceText } from '../../src/site/evidence.ts';
import { ensureCorpus } from './build-site.ts';

ensureCorpus();
const clause = (docId: string, id: string) =>
  clausesOf(readCorpus().documents.find((d) => d.meta.id === docId)!.body).find((c) => c.id === id)!;

describe("a label's evidence as a reader reads it", () => {
  it('names the matched words, then what each rule recognises, never a rule id (北京 第十九条, 保护)', () => {
    const protection = clause('beijing-patent', 'beijing-patent-a19').themes.find((t) => t.id === 'protection')!;
    const text = evidenceText('themes', protection);
    expect(text).toBe('依据用语：假冒专利、侵权、违法行为；依据规则：罚款、没收、责令改正等行政处罚，属于执法保护');
    expect(text).not.toMatch(/[a-z]/);
  });

  it('says each word and each rule once, and nothing for a label without evidence', () => {
    const notes: Catalog['taxonomy']['rules'] = {
      themes: { budget: '工作经费纳入预算' },
      objects: {},
      instruments: {},
    };
    const label = {
      id: 'safeguards',
      score: 6,
      evidence: [
        { term: '经费', where: 'text', weight: 2 },
        { term: '经费', where: 'heading', weight: 1 },
        { term: 'budget', where: 'rule', weight: 3 },
      ],
    };
    expect(evidenceText('themes', label, notes)).toBe('依据用语：经费；依据规则：工作经费纳入预算');
    expect(evidenceText('themes', { ...label, evidence: [] }, notes)).toBe('');
  });

  it('stops the build, with the fix, when the catalogue lacks a rule the corpus names', () => {
    const label = { id: 'safeguards', score: 3, evidence: [{ term: 'new-rule', where: 'rule', weight: 3 }] };
    expect(() => evidenceText('themes', label, readCatalog().taxonomy.rules)).toThrow(/new-rule.*npm run build:corpus/);
  });
});
