/**
 * `npm run corpus -- inspect <file> [--json]`: runs any text file through
 * the pipeline without metadata (decode → repair → normalize → structure)
 * and reports what it found, Chinese first: sections, clauses, tables,
 * responsible units, repairs, and every problem with line and column.
 * An errata.yaml beside the file is applied, as in the build.
 *
 * Example: `检查 source.txt · 条款 60 · 表格 0 · 修复 1 处 · 问题 0 个`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { reporter } from 'vfile-reporter';
import type { PolicyDocument } from '../../src/model/types.ts';
import { processDocument } from '../../src/pipeline/document.ts';
import { readErrata, type Erratum } from '../../src/pipeline/errata.ts';
import { clausesOf } from '../../src/model/walk.ts';

export interface Inspection {
  doc: PolicyDocument | null;
  files: VFile[];
  failed: boolean;
}

/** A URL-safe id for a file: its folder's name for `source.txt`, else its own name. */
function idFor(path: string): string {
  const stem = basename(path).replace(/\.[^.]*$/, '');
  const name = stem === 'source' ? basename(dirname(path)) : stem;
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return /^[a-z]/.test(slug) ? slug : `doc-${slug || 'file'}`;
}

/** Runs one file through the pipeline with `meta: null`. */
export function inspectFile(path: string): Inspection {
  const file = new VFile({ path });
  const files = [file];
  if (!existsSync(path)) {
    file.message(`找不到文件 / File not found: ${path}`, { ruleId: 'missing', source: 'inspect' }).fatal = true;
    return { doc: null, files, failed: true };
  }
  const errataPath = join(dirname(path), 'errata.yaml');
  let errata: Erratum[] = [];
  if (existsSync(errataPath)) {
    const errataFile = new VFile({ path: errataPath });
    files.push(errataFile);
    const read = readErrata(readFileSync(errataPath, 'utf8'));
    for (const p of read.problems)
      errataFile.message(p.message, { place: p, ruleId: 'errata-schema', source: 'errata' }).fatal = true;
    errata = read.errata;
  }
  let doc: PolicyDocument | null = null;
  try {
    doc = processDocument({
      id: idFor(path),
      bytes: readFileSync(path),
      meta: null,
      errata,
      errataFile: errataPath,
      file,
    });
  } catch (error) {
    if (!(error instanceof VFileMessage)) throw error;
  }
  return { doc, files, failed: doc === null || files.some((f) => f.messages.some((m) => m.fatal)) };
}

const repairKinds: Record<string, string> = {
  decoding: '解码',
  gloss: '拼音注音',
  'mis-decoding': '错码片段',
  'heading-number': '标题编号',
  'line-join': '断行合并',
};

/** `第一章–第七章`: the first and last number of a run, so a reader sees at once whether the reading is right. */
const range = (numbers: readonly string[]): string =>
  numbers.length === 0 ? '' : numbers.length === 1 ? `（${numbers[0]}）` : `（${numbers[0]}–${numbers.at(-1)}）`;

/** The legal units found, with the numbers seen: `章 7 个（第一章–第七章）· 条 51 条（第一条–第五十一条）· 款 70 · 项 40`. */
export function structureSummary(doc: PolicyDocument): string[] {
  const units: Record<string, string[]> = { 编: [], 分编: [], 章: [], 节: [] };
  const walk = (nodes: PolicyDocument['body']): void => {
    for (const node of nodes)
      if (node.type === 'section') {
        if (node.unit) units[node.unit].push(node.number ?? '');
        walk(node.children);
      }
  };
  walk(doc.body);
  const articles = clausesOf(doc.body).filter((c) => c.parts);
  if (articles.length === 0) return [];
  const parts = articles.flatMap((a) => a.parts ?? []);
  const heads = Object.entries(units)
    .filter(([, n]) => n.length)
    .map(([unit, n]) => `${unit} ${n.length} 个${range(n)}`);
  const count = (kind: string): number => parts.filter((p) => p.kind === kind).length;
  return [
    `条文：${[...heads, `条 ${articles.length} 条${range(articles.map((a) => a.number ?? ''))}`, `款 ${count('款')} 个`, `项 ${count('项')} 个`, `目 ${count('目')} 个`].join(' · ')}`,
  ];
}

/** The report as text, Chinese first. */
export function formatInspection(path: string, { doc, files, failed }: Inspection): string {
  const out = [`检查 ${path}`];
  if (doc) {
    const s = doc.stats;
    out.push(
      `编码：${s.encoding} · 文字：${doc.meta.script === 'Hant' ? '繁体（已转简体）' : '简体'} · ${s.sourceBytes} 字节`,
    );
    out.push(`标题：${doc.title}`);
    if (doc.preamble.length)
      out.push(`标题前：${doc.preamble.length} 段（${doc.preamble.map((b) => b.role).join('、')}）`);
    out.push(`结构：章节 ${s.sections} 个 · 条款 ${s.clauses} 条 · 表格 ${s.tables} 个 · 专栏 ${s.boxes} 个`);
    out.push(...structureSummary(doc));
    if (doc.history.length) out.push(`制定与修改：${doc.history.map((e) => `${e.date} ${e.event}`).join('；')}`);
    if (doc.closing.length) out.push(`落款：${doc.closing.map((b) => b.text).join(' ')}`);
    const counts = new Map<string, number>();
    for (const clause of clausesOf(doc.body))
      for (const agency of clause.agencies) counts.set(agency, (counts.get(agency) ?? 0) + 1);
    const top = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    out.push(
      `责任单位：${counts.size} 个${
        top.length
          ? `（${top
              .slice(0, 12)
              .map(([name, n]) => `${name} ${n}`)
              .join('、')}${top.length > 12 ? '…' : ''}）`
          : ''
      }`,
    );
    const byKind = new Map<string, number>();
    for (const r of doc.repairs) byKind.set(r.kind, (byKind.get(r.kind) ?? 0) + 1);
    out.push(
      `修复：${doc.repairs.length} 处${byKind.size ? `（${[...byKind].map(([k, n]) => `${repairKinds[k] ?? k} ${n}`).join('、')}）` : ''}`,
    );
    for (const r of doc.repairs.filter((r) => r.kind !== 'gloss').slice(0, 20))
      out.push(`  第 ${r.line} 行第 ${r.column} 列：“${r.before}” → “${r.after}”`);
  }
  const messages = files.flatMap((f) => f.messages);
  out.push(`问题：${messages.length} 个${failed ? '（无法完成，见下）' : ''}`);
  const report = reporter(files, { quiet: true });
  if (report) out.push(report);
  return out.join('\n');
}
