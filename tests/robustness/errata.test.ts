/**
 * Mis-decoded spans and errata: a span like 重庆's `?。ㄒ唬┘訌娍傮w設計`
 * in a new document without an erratum stops the build and shows the
 * span; an erratum that no longer matches its source stops the build and
 * names the entry; a malformed errata file is reported, never skipped.
 */
import { describe, expect, it } from 'vitest';
import { build, messages, realErrata, realSource } from './content-dir.ts';

const weihai = realSource('weihai').toString('utf8');
const chongqing = realSource('chongqing');
const errata = realErrata('chongqing')!;

describe('mis-decoded spans and errata', () => {
  it('stops a new document with an unexplained mis-decoded span and shows the span with its place', () => {
    const lines = weihai.split('\n');
    const at = lines.findIndex((line) => line.startsWith('(一)'));
    lines[at] = lines[at].replace('(一)', '?。ㄒ唬┘訌娍傮w設計');
    const run = build([{ folder: 'weihai', source: lines.join('\n') }]);
    expect(run.failed).toBe(true);
    expect(run.corpus.documents).toEqual([]);
    const [first] = messages(run).filter((m) => m.fatal);
    expect(first).toMatchObject({ file: 'weihai/source.txt', line: at + 1, column: 1, ruleId: 'mis-decoded' });
    expect(first.reason).toContain('“?。ㄒ唬┘訌娍傮w”');
    expect(first.reason).toContain('re-aligned bytes read “（一）加強總體”');
    expect(first.reason).toMatch(/add an entry to .*weihai\/errata.yaml/);
  });

  it('finds other traces of mis-decoding: a replacement character and private-use characters', () => {
    const source = weihai.replace('知识产权强省', '知识\ufffd权强省').replace('统筹推进', '统\ue123推进');
    const run = build([{ folder: 'weihai', source }]);
    const spans = messages(run).filter((m) => m.ruleId === 'mis-decoded' && m.line !== undefined);
    expect(spans.map((m) => m.line)).toEqual([1, 2]);
  });

  it('builds 重庆 with its errata (the reference case)', () => {
    const run = build([{ folder: 'chongqing', source: chongqing, errata }]);
    expect(run.failed).toBe(false);
    expect(run.corpus.documents[0].stats.spansRepaired).toBe(8);
  });

  it('stops on a stale erratum and says which entry and line', () => {
    const run = build([{ folder: 'chongqing', source: chongqing, errata: errata.replace('line: 18', 'line: 19') }]);
    expect(run.failed).toBe(true);
    const fatal = messages(run).filter((m) => m.fatal);
    expect(fatal[0]).toMatchObject({ file: 'chongqing/source.txt', line: 19, ruleId: 'stale-erratum' });
    expect(fatal[0].reason).toMatch(
      /Stale erratum: span “\?。▍\^” not found on line 19; .*Update or remove the entry in .*errata.yaml/,
    );
  });

  it('stops on a stale keep entry too', () => {
    const keep = `${errata}- line: 3\n  span: "不在此行"\n  repair: "不在此行"\n  method: keep\n  reason: test\n`;
    const run = build([{ folder: 'chongqing', source: chongqing, errata: keep }]);
    expect(messages(run).find((m) => m.fatal)).toMatchObject({ line: 3, ruleId: 'stale-erratum' });
  });

  it('stops when a realign entry no longer matches what the bytes give', () => {
    const run = build([
      {
        folder: 'chongqing',
        source: chongqing,
        errata: errata.replace('repair: "（一）加強總體"', 'repair: "（一）加强总体"'),
      },
    ]);
    const fatal = messages(run).find((m) => m.fatal)!;
    expect(fatal).toMatchObject({ line: 12, ruleId: 'erratum-mismatch' });
    expect(fatal.reason).toMatch(/gives “（一）加強總體”, expected “（一）加强总体”/);
  });

  it('reports a malformed errata entry with its place instead of dropping the document', () => {
    const run = build([
      { folder: 'chongqing', source: chongqing, errata: errata.replace('method: realign', 'method: guess') },
    ]);
    expect(run.failed).toBe(true);
    const fatal = messages(run).find((m) => m.fatal)!;
    expect(fatal).toMatchObject({ file: 'chongqing/errata.yaml', line: 10, column: 11, ruleId: 'errata-schema' });
    expect(fatal.reason).toMatch(/entry 1, field “method”: .*received 'guess'/);
  });
});
