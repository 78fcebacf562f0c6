import { describe, expect, it } from 'vitest';
import { searchIndexFiles } from '../../scripts/search/build-index.ts';
import { readCatalog, readCorpus } from '../../src/data/published-data.ts';
import { countOccurrences, leftKey, occurrences } from '../../src/search/browser/concordance.ts';
import { countTable, documentCharacters, totals } from '../../src/search/browser/concordance-counts.ts';
import { groupOfClauses } from '../../src/search/shared/index-data.ts';
import { searchRecords } from '../../src/search/build/records.ts';

const catalog = readCatalog();
const records = searchRecords(readCorpus(), catalog);
const files = searchIndexFiles(records, catalog, '/');
const groupOf = groupOfClauses(files.core);
const docOf = (ordinal: number): number => files.core.groups[groupOf[ordinal]][0];

/** What the page gets from the index for a term: clause ordinal → occurrences, found here by a plain substring count. */
function found(term: string): Map<number, number> {
  return new Map(
    records.map((record, ordinal) => [ordinal, countOccurrences(record.text, term)] as const).filter(([, n]) => n > 0),
  );
}

describe('concordance lines', () => {
  it('lists every occurrence with 20 characters each side, line breaks as spaces, offsets in the text', () => {
    const text = '第一款。\n以专利权质押融资的，应当登记；质押融资风险补偿。';
    const lines = occurrences(text, '质押融资');
    expect(lines.map((line) => line.at)).toEqual([9, 20]);
    expect(lines[0]).toEqual({
      at: 9,
      left: '第一款。 以专利权',
      match: '质押融资',
      right: '的，应当登记；质押融资风险补偿。',
    });
    expect(occurrences('x'.repeat(30) + '质押' + 'y'.repeat(30), '质押')[0].left).toBe('x'.repeat(20));
  });

  it('finds Latin terms whatever their case or width, keeping them as written', () => {
    expect(occurrences('推进ＰＣＴ国际申请和pct检索', 'pct').map((line) => line.match)).toEqual(['ＰＣＴ', 'pct']);
  });

  it('counts overlapping occurrences, as consecutive index tokens match them', () => {
    expect(countOccurrences('产产产', '产产')).toBe(2);
    expect(occurrences('产产产', '产产')).toHaveLength(2);
    expect(countOccurrences('任何文字', '')).toBe(0);
  });

  it('sorts left contexts from the term outwards', () => {
    // The character next to the term decides first: …a|term before …b|term.
    expect(['ab', 'ba'].sort((a, b) => (leftKey(a) < leftKey(b) ? -1 : 1))).toEqual(['ba', 'ab']);
  });
});

describe('concordance counts over the real corpus', () => {
  const characters = documentCharacters(files.core, files.lengths);

  it('gives 质押融资 the total and documents of a plain substring count over every clause', () => {
    const hits = found('质押融资');
    const expected = records.reduce((sum, record) => sum + record.text.split('质押融资').length - 1, 0);
    expect(expected).toBeGreaterThan(5);
    expect(totals(hits, docOf)).toEqual({
      occurrences: expected,
      documents: new Set(records.filter((r) => r.text.includes('质押融资')).map((r) => r.docId)).size,
    });
  });

  it('counts each document as its clauses add up, per 10,000 of its characters', () => {
    const rows = countTable(files.core, 'doc', found('专利'), docOf, characters);
    const baotou = rows.find((row) => row.value === 'baotou')!;
    const own = records.filter((record) => record.docId === 'baotou');
    expect(baotou.occurrences).toBe(own.reduce((sum, record) => sum + countOccurrences(record.text, '专利'), 0));
    expect(baotou.characters).toBe(own.reduce((sum, record) => sum + [...record.text].length, 0));
    expect(baotou.perTenThousand).toBeCloseTo((baotou.occurrences * 10_000) / baotou.characters, 6);
    expect(rows.map((row) => row.occurrences)).toEqual([...rows.map((row) => row.occurrences)].sort((a, b) => b - a));
  });

  it('rolls a province up over the documents of its places: 河南省 holds 洛阳市 and 洛龙区', () => {
    const rows = countTable(files.core, 'place', found('知识产权'), docOf, characters);
    const docRows = countTable(files.core, 'doc', found('知识产权'), docOf, characters);
    const henanDocs = catalog.documents.filter((doc) => doc.jurisdiction.startsWith('henan')).map((doc) => doc.id);
    expect(henanDocs.length).toBeGreaterThanOrEqual(3);
    const henan = rows.find((row) => row.value === 'henan')!;
    expect(henan.occurrences).toBe(
      docRows.filter((row) => henanDocs.includes(row.value)).reduce((sum, row) => sum + row.occurrences, 0),
    );
    // A province counts the documents of its places that use the term, not all of them.
    expect(henan.documents).toBe(docRows.filter((row) => henanDocs.includes(row.value) && row.occurrences > 0).length);
    expect(henan.documents).toBeGreaterThanOrEqual(3);
    expect(rows.find((row) => row.value === 'henan.luoyang')!.occurrences).toBeLessThan(henan.occurrences);
  });
});
