/**
 * `corpus add` on the formats governments publish, each made from a real
 * text in content/: a saved web page with a 政府信息公开 table and site
 * chrome (the 包头 plan), a .docx (the 洛阳 regulation, made with the
 * `docx` package), a PDF with a CJK text layer (the 重庆 regulation,
 * printed by Chromium: tests/fixtures/formats/, made by
 * scripts/fixtures/make-pdf-fixtures.ts). Each drafts the right metadata,
 * reads the same clauses as the text itself, keeps chrome out of the
 * clauses and keeps the original byte for byte; a scan, a .doc and a .wps
 * are refused with a way to convert them.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import iconv from 'iconv-lite';
import { VFile } from 'vfile';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { addDocument } from '../../scripts/corpus/add.ts';
import { checkOriginals } from '../../scripts/corpus/check-originals.ts';
import type { PolicyDocument } from '../../src/model/types.ts';
import { clausesOf } from '../../src/model/walk.ts';
import { buildCorpus } from '../../src/pipeline/corpus.ts';
import { processDocument } from '../../src/pipeline/document.ts';
import { extractSource } from '../../src/pipeline/input/extract.ts';

const dir = mkdtempSync(join(tmpdir(), 'corpus-formats-'));
const inbox = join(dir, 'inbox');
mkdirSync(join(dir, 'documents'));
mkdirSync(inbox);
cpSync('content/jurisdictions.yaml', join(dir, 'jurisdictions.yaml'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The clause texts of a real text in content/, read without metadata. */
function clausesOfSource(path: string): string[] {
  const doc = processDocument({
    id: 'real',
    bytes: readFileSync(path),
    meta: null,
    errata: [],
    errataFile: '',
    file: new VFile({ path }),
  });
  return clausesOf(doc.body).map((c) => c.text);
}

/** Builds one added document with its drafted meta.yaml; the run must pass, conservation proof included. */
function built(id: string): PolicyDocument {
  const run = buildCorpus(dir, { only: id });
  expect(run.files.flatMap((f) => f.messages).filter((m) => m.fatal || m.ruleId === 'conservation')).toEqual([]);
  return run.corpus.documents[0];
}

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const chrome = ['首页', '政务公开', '政策文件', '互动交流', '分享到', '微信', '版权所有', '网站标识码', '京ICP备'];

/** The 包头 plan as a municipal site shows it: nav, breadcrumb, 公开 table, the notice and the plan, share bar, footer. */
function baotouPage(): string {
  const lines = readFileSync('content/documents/baotou/source.txt', 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  const table = [
    ['索引号', '11150200MB1A12345X/2021-00321', '主题分类', '市场监管、安全生产监管'],
    ['发布机构', '包头市市场监督管理局', '成文日期', '2021年12月22日'],
    ['文号', '包市监发〔2021〕369号', '发布日期', '2021-12-24'],
    ['有效性', '有效', '', ''],
  ];
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escape(lines[0])}_包头市人民政府</title><script>var _hmt = [];</script></head>
<body><div class="top"><nav><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li>互动交流</li></ul></nav></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a>政务公开</a> &gt; 政策文件</div>
<div class="article"><table class="xxgk">${table.map((row) => `<tr>${row.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</table>
<h1>${escape(lines[0])}</h1>
${lines
  .slice(1)
  .map((l) => `<p>${escape(l)}</p>`)
  .join('\n')}
<div class="bdsharebuttonbox">分享到：<a>微信</a><a>微博</a></div></div>
<footer><p>版权所有：包头市人民政府办公室 网站标识码：1502000001</p><p>京ICP备05070218号</p></footer></body></html>`;
}

/** The 洛阳 regulation as a .docx: its title a Heading 1, its chapters Heading 2, every other line a paragraph. */
async function luoyangDocx(): Promise<Buffer> {
  const lines = readFileSync('content/documents/luoyang-patent/source.md', 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('<!--'));
  const paragraphs = lines.map((line) => {
    const heading = /^(#+) (.*)$/.exec(line);
    return heading
      ? new Paragraph({
          text: heading[2],
          heading: heading[1] === '#' ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
        })
      : new Paragraph({ text: line });
  });
  return Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] }));
}

describe('corpus add: a saved web page with a 政府信息公开 table', async () => {
  const page = join(inbox, 'baotou.html');
  writeFileSync(page, baotouPage());
  const result = await addDocument(page, { contentDir: dir, known: new Map() });
  const folder = join(dir, 'documents', 'baotou-ip');
  const meta = parse(readFileSync(join(folder, 'meta.yaml'), 'utf8'));

  it('drafts title, issuer, 文号, dates and status from the page, and keeps the page byte for byte', () => {
    expect(result.status).toBe('added');
    expect(meta).toMatchObject({
      title: '包头市“十四五”知识产权保护和运用规划',
      jurisdiction: { name: '包头市', level: '地级市', province: '内蒙古自治区' },
      genre: '规划',
      issuers: ['包头市市场监督管理局'],
      docNumber: '包市监发〔2021〕369号',
      dates: [
        { event: '印发', date: '2021-12-22' },
        { event: '发布', date: '2021-12-24' },
      ],
      status: '现行有效',
      source: { file: 'source.txt', original: { file: 'original.html', pageLines: 4 } },
    });
    expect(readFileSync(join(folder, 'original.html')).equals(readFileSync(page))).toBe(true);
    expect(result.report).toContain('文号：包市监发〔2021〕369号（公开信息表，第 7 行）');
  });

  it('reads the clauses of the plan itself, with the 公开 table and the chrome in the preamble only', () => {
    const doc = built('baotou-ip');
    const clauses = clausesOf(doc.body).map((c) => c.text);
    expect(clauses).toEqual(clausesOfSource('content/documents/baotou/source.txt'));
    for (const word of chrome) expect(clauses.filter((c) => c.includes(word))).toEqual([]);
    expect(doc.preamble.filter((b) => b.role === 'page').map((b) => b.original)).toEqual([
      '首页 政务公开 互动交流',
      '当前位置：首页 > 政务公开 > 政策文件',
      '分享到：微信微博',
      '版权所有：包头市人民政府办公室 网站标识码：1502000001 京ICP备05070218号',
    ]);
    expect(doc.preamble.filter((b) => b.role === 'record')).toHaveLength(4);
  });
});

describe('corpus add: a .docx made from the 洛阳 regulation', async () => {
  const path = join(inbox, '洛阳市专利促进与保护条例.docx');
  writeFileSync(path, await luoyangDocx());
  const result = await addDocument(path, { contentDir: dir, known: new Map() });
  const meta = parse(readFileSync(join(dir, 'documents', 'luoyang-patent', 'meta.yaml'), 'utf8'));

  it('drafts the regulation’s metadata from its text', () => {
    expect(result.status).toBe('added');
    expect(meta).toMatchObject({
      title: '洛阳市专利促进与保护条例',
      jurisdiction: { name: '洛阳市', level: '地级市', parent: '河南省' },
      genre: '条例',
      issuers: ['洛阳市人民代表大会常务委员会'],
      dates: [
        { event: '通过', date: '2012-10-25' },
        { event: '批准', date: '2012-11-29' },
        { event: '施行', date: '2013-03-01' },
      ],
      source: { original: { file: 'original.docx', pageLines: 0 } },
    });
  });

  it('reads the same 36 articles and clauses as the Markdown text', () => {
    const doc = built('luoyang-patent');
    expect(doc.stats.articles).toBe(36);
    expect(clausesOf(doc.body).map((c) => c.text)).toEqual(
      clausesOfSource('content/documents/luoyang-patent/source.md'),
    );
  });
});

describe('corpus add: a PDF with a CJK text layer (the 重庆 regulation)', async () => {
  const pdf = 'tests/fixtures/formats/chongqing-patent.pdf';
  const result = await addDocument(pdf, { contentDir: dir, known: new Map() });
  const folder = join(dir, 'documents', 'chongqing-patent');
  const meta = parse(readFileSync(join(folder, 'meta.yaml'), 'utf8'));

  it('drafts title, place, issuer and the dated history, and records what extraction repaired', () => {
    expect(result.status).toBe('added');
    expect(meta).toMatchObject({
      title: '重庆市专利促进与保护条例',
      jurisdiction: { name: '重庆市', level: '直辖市' },
      issuers: ['重庆市人民代表大会常务委员会'],
      dates: [
        { event: '通过', date: '2007-07-27' },
        { event: '修正', date: '2010-07-23' },
        { event: '修正', date: '2011-11-25' },
      ],
    });
    expect(meta.provenance).toMatch(/部首字符.*换为/);
    expect(readFileSync(join(folder, 'original.pdf')).equals(readFileSync(pdf))).toBe(true);
  });

  it('reads the same clauses as the Markdown text, page numbers outside every clause', async () => {
    const doc = built('chongqing-patent');
    expect(clausesOf(doc.body).map((c) => c.text)).toEqual(
      clausesOfSource('content/documents/chongqing-patent/source.md'),
    );
    expect(doc.preamble[0]).toMatchObject({ role: 'page', original: '- 1 - - 2 - - 3 - - 4 -' });
    // The committed text is what extraction gives again: the derived file can be checked against its original.
    const again = await extractSource(pdf, readFileSync(pdf));
    expect(again.ok && again.text).toBe(readFileSync(join(folder, 'source.txt'), 'utf8'));
  });

  it('finds every committed text equal to what its original gives again, and names the first line that is not', async () => {
    expect((await checkOriginals(dir)).map((c) => c.ok)).toEqual([true, true, true]);
    const source = join(folder, 'source.txt');
    const text = readFileSync(source, 'utf8');
    writeFileSync(source, text.replace('第一章 总则', '第一章 总 则'));
    const checks = await checkOriginals(dir);
    writeFileSync(source, text);
    expect(checks.find((c) => c.id === 'chongqing-patent')?.message).toMatch(
      /第 6 行与 source\.txt 不同（提取：“第一章 总则”，已存：“第一章 总 则”）/,
    );
  });

  it('stops the build when the original no longer matches its checksum', () => {
    const original = join(folder, 'original.pdf');
    const bytes = readFileSync(original);
    writeFileSync(original, Buffer.concat([bytes, Buffer.from('\n')]));
    const run = buildCorpus(dir, { only: 'chongqing-patent' });
    writeFileSync(original, bytes);
    expect(run.failed).toBe(true);
    expect(
      run.files
        .flatMap((f) => f.messages)
        .map((m) => m.reason)
        .join('\n'),
    ).toMatch(/Unexpected checksum .* of original\.pdf/);
  });
});

describe('reading a page or a document into lines', () => {
  it('reads a page saved in GBK as the same text as in UTF-8', async () => {
    const html = baotouPage().replace('charset="utf-8"', 'charset="gbk"');
    const utf8 = await extractSource('page.html', Buffer.from(html));
    const gbk = await extractSource('page.html', iconv.encode(html, 'gbk'));
    expect(gbk.ok && gbk.text).toBe(utf8.ok && utf8.text);
  });

  it('reads a .docx table as `|` rows, cell by cell (the 包头 indicator table)', async () => {
    const rows = readFileSync('content/documents/baotou/source.txt', 'utf8')
      .split('\n')
      .slice(23, 28)
      .map((line) =>
        line
          .split('|')
          .map((c) => c.trim())
          .filter(Boolean),
      );
    const table = new Table({
      rows: rows.map(
        (cells) => new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph(c)] })) }),
      ),
    });
    const bytes = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('主要指标'), table] }] }));
    const read = await extractSource('指标.docx', bytes);
    expect(read.ok && read.text).toBe(
      ['主要指标', ...rows.map((cells) => `| ${cells.join(' | ')} |`)].join('\n') + '\n',
    );
  });
});

describe('corpus add: files it cannot read are refused with a way to convert them', () => {
  it('refuses a scanned PDF, naming OCR', async () => {
    const scan = await addDocument('tests/fixtures/formats/scan.pdf', { contentDir: dir, known: new Map() });
    expect(scan).toMatchObject({ status: 'refused', folder: null });
    expect(scan.report).toMatch(/没有文字层.*ocrmypdf -l chi_sim/);
  });

  it('refuses a .doc and a .wps, naming soffice --headless --convert-to docx', async () => {
    // The compound-file signature every .doc and .wps starts with.
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
    for (const name of ['通知.doc', '通知.wps', '改了扩展名.docx']) {
      writeFileSync(join(inbox, name), ole);
      const doc = await addDocument(join(inbox, name), { contentDir: dir, known: new Map() });
      expect(doc.status).toBe('refused');
      expect(doc.report).toContain('soffice --headless --convert-to docx');
    }
  });
});
