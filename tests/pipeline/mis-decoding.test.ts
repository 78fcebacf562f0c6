import { readFileSync } from 'node:fs';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/pipeline/document.ts';
import { parseErrata } from '../../src/pipeline/errata.ts';
import { parseMeta } from '../../src/pipeline/metadata.ts';
import { detectMisDecoding, realign } from '../../src/pipeline/text/mis-decoding.ts';
import { realClauses, realDocument } from './real-corpus.ts';

const source = readFileSync('content/documents/chongqing/source.txt');
const meta = parseMeta(readFileSync('content/documents/chongqing/meta.yaml', 'utf8')).meta!;
const errataText = readFileSync('content/documents/chongqing/errata.yaml', 'utf8');

describe('mis-decoded spans', () => {
  it('re-aligns GBK bytes read one byte out of step', () => {
    expect(realign('?。ㄒ唬┘訌娍傮w')).toBe('（一）加強總體');
    expect(realign('?。ㄋ模┳⒅卦u')).toBe('（四）注重評');
    expect(realign('?。▍^')).toBe('（區');
  });

  it('finds the eight spans in the Chongqing source and nothing in the other four', () => {
    const glossless = source.toString('utf8').replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g, '');
    expect(detectMisDecoding(glossless).map((s) => s.span)).toHaveLength(8);
    for (const id of ['weihai', 'luolong', 'baotou', 'ningbo']) {
      expect(detectMisDecoding(readFileSync(`content/documents/${id}/source.txt`, 'utf8'))).toEqual([]);
    }
  });

  it('applies the eight repairs and leaves no mis-decoded span', () => {
    const doc = realDocument('chongqing');
    const repairs = doc.repairs.filter((r) => r.kind === 'mis-decoding');
    expect(repairs.map((r) => [r.line, r.after])).toEqual([
      [12, '（一）加強總體'],
      [13, '。〔責任單位：市知識'],
      [18, '省（區'],
      [20, '（三）加強對外開'],
      [35, '（一）加強組'],
      [36, '（二）強化條'],
      [37, '（三）健全實施機'],
      [38, '（四）注重評'],
    ]);
    const text = realClauses('chongqing')
      .map((c) => c.original)
      .join('\n');
    expect(detectMisDecoding(text)).toEqual([]);
    expect(text).toContain('促進西部省（區、市)');
  });

  it('stops the build on a span no erratum explains, naming line and column', () => {
    const file = new VFile({ path: 'chongqing/source.txt' });
    expect(() =>
      processDocument({ id: 'chongqing', bytes: source, meta, errata: [], errataFile: 'errata.yaml', file }),
    ).toThrow();
    const fatal = file.messages.filter((m) => m.fatal && m.ruleId === 'mis-decoded');
    expect(fatal).toHaveLength(8);
    expect(fatal[0]).toMatchObject({ line: 12, column: 1 });
    expect(String(fatal[0].reason)).toContain('（一）加強總體');
  });

  it('stops the build on a stale erratum', () => {
    const errata = parseErrata(errataText, 'errata.yaml');
    errata[0] = { ...errata[0], line: 11 };
    const file = new VFile();
    expect(() =>
      processDocument({ id: 'chongqing', bytes: source, meta, errata, errataFile: 'errata.yaml', file }),
    ).toThrow(/Stale erratum/);
  });

  it('stops the build when a realign erratum disagrees with the bytes', () => {
    const errata = parseErrata(errataText, 'errata.yaml');
    errata[0] = { ...errata[0], repair: '（一）加強總結' };
    expect(() =>
      processDocument({ id: 'chongqing', bytes: source, meta, errata, errataFile: 'errata.yaml', file: new VFile() }),
    ).toThrow(/re-aligning/);
  });
});
