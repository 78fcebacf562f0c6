import iconv from 'iconv-lite';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/pipeline/text/decode.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decode', () => {
  it('removes a UTF-8 BOM and turns CRLF and CR into LF', () => {
    const file = new VFile();
    const { text, encoding } = decode(
      new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('一、总体要求\r\n（一）指导思想\r坚持')]),
      file,
    );
    expect(encoding).toBe('utf-8');
    expect(text).toBe('一、总体要求\n（一）指导思想\n坚持');
    expect(file.messages.map((m) => m.ruleId)).toContain('bom');
  });

  it('turns non-breaking and full-width spaces into plain spaces', () => {
    const { text } = decode(utf8('人才200 \u00a0人次\u3000（二）'), new VFile());
    expect(text).toBe('人才200  人次 （二）');
  });

  it('detects GBK bytes and decodes them with a note', () => {
    const file = new VFile();
    const { text, encoding } = decode(iconv.encode('加强知识产权司法保护，建立技术调查官制度。', 'gbk'), file);
    expect(encoding).toBe('gb18030');
    expect(text).toBe('加强知识产权司法保护，建立技术调查官制度。');
    expect(String(file.messages[0].reason)).toMatch(/GB18030/);
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const { text, encoding } = decode(
      new Uint8Array([0xff, 0xfe, ...iconv.encode('质押融资', 'utf16le')]),
      new VFile(),
    );
    expect([encoding, text]).toEqual(['utf-16le', '质押融资']);
  });

  it('refuses an empty file with a place and a reason', () => {
    const file = new VFile({ path: 'empty.txt' });
    expect(() => decode(new Uint8Array(), file)).toThrow(/empty file/);
    expect(file.messages[0].line).toBe(1);
  });
});
