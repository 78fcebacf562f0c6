import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/data/published-data.ts';
import { writeCatalog } from '../../src/pipeline/export/catalog.ts';
import { compressedFiles } from '../../src/data/downloads.ts';
import { writeCorpusData } from '../../src/pipeline/export/write.ts';
import { tagCorpus } from '../../src/pipeline/tag/tag-corpus.ts';
import type { Corpus } from '../../src/model/types.ts';
import { clausesOf } from '../../src/model/walk.ts';
import { realCorpus } from './real-corpus.ts';

describe('published data', () => {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-data-'));
  // A tagged copy, so the label columns have something to show (the shared real corpus stays untagged).
  const corpus = structuredClone(realCorpus().corpus);
  tagCorpus(corpus);
  writeCorpusData(corpus, dir);

  it('writes corpus.json with documents → sections → clauses', () => {
    const data = JSON.parse(readFileSync(join(dir, 'corpus.json'), 'utf8')) as Corpus;
    const cq = data.documents.find((d) => d.meta.id === 'chongqing')!;
    expect(cq.meta).toMatchObject({
      dates: [{ event: '印发', date: '2024-10-11', by: '重庆市人民政府、国家知识产权局' }],
      issuers: ['重庆市人民政府', '国家知识产权局'],
      script: 'Hant',
    });
    const tasks = cq.body.find((n) => n.type === 'section' && n.title === '共建任务');
    expect(tasks?.type === 'section' && tasks.children[0].type).toBe('section');
    const baotou = data.documents.find((d) => d.meta.id === 'baotou')!;
    expect(baotou.meta).toMatchObject({
      docNumber: '包市监发〔2021〕369号',
      dates: [{ event: '印发', date: '2021-12-22' }],
    });
    expect(data.documents.find((d) => d.meta.id === 'weihai')!.meta.dates).toEqual([]);
  });

  it('writes clauses.csv in UTF-8 with a BOM, one row per clause', () => {
    const csv = readFileSync(join(dir, 'clauses.csv'));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(csv.toString('utf8').slice(1), { columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(corpus.documents.reduce((n, d) => n + d.stats.clauses, 0));
    const row = rows.find((r) => r.条款id === 'weihai-3-3')!;
    expect(row).toMatchObject({
      文件id: 'weihai',
      地区: '威海市',
      引用路径: '三、（三）',
      责任单位: '市法院；市检察院；市公安局；市司法局',
    });
    expect(row.正文).toContain('建立技术调查官制度');
    // Labels readable in Chinese, and as ids in their own column.
    expect(row.主题id.split(';')).toContain('protection');
    expect(row.主题.split('；')).toContain('保护');
    expect(row.主题.split('；')).toHaveLength(row.主题id.split(';').length);
    expect(row.引用).toBe(
      '佚名. 关于贯彻落实〈山东省知识产权强省建设纲要（2021—2035年）〉全面促进知识产权高质量发展的实施意见[EB/OL]. 三、（三）',
    );
  });

  it('keeps every clause of several paragraphs in one row of clauses.csv and of its document CSV, text for text', () => {
    const clauses = corpus.documents.flatMap((doc) => clausesOf(doc.body));
    const multi = clauses.filter((c) => c.text.includes('\n'));
    expect(multi.length).toBeGreaterThan(50);
    const rows = parse(readFileSync(join(dir, 'clauses.csv'), 'utf8').slice(1), { columns: true }) as Array<
      Record<string, string>
    >;
    expect(rows.map((r) => r.条款id)).toEqual(clauses.map((c) => c.id));
    expect(rows.map((r) => r.正文)).toEqual(clauses.map((c) => c.text));
    expect(rows.map((r) => r.原文)).toEqual(clauses.map((c) => c.original));
    const zhejiang = parse(readFileSync(join(dir, 'documents', 'zhejiang-patent.csv'), 'utf8').slice(1), {
      columns: true,
    }) as Array<Record<string, string>>;
    const a31 = clauses.find((c) => c.id === 'zhejiang-patent-a31')!;
    expect(a31.text.split('\n').length).toBeGreaterThan(1);
    expect(zhejiang.find((r) => r.条款id === a31.id)!.正文).toBe(a31.text);
  });

  it('writes Markdown per document with clause ids as anchors', () => {
    const md = readFileSync(join(dir, 'markdown', 'luolong.md'), 'utf8');
    expect(md).toContain('# 洛龙区知识产权强区行动方案');
    expect(md).toContain('<a id="luolong-2-2-7"></a>');
    expect(md).toContain('**1.** 探索新业态新领域保护制度');
  });

  it('writes the whole corpus also gzip-compressed, with the same bytes inside', () => {
    for (const name of ['corpus.json', 'clauses.csv']) {
      const packed = readFileSync(join(dir, `${name}.gz`));
      expect(gunzipSync(packed).equals(readFileSync(join(dir, name))), name).toBe(true);
      expect(packed.length).toBeLessThan(statSync(join(dir, name)).size / 3);
    }
  });

  it('writes each document on its own: JSON of the corpus shape with one document, CSV with its clauses only', () => {
    const whole = JSON.parse(readFileSync(join(dir, 'corpus.json'), 'utf8')) as Corpus;
    const one = JSON.parse(readFileSync(join(dir, 'documents', 'ningbo.json'), 'utf8')) as Corpus;
    expect(one).toEqual({ schema: 1, documents: [whole.documents.find((d) => d.meta.id === 'ningbo')] });
    const all = parse(readFileSync(join(dir, 'clauses.csv'), 'utf8').slice(1), { columns: true }) as Array<
      Record<string, string>
    >;
    const csv = readFileSync(join(dir, 'documents', 'ningbo.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(parse(csv.slice(1), { columns: true })).toEqual(all.filter((row) => row.文件id === 'ningbo'));
    for (const doc of corpus.documents)
      for (const ext of ['json', 'csv']) expect(existsSync(join(dir, 'documents', `${doc.meta.id}.${ext}`))).toBe(true);
  });

  it('publishes a compressed whole-corpus file over the limit in volumes of whole documents, each under it, and removes them when it fits again', () => {
    const small = mkdtempSync(join(tmpdir(), 'corpus-volumes-'));
    writeCorpusData(corpus, small);
    const packed = statSync(join(small, 'corpus.json.gz')).size;
    const limit = Math.ceil(packed * 0.6);
    writeCorpusData(corpus, small, { fileLimit: limit });
    expect(existsSync(join(small, 'corpus.json.gz'))).toBe(false);
    const parts = compressedFiles(small, 'corpus.json');
    expect(parts.length).toBeGreaterThanOrEqual(2);
    expect(parts[0]).toBe('corpus-1.json.gz');
    for (const part of parts) expect(statSync(join(small, part)).size).toBeLessThanOrEqual(limit);
    const joined = parts.flatMap(
      (part) => (JSON.parse(gunzipSync(readFileSync(join(small, part))).toString('utf8')) as Corpus).documents,
    );
    expect(joined).toEqual((JSON.parse(readFileSync(join(dir, 'corpus.json'), 'utf8')) as Corpus).documents);
    const rows = compressedFiles(small, 'clauses.csv').flatMap(
      (part) =>
        parse(
          gunzipSync(readFileSync(join(small, part)))
            .toString('utf8')
            .slice(1),
          { columns: true },
        ) as Array<Record<string, string>>,
    );
    expect(rows).toEqual(parse(readFileSync(join(dir, 'clauses.csv'), 'utf8').slice(1), { columns: true }));
    writeCorpusData(corpus, small);
    expect(compressedFiles(small, 'corpus.json')).toEqual(['corpus.json.gz']);
    expect(readdirSync(small).filter((file) => /^corpus-\d+/.test(file))).toEqual([]);
    rmSync(small, { recursive: true, force: true });
  });

  it('leaves out an uncompressed whole-corpus file over the file limit, removes a stale one, and the site reads the corpus by document', () => {
    const small = mkdtempSync(join(tmpdir(), 'corpus-limit-'));
    writeCorpusData(corpus, small);
    const csvBytes = statSync(join(small, 'clauses.csv')).size;
    // A limit between the two files' sizes: clauses.csv stays, corpus.json (larger) goes, its .gz stays.
    writeCorpusData(corpus, small, { fileLimit: csvBytes });
    expect(statSync(join(small, 'corpus.json.gz')).size).toBeGreaterThan(0);
    expect(existsSync(join(small, 'corpus.json'))).toBe(false);
    expect(existsSync(join(small, 'clauses.csv'))).toBe(true);
    expect(existsSync(join(small, 'documents', 'ningbo.json'))).toBe(true);
    // The site then reads the corpus document by document, in the catalogue's order.
    writeCatalog(corpus, small);
    const before = process.env.DATA_DIR;
    process.env.DATA_DIR = small;
    try {
      expect(readCorpus()).toEqual(JSON.parse(readFileSync(join(dir, 'corpus.json'), 'utf8')));
    } finally {
      if (before === undefined) delete process.env.DATA_DIR;
      else process.env.DATA_DIR = before;
    }
    rmSync(small, { recursive: true, force: true });
  });
});
