/**
 * A synthetic corpus for the scale benchmark: N document folders
 * (source + meta.yaml with the right sha256) under N invented cities.
 * Two of every three are plans (source.txt) recombined from the top-level
 * sections of the real plans; every third is a regulation (source.md, as
 * law collections publish them) recombined from the chapters of the real
 * regulations, its articles numbered anew through the text.
 * Deterministic: the same N and seed give the same bytes. Every fifth
 * plan-slot document is in traditional characters (with 重庆's pinyin
 * glosses), so the simplification step is measured too.
 *
 *   tsx scripts/bench/generate-corpus.ts <outDir> <N> [--seed 1]
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as OpenCC from 'opencc-js';
import { VFile } from 'vfile';
import { stringify } from 'yaml';
import { buildCorpus } from '../../src/pipeline/corpus.ts';
import { parseErrata } from '../../src/pipeline/errata.ts';
import { toChineseNumber } from '../../src/pipeline/structure/lines.ts';
import { decode } from '../../src/pipeline/text/decode.ts';
import { toSimplified } from '../../src/pipeline/text/simplify.ts';
import { seededRandom } from './seeded-random.ts';
import { isLegal, isNational } from '../../src/model/document-meta.ts';
import type { Clause, PolicyDocument, Section } from '../../src/model/types.ts';
import { clausesOf } from '../../src/model/walk.ts';

interface Block {
  lines: string[];
  script: 'Hans' | 'Hant';
  /** True when the first line is a `一、` heading whose number can be replaced. */
  headed: boolean;
  /** A regulation's chapter: its title and its articles' lines (each article's first line starts with 第X条). */
  legal?: { title: string; articles: string[][] };
}

const topMarker = /^\s*(?:[一二三四五六七八九十]+|\d{1,2})、/;

/** The top-level sections of the real documents as source lines (errata applied); 包头's headless body in runs of six units. */
export function sectionPool(contentDir = 'content'): Block[] {
  const blocks: Block[] = [];
  for (const doc of buildCorpus(contentDir).corpus.documents) {
    const folder = join(contentDir, 'documents', doc.meta.id);
    // The synthetic mix is of local documents, as measured before the national layer came in.
    if (isNational(doc.meta)) continue;
    if (isLegal(doc.meta)) {
      blocks.push(...chapterBlocks(doc));
      continue;
    }
    const file = new VFile({ path: join(folder, 'source.txt') });
    const lines = decode(readFileSync(join(folder, 'source.txt')), file).text.split('\n');
    if (doc.meta.id === 'chongqing') {
      for (const e of parseErrata(readFileSync(join(folder, 'errata.yaml'), 'utf8'), 'errata.yaml'))
        lines[e.line - 1] = lines[e.line - 1].replace(e.span, e.repair);
    }
    const starts = doc.body.map((node) => node.line - 1);
    const headed = doc.body.some((node) => node.type === 'section' && node.level === 1);
    const step = headed ? 1 : 6;
    for (let k = 0; k < starts.length; k += step) {
      const slice = lines.slice(starts[k], starts[k + step] ?? lines.length).filter((line) => line.trim() !== '');
      blocks.push({ lines: slice, script: doc.meta.script, headed: headed && topMarker.test(slice[0]) });
    }
  }
  return blocks;
}

/** A regulation's chapters as blocks of articles (a text without chapters in runs of six articles), each article as its source lines. */
/** The jurisdiction of a synthetic city: a 地级市 of the synthetic province. */
const syntheticCity = (name: string, pinyin: string) => ({
  name,
  pinyin: pinyin[0].toUpperCase() + pinyin.slice(1),
  level: '地级市',
  parent: '合成省',
  province: '合成省',
});

function chapterBlocks(doc: PolicyDocument): Block[] {
  const article = (clause: Clause): string[] => {
    const parts = clause.parts ?? [];
    return parts.map((part, i) => `${i === 0 ? `${clause.number} ` : ''}${part.number ?? ''}${part.text}`);
  };
  const chapters = doc.body.filter((node): node is Section => node.type === 'section');
  const groups = chapters.length
    ? chapters.map((chapter) => ({ title: chapter.title, clauses: clausesOf(chapter.children) }))
    : Array.from({ length: Math.ceil(clausesOf(doc.body).length / 6) }, (_, k) => ({
        title: fallbackHeadings[k % fallbackHeadings.length],
        clauses: clausesOf(doc.body).slice(k * 6, k * 6 + 6),
      }));
  return groups
    .filter((g) => g.clauses.length)
    .map((g) => ({
      lines: [],
      script: 'Hans',
      headed: false,
      legal: { title: g.title, articles: g.clauses.map(article) },
    }));
}

/** The lines of a synthetic regulation in Markdown: title, history, chapters with their articles numbered 1, 2, 3 … through the text. */
function regulationLines(title: string, city: string, chapters: readonly Block[], year: number): string[] {
  const lines = [
    `# ${title}`,
    '',
    `${year}年6月1日 ${city}人民代表大会常务委员会第五次会议通过`,
    '',
    '<!-- INFO END -->',
    '',
  ];
  let n = 0;
  chapters.forEach((block, c) => {
    lines.push(`## 第${toChineseNumber(c + 1)}章 ${block.legal!.title}`, '');
    for (const article of block.legal!.articles) {
      n++;
      article.forEach((line, i) =>
        lines.push(i === 0 ? line.replace(/^第[一二三四五六七八九十百零]+条/, `第${toChineseNumber(n)}条`) : line, ''),
      );
    }
  });
  return lines;
}

// Characters written the same in both scripts, with their pinyin, for invented city names.
const syllables =
  '青qing 山shan 江jiang 河he 清qing 平ping 和he 安an 泉quan 林lin 石shi 明ming 新xin 昌chang 南nan 北bei 西xi 德de 丰feng 阳yang 川chuan 湖hu 海hai 原yuan 台tai 溪xi 桥qiao 宜yi 永yong 长chang 白bai 金jin 玉yu 水shui 峰feng 华hua 兴xing 庆qing 福fu 春chun';
const genres = [
  ['规划', '知识产权保护和运用规划'],
  ['实施方案', '知识产权强市建设实施方案'],
  ['实施意见', '关于全面加强知识产权工作的实施意见'],
  ['行动方案', '知识产权强市行动方案'],
] as const;
const fallbackHeadings = ['重点任务', '主要举措', '保障措施', '工作要求'];

/** Writes N synthetic document folders under `<outDir>/documents/`; returns their total source bytes. */
export function generateCorpus(outDir: string, count: number, seed = 1, pool: Block[] = sectionPool()): number {
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
  const simplify = toSimplified();
  const chars = syllables
    .split(' ')
    .map((s) => ({ zh: s[0], py: s.slice(1) }))
    .filter((c) => simplify(c.zh) === c.zh && toTraditional(c.zh) === c.zh);
  const rng = seededRandom(seed);
  const pairs = chars.flatMap((a) => chars.filter((b) => b !== a).map((b) => ({ zh: a.zh + b.zh, py: a.py + b.py })));
  const names =
    count <= pairs.length
      ? pairs
      : pairs.flatMap((p) =>
          chars.filter((c) => !p.zh.includes(c.zh)).map((c) => ({ zh: p.zh + c.zh, py: p.py + c.py })),
        );
  for (let i = names.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [names[i], names[j]] = [names[j], names[i]];
  }
  if (count > names.length) throw new Error(`At most ${names.length} synthetic cities; asked for ${count}`);
  rmSync(join(outDir, 'documents'), { recursive: true, force: true });
  // The content-level data (indicator rules, agency aliases, taxonomy) comes along unchanged.
  for (const entry of readdirSync('content').filter((name) => name !== 'documents'))
    cpSync(join('content', entry), join(outDir, entry), { recursive: true });
  let total = 0;
  const plans = pool.filter((block) => !block.legal);
  const chapters = pool.filter((block) => block.legal);
  for (let i = 0; i < count; i++) {
    const pick = seededRandom(seed * 1_000_003 + i);
    const id = `bench-${String(i + 1).padStart(4, '0')}`;
    if (i % 3 === 2 && chapters.length) {
      const city = `${names[i].zh}市`;
      const title = `${city}专利促进条例`;
      const year = 2010 + (i % 12);
      const picked = Array.from(
        { length: 3 + Math.floor(pick() * 4) },
        () => chapters[Math.floor(pick() * chapters.length)],
      );
      const source = Buffer.from(`${regulationLines(title, city, picked, year).join('\n')}\n`);
      writeDocument(outDir, id, 'source.md', source, {
        id,
        title,
        jurisdiction: syntheticCity(city, names[i].py),
        genre: '条例',
        issuers: [`${city}人民代表大会常务委员会`],
        docNumber: null,
        dates: [{ event: '通过', date: `${year}-06-01`, by: `${city}人民代表大会常务委员会第五次会议` }],
        status: null,
        targetYears: [],
        script: 'Hans',
        work: null,
        provenance: `基准测试用的合成法规：由真实法规的 ${picked.length} 章重组而成，条文重新编号（种子 ${seed}）。`,
        source: { file: 'source.md', sha256: createHash('sha256').update(source).digest('hex'), name: null, url: null },
      });
      total += source.length;
      continue;
    }
    const script = i % 5 === 1 ? 'Hant' : 'Hans';
    const convert = (line: string, from: Block['script']): string =>
      from === script ? line : script === 'Hant' ? toTraditional(line) : simplify(line);
    const city = `${names[i].zh}市`;
    const [genre, suffix] = genres[i % genres.length];
    const title = `${city}${suffix}`;
    const lines = [
      convert(title, 'Hans'),
      convert(`为深入实施知识产权强国战略，推进${city}知识产权工作高质量发展，结合本市实际，制定本${genre}。`, 'Hans'),
    ];
    const sections = 3 + Math.floor(pick() * 4);
    for (let s = 1; s <= sections; s++) {
      const block = plans[Math.floor(pick() * plans.length)];
      const body = block.lines.map((line) => convert(line, block.script));
      const number = `${toChineseNumber(s)}、`;
      if (block.headed) body[0] = body[0].replace(topMarker, number);
      else body.unshift(convert(`${number}${fallbackHeadings[s % fallbackHeadings.length]}`, 'Hans'));
      lines.push(...body);
    }
    const source = Buffer.from(`${lines.join('\n')}\n`);
    const meta = {
      id,
      title,
      jurisdiction: syntheticCity(city, names[i].py),
      genre,
      issuers: [],
      docNumber: null,
      dates: [
        {
          event: '印发',
          date: `2022-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
          by: null,
        },
      ],
      status: null,
      targetYears: [2025],
      script,
      work: null,
      provenance: `基准测试用的合成文件：由真实文件的 ${sections} 个部分重组而成（种子 ${seed}）。`,
      source: { file: 'source.txt', sha256: createHash('sha256').update(source).digest('hex'), name: null, url: null },
    };
    writeDocument(outDir, id, 'source.txt', source, meta);
    total += source.length;
  }
  return total;
}

function writeDocument(outDir: string, id: string, file: string, source: Buffer, meta: Record<string, unknown>): void {
  mkdirSync(join(outDir, 'documents', id), { recursive: true });
  writeFileSync(join(outDir, 'documents', id, file), source);
  writeFileSync(join(outDir, 'documents', id, 'meta.yaml'), stringify(meta));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [outDir, n] = process.argv.slice(2);
  const seedAt = process.argv.indexOf('--seed');
  if (!outDir || !Number(n)) {
    console.error('Usage: tsx scripts/bench/generate-corpus.ts <outDir> <N> [--seed 1]');
    process.exit(2);
  }
  const bytes = generateCorpus(outDir, Number(n), seedAt > 0 ? Number(process.argv[seedAt + 1]) : 1);
  console.log(`${n} documents, ${(bytes / 1e6).toFixed(2)} MB of source text → ${join(outDir, 'documents')}`);
}
