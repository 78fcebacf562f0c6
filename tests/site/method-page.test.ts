/**
 * The method has one source, docs/method.md: its figures follow the
 * measurements they report (the leave-one-document-out figures the
 * labeller's evaluation writes, the upstream thresholds the build uses),
 * and the site's method page renders it, in Chinese only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Heading, Root, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parse } from 'node-html-parser';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { beforeAll, describe, expect, it } from 'vitest';
import { developerTextPattern, scanPage } from '../../scripts/check/find-developer-text.ts';
import { lodoTargets } from '../../src/eval/evaluate-lodo.ts';
import { runInstrumentEvaluation } from '../../src/eval/evaluate-instruments.ts';
import { runEvaluation, splits, type Reports } from '../../src/eval/evaluate-themes.ts';
import { readLodoFigures, type ScopeFigures } from '../../src/eval/lodo-figures.ts';
import { formulaDefaults } from '../../src/pipeline/align/frequent-formulae.ts';
import { upstreamDefaults } from '../../src/pipeline/align/upstream.ts';
import { loadTaxonomy } from '../../src/pipeline/tag/load-taxonomy.ts';
import { buildSite } from './build-site.ts';

const methodText = readFileSync(join('docs', 'method.md'), 'utf8');
const method = unified().use(remarkParse).use(remarkGfm).parse(methodText) as Root;
const tables = method.children.filter((node): node is Table => node.type === 'table');
const headings = method.children.filter((node): node is Heading => node.type === 'heading').map((h) => toString(h));

/** The table whose first header cell starts with `title`, as rows of cell texts (header row first). */
function table(title: string): string[][] {
  const found = tables.find((t) => toString(t.children[0]!.children[0]!).startsWith(title));
  if (!found) throw new Error(`docs/method.md has no table headed “${title}”`);
  return found.children.map((row) => row.children.map((cell) => toString(cell)));
}

const f = (n: number): string => n.toFixed(3);
const genres = ['全部', '规划与政策文件', '地方法规', '国家法律法规'] as const;

/** One row per label set, in the order the method lists them. */
function rows(scopes: Partial<Record<string, ScopeFigures>>): string[][] {
  const cells = (pick: (s: ScopeFigures) => string): string[] => genres.map((g) => pick(scopes[g]!));
  return [
    ['主题 micro-F1 / macro-F1', ...cells((s) => `${f(s.themes.micro)} / ${f(s.themes.macro)}`)],
    ['知识产权客体 micro-F1', ...cells((s) => f(s.objects.micro))],
    ['政策工具 micro-F1 / macro-F1', ...cells((s) => `${f(s.instruments.micro)} / ${f(s.instruments.macro)}`)],
    ['工具大类 micro-F1', ...cells((s) => f(s.groups.micro))],
    [
      '力度准确率 / κ',
      ...cells((s) => `${f(s.strength.accuracy)} / ${s.strength.kappa === null ? '—' : f(s.strength.kappa)}`),
    ],
    ['条款角色准确率', ...cells((s) => f(s.roles.accuracy))],
  ];
}

describe('docs/method.md', () => {
  const figures = readLodoFigures()!;

  it('reports the leave-one-document-out figures the labeller evaluation wrote, with its targets', () => {
    const t = lodoTargets;
    const targets = [
      `≥ ${t.themeMicroF1}`,
      `≥ ${t.objectMicroF1}`,
      `≥ ${t.instrumentMicroF1}`,
      `≥ ${t.groupMicroF1}`,
      `≥ ${t.strengthAccuracy} / ≥ ${t.strengthKappa}`,
      `≥ ${t.roleAccuracy}`,
    ];
    const clauses = genres.map((g) => {
      const s = figures.scopes[g]!;
      return `${s.themes.clauses} / ${s.instruments.clauses} / ${s.roles.clauses}`;
    });
    expect(table('留一文件')).toEqual([
      [`留一文件（${figures.folds} 份）`, ...genres, '目标'],
      ...rows(figures.scopes).map((row, i) => [...row, targets[i]!]),
      ['金标准条款（主题 / 工具 / 角色）', ...clauses, ''],
    ]);
  });

  it('reports the same figures over the gold clauses kept out of tuning the rules', () => {
    const clauses = genres.map((g) => {
      const s = figures.heldOut[g]!;
      return `${s.themes.clauses} / ${s.instruments.clauses} / ${s.roles.clauses}`;
    });
    expect(table('调规则时留出的条款')).toEqual([
      ['调规则时留出的条款', ...genres],
      ...rows(figures.heldOut),
      ['金标准条款（主题 / 工具 / 角色）', ...clauses],
    ]);
  });

  it('reports the figures without the rules’ labels as features, and the calibration', () => {
    expect(table('只用分词、字、开头与标题')).toEqual([
      ['只用分词、字、开头与标题', ...genres],
      ...rows(figures.wordsOnly),
    ]);
    const { given, right } = figures.calibration;
    expect(methodText).toContain(
      `标签共 ${given.toLocaleString('en')} 个，其中 ${right.toLocaleString('en')} 个与金标准一致（${f(right / given)}`,
    );
    const held = figures.heldOutCalibration;
    expect(methodText).toContain(
      `调规则时留出的条款上共 ${held.given.toLocaleString('en')} 个，${held.right.toLocaleString('en')} 个一致（${f(held.right / held.given)}）`,
    );
  });

  it('states the upstream thresholds the build uses', () => {
    const o = upstreamDefaults;
    const percent = (x: number): number => Math.round(x * 100);
    expect(methodText).toContain(
      `相似度 ≥ ${o.minScore}、共同文字（每段至少 ${o.minRun} 字）合计至少 ${o.minShared} 字`,
    );
    expect(methodText).toContain(
      `共同文字中至少 ${o.minSpecific} 字须是具体的表述，即在本条所比的国家文本中见于不到 ${o.stockArticles} 条条文`,
    );
    expect(methodText).toContain(
      `见于至少 max(${formulaDefaults.formulaMinDocuments}, ⌈N/${1 / formulaDefaults.formulaDocumentShare}⌉) 份地方文件`,
    );
    expect(methodText).toContain(
      `每条至多 ${o.maxSources} 个来源，按相似度排列；其后的来源须不低于最佳来源相似度的 ${percent(o.relative)}%，且须带来同一国家文本中排在前面的来源所没有的具体表述至少 ${o.minNovel} 字`,
    );
    expect(methodText).toContain(
      `共同文字（只计每段至少 ${o.copyRun} 字的）占本条归一化文字 ${percent(o.copyShare)}% 以上为**照搬**`,
    );
  });
});

describe('the rules’ figures in docs/method.md', () => {
  const splitNames = { all: '全部', tune: '调参部分', 'held-out': '留出部分' } as const;

  it('equal the theme and object evaluation of the rules', () => {
    const e = runEvaluation();
    const row = (name: string, r: Reports): string[] => [
      `${name}（${r.themes.all.clauses}）`,
      ...splits.map((s) => `${f(r.themes[s].micro.f1)} / ${f(r.themes[s].macro)} / ${f(r.objects[s].micro.f1)}`),
    ];
    expect(table('规则：主题')).toEqual([
      ['规则：主题 micro-F1 / macro-F1 / 客体 micro-F1', ...splits.map((s) => splitNames[s])],
      row('全部', e),
      row('政策文件', e.genres['政策文件']),
      row('地方法规', e.genres['地方法规']),
      row('国家法律法规', e.genres['国家法律法规']),
    ]);
    const zh = new Map(loadTaxonomy(join('content', 'taxonomy')).themes.labels.map((l) => [l.id, l.zh]));
    const perTheme = e.themeIds.map((id) => `${zh.get(id)} ${e.themes.all.perLabel.get(id)!.f1.toFixed(2)}`).join('、');
    expect(methodText.replace(/\n/g, '')).toContain(`规则的各主题 F1（全部金标准）：${perTheme}。`);
  }, 120_000);

  it('equal the instrument and strength evaluation of the rules', () => {
    const r = runInstrumentEvaluation().all;
    expect(table('规则：政策工具')).toEqual([
      ['规则：政策工具与力度', ...splits.map((s) => `${splitNames[s]}（${r[s].instruments.clauses}）`)],
      ['工具大类 micro-F1', ...splits.map((s) => f(r[s].groups.micro.f1))],
      [
        '工具 micro-F1 / macro-F1',
        ...splits.map((s) => `${f(r[s].instruments.micro.f1)} / ${f(r[s].instruments.macro)}`),
      ],
      ["力度准确率 / Cohen's κ", ...splits.map((s) => `${f(r[s].strength.accuracy)} / ${f(r[s].strength.kappa)}`)],
    ]);
  }, 120_000);
});

describe('the method page', () => {
  let html: string;
  beforeAll(() => {
    html = readFileSync(join(buildSite({ name: 'sub', base: '/ip-policy/' }), 'method', 'index.html'), 'utf8');
  }, 300_000);

  it('shows every section of docs/method.md as a heading listed in the table of contents', () => {
    const page = parse(html);
    const shown = page.querySelectorAll('.method h2').map((h) => h.text.trim());
    expect(headings.length).toBeGreaterThan(8);
    expect(shown).toEqual(headings);
    const toc = page.querySelectorAll('nav.toc a').map((a) => a.text.trim());
    expect(toc).toEqual(expect.arrayContaining(headings));
    for (const h of page.querySelectorAll('.method h2'))
      expect(page.querySelector(`nav.toc a[href="#${h.id}"]`)).not.toBeNull();
    expect(page.querySelectorAll('.method table').length).toBe(tables.length);
    const upstream = page.querySelector('.method h2[id^="国家来源"]')!;
    expect(page.querySelector('#upstream p a')!.getAttribute('href')).toBe(`#${upstream.id}`);
  });

  it('describes each theme as the taxonomy does', () => {
    const themes = loadTaxonomy(join('content', 'taxonomy')).themes.labels;
    const rows = parse(html).querySelectorAll('#taxonomy table.labels').at(0)!.querySelectorAll('tbody tr');
    expect(rows.map((r) => [r.querySelector('th')!.text, r.querySelector('td')!.text])).toEqual(
      themes.map((t) => [t.zh, t.description]),
    );
  });

  it('shows no taxonomy id, file path or command', () => {
    const taxonomy = loadTaxonomy(join('content', 'taxonomy'));
    const ids = [taxonomy.themes, taxonomy.objects, taxonomy.instruments].flatMap((file) =>
      file.labels.flatMap((label) => [label.id, ...label.rules.map((rule) => rule.id)]),
    );
    expect(scanPage(html, developerTextPattern(ids), 'method/')).toEqual([]);
  });
});
