/**
 * Legacy and Unicode encodings: a source saved as GB18030/GBK, Big5,
 * UTF-8 with a BOM, with CRLF line ends or as UTF-16 (with and without a
 * BOM) is detected, decoded with a note, and gives exactly the document
 * its UTF-8 version gives.
 */
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import type { PolicyDocument } from '../../src/model/types.ts';
import { build, messages, metaFor, realDocs, realErrata, realSource } from './content-dir.ts';

/** The document without what depends on the bytes rather than the text. */
function comparable(doc: PolicyDocument): unknown {
  const { source: _source, stats, ...rest } = doc;
  const { sourceBytes: _bytes, encoding: _encoding, ...counts } = stats;
  return { ...rest, counts };
}

function single(folder: string, source: Uint8Array | string, meta?: string): { doc: PolicyDocument; notes: string[] } {
  const run = build([{ folder, source, meta: meta ?? metaFor(folder, source), errata: realErrata(folder) }]);
  expect(
    messages(run).filter((m) => m.fatal),
    JSON.stringify(messages(run)),
  ).toEqual([]);
  expect(run.corpus.documents).toHaveLength(1);
  return {
    doc: run.corpus.documents[0],
    notes: messages(run)
      .filter((m) => m.ruleId === 'encoding' || m.ruleId === 'bom')
      .map((m) => m.reason),
  };
}

const utf8 = (id: string): PolicyDocument => single(id, realSource(id)).doc;

describe('encodings', () => {
  it.each(realDocs)('decodes %s saved as GB18030 to the same document as its UTF-8 source, with a note', (id) => {
    const text = realSource(id).toString('utf8');
    const { doc, notes } = single(id, iconv.encode(text, 'gb18030'));
    expect(doc.stats.encoding).toBe('gb18030');
    expect(notes.join(' ')).toMatch(/GB18030\/GBK/);
    expect(comparable(doc)).toEqual(comparable(utf8(id)));
  });

  it('decodes a GBK file (威海)', () => {
    const text = realSource('weihai').toString('utf8');
    const bytes = iconv.encode(text, 'gbk');
    expect(iconv.decode(bytes, 'gbk')).toBe(text);
    expect(comparable(single('weihai', bytes).doc)).toEqual(comparable(utf8('weihai')));
  });

  it('decodes a Big5 file (威海 in traditional characters) to the same document as its UTF-8 version', () => {
    const traditional = OpenCC.Converter({ from: 'cn', to: 'tw' })(realSource('weihai').toString('utf8'));
    const big5 = iconv.encode(traditional, 'big5');
    expect(iconv.decode(big5, 'big5')).toBe(traditional);
    const fromBig5 = single('weihai', big5, metaFor('weihai', big5, { script: 'Hant' }));
    const fromUtf8 = single('weihai', traditional, metaFor('weihai', traditional, { script: 'Hant' }));
    expect(fromBig5.doc.stats.encoding).toBe('big5');
    expect(fromBig5.notes.join(' ')).toMatch(/Big5/);
    expect(comparable(fromBig5.doc)).toEqual(comparable(fromUtf8.doc));
    expect(fromBig5.doc.title).toContain('知识产权'); // simplified reading text
  });

  it('removes a UTF-8 byte-order mark and notes it', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), realSource('ningbo')]);
    const { doc, notes } = single('ningbo', bytes);
    expect(notes.join(' ')).toMatch(/byte-order mark/);
    expect(doc.title.startsWith('\ufeff')).toBe(false);
    expect(comparable(doc)).toEqual(comparable(utf8('ningbo')));
  });

  it('reads CRLF line ends as LF, with the same lines and clauses', () => {
    const crlf = realSource('luolong').toString('utf8').replace(/\r?\n/g, '\r\n');
    const { doc } = single('luolong', crlf);
    expect(JSON.stringify(doc)).not.toContain('\\r');
    expect(comparable(doc)).toEqual(comparable(utf8('luolong')));
  });

  it.each([
    ['UTF-16LE with BOM', 'utf-16le', true],
    ['UTF-16BE with BOM', 'utf-16be', true],
    ['UTF-16LE without BOM', 'utf-16le', false],
    ['UTF-16BE without BOM', 'utf-16be', false],
  ] as const)('decodes %s', (_name, label, bom) => {
    for (const id of ['weihai', 'chongqing']) {
      const text = realSource(id).toString('utf8');
      const bytes = iconv.encode(text, label, { addBOM: bom });
      expect(bytes[0] === 0xff || bytes[0] === 0xfe).toBe(bom);
      const { doc, notes } = single(id, bytes);
      expect(doc.stats.encoding).toBe(label);
      expect(notes.join(' ')).toMatch(bom ? /byte-order mark\)/ : /no byte-order mark/);
      expect(comparable(doc)).toEqual(comparable(utf8(id)));
    }
  });

  it('refuses bytes in no supported encoding, naming the place of the first bad byte', () => {
    const bytes = Buffer.concat([Buffer.from('知识产权\n'), Buffer.from([0x00, 0xff, 0x00, 0xfe, 0x01])]);
    const run = build([{ folder: 'weihai', source: bytes }]);
    expect(run.failed).toBe(true);
    const fatal = messages(run).find((m) => m.fatal)!;
    expect(fatal).toMatchObject({ file: 'weihai/source.txt', line: 2, ruleId: 'encoding' });
    expect(fatal.reason).toMatch(/Re-save the file as UTF-8/);
  });
});
