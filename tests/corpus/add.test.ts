/**
 * `corpus add`: one command from a file to a buildable document — the
 * file copied byte for byte, meta.yaml drafted from what the text states,
 * what was not found said, the structure checked. Run on real sources
 * into a throw-away content folder.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { addDocument } from '../../scripts/corpus/add.ts';
import { buildCorpus } from '../../src/pipeline/corpus.ts';

const dir = mkdtempSync(join(tmpdir(), 'corpus-add-'));
mkdirSync(join(dir, 'documents'));
cpSync('content/jurisdictions.yaml', join(dir, 'jurisdictions.yaml'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// The 洛阳 regulation as it came (its copy in content/ is byte for byte the file in ../shared/corpus/local/).
const luoyang = 'content/documents/luoyang-patent/source.md';

describe('corpus add', () => {
  const adding = addDocument(luoyang, {
    contentDir: dir,
    sourceName: 'LawRefBook/Laws',
    sourceUrl: 'https://example.org/luoyang.md',
  });
  const folder = join(dir, 'documents', 'luoyang-patent');

  it('copies a Markdown regulation byte for byte and drafts metadata that builds', async () => {
    const result = await adding;
    expect(result.status).toBe('added');
    expect(result.ok).toBe(true);
    expect(result.folder).toBe(folder);
    expect(readFileSync(join(folder, 'source.md')).equals(readFileSync(luoyang))).toBe(true);
    const meta = parse(readFileSync(join(folder, 'meta.yaml'), 'utf8'));
    expect(meta).toMatchObject({
      id: 'luoyang-patent',
      title: '洛阳市专利促进与保护条例',
      jurisdiction: { name: '洛阳市', pinyin: 'Luoyang', level: '地级市', parent: '河南省', province: '河南省' },
      genre: '条例',
      issuers: ['洛阳市人民代表大会常务委员会'],
      docNumber: null,
      dates: [
        { event: '通过', date: '2012-10-25' },
        { event: '批准', date: '2012-11-29' },
        { event: '施行', date: '2013-03-01' },
      ],
      source: { file: 'source.md', name: 'LawRefBook/Laws', url: 'https://example.org/luoyang.md' },
    });
    const run = buildCorpus(dir);
    expect(run.failed).toBe(false);
    expect(run.corpus.documents[0].stats.articles).toBe(36);
  });

  it('prints what it found, what it could not find, and the structure it read', async () => {
    const result = await adding;
    expect(result.report).toContain('所属省份：河南省（批准机关）');
    expect(result.report).toMatch(/未能从文本确定[\s\S]*文号：文中没有文号/);
    expect(result.report).toContain('条文：章 5 个（第一章–第五章） · 条 36 条（第一条–第三十六条）');
    expect(result.report).toContain('问题：0 个');
  });

  it('drafts a plan from its notice: 文号, date and issuers from the preamble', async () => {
    const plan = await addDocument('content/documents/baotou/source.txt', { contentDir: dir });
    expect(plan.ok).toBe(true);
    const meta = parse(readFileSync(join(dir, 'documents', 'baotou-ip', 'meta.yaml'), 'utf8'));
    expect(meta).toMatchObject({
      title: '包头市“十四五”知识产权保护和运用规划',
      genre: '规划',
      docNumber: '包市监发〔2021〕369号',
      dates: [{ event: '印发', date: '2021-12-22' }],
      targetYears: [2025],
    });
    expect(meta.jurisdiction).toMatchObject({ name: '包头市', level: '地级市', province: '内蒙古自治区' });
  });

  it('drafts a national regulation: the state as jurisdiction, the organ a revising decision is titled by as issuer', async () => {
    const rules = await addDocument('content/documents/national-patent-rules-2023/source.md', {
      contentDir: dir,
      id: 'rules',
    });
    expect(rules.ok).toBe(true);
    const meta = parse(readFileSync(join(dir, 'documents', 'rules', 'meta.yaml'), 'utf8'));
    expect(meta).toMatchObject({
      jurisdiction: { name: '中华人民共和国', level: '国家', parent: null, province: null },
      genre: '实施细则',
      issuers: ['国务院'],
    });
    expect(meta.dates.map((d: { event: string; date: string }) => `${d.date} ${d.event}`)).toEqual([
      '2001-06-15 公布',
      '2002-12-28 修订',
      '2010-01-09 修订',
      '2023-12-11 修订',
    ]);
  });

  it('refuses to overwrite a document that exists, and says why from the command line', async () => {
    await adding;
    const again = await addDocument(luoyang, { contentDir: dir, id: 'luoyang-patent', known: new Map() });
    expect(again).toMatchObject({ ok: false, folder: null });
    expect(again.report).toMatch(/已有文件夹 .*luoyang-patent/);
    const cli = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/corpus/cli.ts', 'add'], { encoding: 'utf8' });
    expect(cli.status).toBe(2);
    expect(cli.stderr).toContain('npm run corpus -- add <文件>');
  });
});
