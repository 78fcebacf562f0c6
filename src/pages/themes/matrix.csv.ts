/**
 * `themes/matrix.csv`: the theme × document matrix, one row per document
 * and theme, counted by the same function as the matrix, the theme pages
 * and the clause lists (src/site/theme-cells.ts), in both scopes: tasks,
 * safeguards and provisions, and every clause, each count with how many
 * of its theme labels have low confidence (below 0.5); written by the
 * project's one CSV writer (BOM, CRLF, quoted where needed).
 *
 * Example row: `浙江省 · 专利条例（2015）,zhejiang-patent,浙江省,地方性法规,保护,protection,20,…`.
 */
import { readCorpus } from '../../data/published-data.ts';
import type { APIRoute } from 'astro';
import { toCsv } from '../../model/csv.ts';
import { docInfo, themeList } from '../../site/corpus.ts';
import { fullMatrix } from '../../site/matrix-pages.ts';

const share = (count: number, of: number): string => (of === 0 ? '0' : (count / of).toFixed(4));

/** The columns of the CSV, in order. */
const columns = [
  '文件',
  '文件id',
  '地区',
  '效力类别',
  '主题',
  '主题id',
  '条款数（任务、保障措施与法规条文）',
  '其中低置信度（任务、保障措施与法规条文）',
  '占比（任务、保障措施与法规条文）',
  '任务保障措施与法规条文数',
  '条款数（全部条款）',
  '其中低置信度（全部条款）',
  '占比（全部条款）',
  '全部条款数',
] as const;

/** The CSV text of the whole matrix. */
export function themeMatrixCsv(): string {
  const themes = themeList();
  const ids = themes.map((t) => t.id);
  const counted = fullMatrix(ids);
  const all = fullMatrix(ids, 'all');
  const index = (matrix: typeof counted) =>
    new Map([...matrix].map(([theme, cells]) => [theme, new Map(cells.map((c) => [c.docId, c]))]));
  const [countedAt, allAt] = [index(counted), index(all)];
  const cell = (at: typeof countedAt, theme: string, docId: string) => at.get(theme)!.get(docId)!;
  const rows = readCorpus().documents.flatMap((doc) => {
    const info = docInfo(doc.meta.id);
    return themes.map((theme) => {
      const kept = cell(countedAt, theme.id, info.id);
      const every = cell(allAt, theme.id, info.id);
      return {
        文件: info.label,
        文件id: info.id,
        地区: info.jurisdictionName,
        效力类别: info.category ?? '未知',
        主题: theme.zh,
        主题id: theme.id,
        '条款数（任务、保障措施与法规条文）': kept.count,
        '其中低置信度（任务、保障措施与法规条文）': kept.low,
        '占比（任务、保障措施与法规条文）': share(kept.count, kept.clauses),
        任务保障措施与法规条文数: kept.clauses,
        '条款数（全部条款）': every.count,
        '其中低置信度（全部条款）': every.low,
        '占比（全部条款）': share(every.count, every.clauses),
        全部条款数: every.clauses,
      };
    });
  });
  return toCsv(columns, rows);
}

/** Serves the CSV. */
export const GET: APIRoute = () =>
  new Response(themeMatrixCsv(), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
