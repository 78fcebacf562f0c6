import { readCorpus } from '../../src/data/published-data.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { citationText } from '../../src/model/citation.ts';
import { clausePasses, matches, matchesInstrument } from '../../src/browser/clause-filter.ts';
import { countCoded } from '../../src/browser/facet-codes.ts';
import { allDocumentsUpTo, readCompareState, writeCompareQuery } from '../../src/browser/compare-state.ts';
import { copyTextFor } from '../../src/browser/copy-actions.ts';
import { dateLabel, documentClauses, themeMatrix } from '../../src/site/corpus.ts';
import { markRepairs } from '../../src/site/repair-marks.ts';
import type { Corpus, PolicyDocument } from '../../src/model/types.ts';
import { ensureCorpus } from './build-site.ts';

let corpus: Corpus;
const doc = (id: string): PolicyDocument => corpus.documents.find((d) => d.meta.id === id)!;

beforeAll(() => {
  ensureCorpus();
  corpus = readCorpus();
});

describe('citationText (GB/T 7714-2015, online document)', () => {
  it('cites 包头 by its issuer, with its 文号, date and the part cited', () => {
    const baotou = doc('baotou');
    const clause = documentClauses(baotou).find((c) => c.id === 'baotou-box2-1')!;
    expect(citationText(baotou, clause)).toBe(
      '包头市市场监督管理局（知识产权局）. 包头市“十四五”知识产权保护和运用规划：包市监发〔2021〕369号[EB/OL]. (2021-12-22). 专栏2 1.',
    );
  });

  it('cites a document without a known issuer, 文号 or date under 佚名, printing nothing for what is unknown', () => {
    const luolong = doc('luolong');
    const text = citationText(luolong, { path: '一、（一）' });
    expect(text).toBe('佚名. 洛龙区知识产权强区行动方案[EB/OL]. 一、（一）');
    expect(text).not.toMatch(/未知/);
  });

  it('turns 《》 inside a title into 〈〉 and cites a regulation by its enacting body and the date of its last amendment', () => {
    expect(citationText(doc('weihai'), { path: '三、（三）' })).toBe(
      '佚名. 关于贯彻落实〈山东省知识产权强省建设纲要（2021—2035年）〉全面促进知识产权高质量发展的实施意见[EB/OL]. 三、（三）',
    );
    expect(citationText(doc('ningbo-patent'), { path: '第九条' })).toBe(
      '宁波市人民代表大会常务委员会. 宁波市专利管理条例[EB/OL]. (2012-03-31). 第九条',
    );
  });

  it('cites a text that states only the day it took effect by that day: 上海市专利保护条例, 本条例自2002年7月1日起施行', () => {
    expect(citationText(doc('shanghai-patent'), { path: '第六章 第三十四条' })).toBe(
      '佚名. 上海市专利保护条例[EB/OL]. (2002-07-01). 第六章 第三十四条',
    );
  });
});

describe('copyTextFor', () => {
  it('resolves the clause link against the page, and appends the day of access and the link to the citation', () => {
    const page = 'https://example.org/ip-policy/documents/weihai/';
    expect(copyTextFor({ copy: 'link', href: '/ip-policy/documents/weihai/#weihai-1-1' }, page)).toBe(
      'https://example.org/ip-policy/documents/weihai/#weihai-1-1',
    );
    expect(
      copyTextFor(
        { copy: 'cite', href: '#weihai-1-1', cite: '佚名. X[EB/OL]. 一、（一）' },
        page,
        new Date(2026, 11, 1),
      ),
    ).toBe('佚名. X[EB/OL]. 一、（一）[2026-12-01]. https://example.org/ip-policy/documents/weihai/#weihai-1-1');
  });
});

describe('compare state', () => {
  const known = ['baotou', 'chongqing', 'ningbo', 'ningbo-patent', 'weihai'];
  it('reads comma-separated and repeated documents in list order, drops unknown ones, defaults to all', () => {
    expect(readCompareState('?docs=weihai,nowhere,baotou&theme=use', known)).toEqual({
      docs: ['baotou', 'weihai'],
      theme: 'use',
      instrument: '',
      strength: '',
      scope: '',
      conf: '',
    });
    expect(readCompareState('?docs=ningbo-patent&docs=ningbo', known).docs).toEqual(['ningbo', 'ningbo-patent']);
    expect(readCompareState('', known)).toEqual({
      docs: known,
      theme: '',
      instrument: '',
      strength: '',
      scope: '',
      conf: '',
    });
  });
  it('keeps the confidence floor: conf=mid in, conf=mid out, anything else dropped', () => {
    expect(readCompareState('?docs=weihai&theme=protection&conf=mid', known).conf).toBe('mid');
    expect(readCompareState('?docs=weihai&conf=low', known).conf).toBe('');
    expect(writeCompareQuery({ docs: ['weihai'], theme: 'protection', conf: 'mid' })).toBe(
      '?docs=weihai&theme=protection&conf=mid',
    );
  });
  it('keeps old ?cities= links working: their values were document ids', () => {
    expect(readCompareState('?cities=weihai,chongqing', known).docs).toEqual(['chongqing', 'weihai']);
  });
  it('starts with no document when the corpus is too large to show all at once', () => {
    const many = Array.from({ length: allDocumentsUpTo + 1 }, (_, i) => `doc-${i}`);
    expect(readCompareState('', many).docs).toEqual([]);
    expect(readCompareState('?docs=doc-0,doc-3', many).docs).toEqual(['doc-0', 'doc-3']);
  });
  it('writes the short form back', () => {
    expect(writeCompareQuery({ docs: ['ningbo', 'ningbo-patent'], theme: 'use' })).toBe(
      '?docs=ningbo,ningbo-patent&theme=use',
    );
    expect(writeCompareQuery({ docs: [], theme: '' })).toBe('');
  });
  it('reads and writes the instrument and strength filters', () => {
    expect(readCompareState('?docs=weihai,baotou&instrument=supply&strength=binding', known)).toMatchObject({
      instrument: 'supply',
      strength: 'binding',
    });
    expect(
      writeCompareQuery({ docs: ['weihai'], theme: '', instrument: 'environment.regulation', strength: 'binding' }),
    ).toBe('?docs=weihai&instrument=environment.regulation&strength=binding');
  });
  it('keeps the theme scope: only tasks, safeguards and provisions unless every clause is asked for', () => {
    expect(readCompareState('?docs=weihai&theme=use&scope=all', known).scope).toBe('all');
    expect(readCompareState('?docs=weihai&theme=use&scope=anything', known).scope).toBe('');
    expect(writeCompareQuery({ docs: ['weihai'], theme: 'use', scope: 'all' })).toBe(
      '?docs=weihai&theme=use&scope=all',
    );
  });
});

describe('clause filter', () => {
  it('matches whole label ids only', () => {
    expect(matches('use protection', 'use')).toBe(true);
    expect(matches('user', 'use')).toBe(false);
    expect(matches('', '')).toBe(true);
    expect(matches(undefined, 'use')).toBe(false);
  });
  it('matches an instrument by its id, and a group by any of its instruments', () => {
    expect(matchesInstrument('supply.funding environment.finance', 'supply.funding')).toBe(true);
    expect(matchesInstrument('supply.funding environment.finance', 'supply')).toBe(true);
    expect(matchesInstrument('environment.finance', 'supply')).toBe(false);
    expect(matchesInstrument('supply.funding', 'supply.fund')).toBe(false);
    expect(matchesInstrument('', '')).toBe(true);
  });
  it('passes a clause only when every set part of the filter matches', () => {
    const data = { themes: 'use', objects: 'patent', instruments: 'environment.finance', strength: 'directive' };
    expect(clausePasses(data, { theme: 'use', instrument: 'environment', strength: 'directive' })).toBe(true);
    expect(clausePasses(data, { theme: 'use', strength: 'binding' })).toBe(false);
    expect(clausePasses(data, { instrument: 'demand' })).toBe(false);
  });
});

describe('markRepairs', () => {
  it('marks all 8 mis-decoding repairs of 重庆 in the original text of headings and clauses', () => {
    const chongqing = doc('chongqing');
    const spans = chongqing.repairs.filter((r) => r.kind === 'mis-decoding');
    expect(spans).toHaveLength(8);
    const originals: Array<{ line: number; original: string }> = [];
    const walk = (nodes: PolicyDocument['body']): void => {
      for (const n of nodes) {
        originals.push({ line: n.line, original: n.original });
        if (n.type === 'section') walk(n.children);
      }
    };
    walk(chongqing.body);
    const marked = spans.filter((r) =>
      originals.filter((o) => o.line === r.line).some((o) => markRepairs(o.original, [r]).some((p) => p.repair === r)),
    );
    expect(marked).toHaveLength(8);
  });

  it('keeps the text intact around a mark', () => {
    const repair = {
      kind: 'mis-decoding' as const,
      line: 1,
      column: 1,
      before: '?。ㄒ唬',
      after: '（一）',
      reason: 'x',
    };
    const pieces = markRepairs('前（一）后', [repair]);
    expect(pieces.map((p) => p.text).join('')).toBe('前（一）后');
    expect(pieces[1]).toEqual({ text: '（一）', repair });
  });
});

describe('themeMatrix', () => {
  it('counts each clause once per theme and gives its share of the document', () => {
    const copy = structuredClone(corpus);
    const weihai = copy.documents.find((d) => d.meta.id === 'weihai')!;
    const clauses = documentClauses(weihai);
    for (const clause of clauses) clause.themes = [];
    const label = (id: string) => ({ id, score: 1, evidence: [] });
    clauses[0].themes = [label('use'), label('protection')];
    clauses[1].themes = [label('use')];
    const matrix = themeMatrix(['use', 'protection', 'talent'], copy);
    const cell = (theme: string) => matrix.get(theme)!.find((c) => c.docId === 'weihai')!;
    expect(cell('use')).toEqual({
      docId: 'weihai',
      count: 2,
      share: 2 / clauses.length,
      clauses: clauses.length,
      ids: ['weihai-p1', 'weihai-1-p1'],
    });
    expect(cell('protection').count).toBe(1);
    expect(cell('talent').count).toBe(0);
    expect(matrix.get('use')).toHaveLength(copy.documents.length);
  });
});

describe('dateLabel', () => {
  it('writes dates in Chinese and unknown as 未知', () => {
    expect(dateLabel('2024-10-11')).toBe('2024年10月11日');
    expect(dateLabel(null)).toBe('未知');
  });
});

describe('facet codes of a theme page table', () => {
  const data = {
    key: {
      instruments: ['supply.talent', 'supply.funding', 'environment.goal'],
      strengths: { binding: 'B', directive: 'D', encouraging: 'E' },
    },
    codes: { weihai: 'abD cB -', empty: '' },
  };
  it('counts every clause without a filter, none for a document without clauses', () => {
    expect(countCoded(data, 'weihai', {})).toBe(3);
    expect(countCoded(data, 'empty', {})).toBe(0);
    expect(countCoded(data, 'nowhere', {})).toBe(0);
  });
  it('counts by instrument, by group and by strength, both together', () => {
    expect(countCoded(data, 'weihai', { instrument: 'supply.funding' })).toBe(1);
    expect(countCoded(data, 'weihai', { instrument: 'supply' })).toBe(1);
    expect(countCoded(data, 'weihai', { instrument: 'environment' })).toBe(1);
    expect(countCoded(data, 'weihai', { strength: 'binding' })).toBe(1);
    expect(countCoded(data, 'weihai', { instrument: 'supply', strength: 'binding' })).toBe(0);
  });
});
