/**
 * `clauses.csv` for researchers: one row per clause, UTF-8 with a BOM so
 * Excel opens the Chinese text correctly, columns named in Chinese. Every
 * label is given readable (主题 `保护；管理`) and as its ids in a column of
 * its own (主题id `protection;management`; 角色 `任务`, 角色id `tasks`), so a table can be read and
 * still be joined on ids. Each row carries its citation (GB/T 7714 style,
 * without the access date and address, which depend on where it is read).
 * Written by the project's one CSV writer (`src/model/csv.ts`).
 *
 * Local clauses carry their national sources (上游关系 照搬/改写/本地, the
 * articles cited as `中华人民共和国专利法第十五条` and by id); national
 * clauses leave those columns empty.
 *
 * Each learned label's probability follows in a column per label set
 * (主题置信度 `运用 0.93；保护 0.62`), and 低置信度标签数 counts the
 * clause's labels given below 0.5, so a table can leave them out.
 *
 * Example row: `weihai-3-3,weihai,威海市,…,三、（三）,…,市法院；市检察院,保护；人才,protection;talent,…`.
 */
import { citationText } from '../../model/citation.ts';
import { citeCode } from '../../model/cite-code.ts';
import { toCsv, type CsvValue } from '../../model/csv.ts';
import { primaryDate } from '../../model/document-meta.ts';
import type { Corpus, Label } from '../../model/types.ts';
import { clausesOf } from '../../model/walk.ts';
import type { DocumentUpstream } from '../../data/schemas/upstream.ts';
import { loadTaxonomy, type Taxonomy } from '../tag/load-taxonomy.ts';
import { loadRoles, type RoleFile } from '../tag/roles.ts';
import { confidenceCell, isLowConfidence } from '../../model/confidence.ts';

const ids = (list: readonly Label[]): string => list.map((label) => label.id).join(';');

/** The columns of clauses.csv, in order. */
export const clauseColumns = [
  '条款id',
  '文件id',
  '地区',
  '文件',
  '体裁',
  '文号',
  '日期',
  '引用路径',
  '标题链',
  '编号',
  '条款标题',
  '专栏',
  '正文',
  '原文',
  '责任单位',
  '主题',
  '主题id',
  '知识产权类型',
  '知识产权类型id',
  '政策工具',
  '政策工具id',
  '政策力度',
  '政策力度id',
  '上游关系',
  '上游来源',
  '上游来源id',
  '角色',
  '角色id',
  '主题置信度',
  '知识产权类型置信度',
  '政策工具置信度',
  '政策力度置信度',
  '角色置信度',
  '低置信度标签数',
  '引用',
  '引证码',
  '行号',
] as const;

/** The corpus as CSV text (BOM included); `taxonomy` gives the labels' Chinese names, `upstream` the local clauses' national sources, `roles` the role names, `sources` the corpus the national source articles are named from (the whole corpus when `corpus` is one document). */
export function toClausesCsv(
  corpus: Corpus,
  taxonomy: Taxonomy = loadTaxonomy(),
  upstream: readonly DocumentUpstream[] = [],
  roles: RoleFile = loadRoles(),
  sources: Corpus = corpus,
): string {
  const names = new Map(
    [
      ...taxonomy.themes.labels,
      ...taxonomy.objects.labels,
      ...taxonomy.instruments.labels,
      ...(taxonomy.instruments.strength?.levels ?? []),
    ].map((l) => [l.id, l.zh]),
  );
  const traced = new Map(upstream.flatMap((doc) => Object.entries(doc.clauses)));
  // A source article cited by its document's title (with the version year when the work has several) and article number.
  const cited = new Map(
    sources.documents
      .filter((doc) => doc.meta.jurisdiction.level === '国家')
      .flatMap((doc) =>
        clausesOf(doc.body).map((c) => [
          c.id,
          `${doc.title}${doc.meta.work ? `（${primaryDate(doc.meta)?.slice(0, 4)}）` : ''}${c.number ?? c.path}`,
        ]),
      ),
  );
  const roleNames = new Map(roles.roles.map((r) => [r.id, r.zh]));
  const name = (id: string): string => names.get(id) ?? id;
  const readable = (list: readonly Label[]): string => list.map((label) => name(label.id)).join('；');
  const rows = corpus.documents.flatMap((doc) =>
    clausesOf(doc.body).map(
      (clause) =>
        ({
          条款id: clause.id,
          文件id: doc.meta.id,
          地区: doc.meta.jurisdiction.name,
          文件: doc.title,
          体裁: doc.meta.genre,
          文号: doc.meta.docNumber ?? '',
          日期: primaryDate(doc.meta) ?? '',
          引用路径: clause.path,
          标题链: clause.headings.join(' > '),
          编号: clause.number ?? '',
          条款标题: clause.title ?? '',
          专栏: clause.box ?? '',
          正文: clause.text,
          原文: clause.original,
          责任单位: clause.agencies.join('；'),
          主题: readable(clause.themes),
          主题id: ids(clause.themes),
          知识产权类型: readable(clause.objects),
          知识产权类型id: ids(clause.objects),
          政策工具: readable(clause.instruments),
          政策工具id: ids(clause.instruments),
          政策力度: clause.strength ? name(clause.strength.id) : '',
          政策力度id: clause.strength?.id ?? '',
          上游关系: traced.get(clause.id)?.label ?? '',
          上游来源: (traced.get(clause.id)?.sources ?? []).map((s) => cited.get(s.clauseId) ?? s.clauseId).join('；'),
          上游来源id: (traced.get(clause.id)?.sources ?? []).map((s) => s.clauseId).join(';'),
          角色: clause.role ? (roleNames.get(clause.role.id) ?? clause.role.id) : '',
          角色id: clause.role?.id ?? '',
          主题置信度: confidenceCell(clause.themes, name),
          知识产权类型置信度: confidenceCell(clause.objects, name),
          政策工具置信度: confidenceCell(clause.instruments, name),
          政策力度置信度: clause.strength ? confidenceCell([clause.strength], name) : '',
          角色置信度: clause.role ? confidenceCell([clause.role], (id) => roleNames.get(id) ?? name(id)) : '',
          低置信度标签数: [
            ...clause.themes,
            ...clause.objects,
            ...clause.instruments,
            ...(clause.strength ? [clause.strength] : []),
            ...(clause.role ? [clause.role] : []),
          ].filter(isLowConfidence).length,
          引用: citationText(doc, clause),
          引证码: citeCode(clause.id),
          行号: clause.line,
        }) satisfies Record<(typeof clauseColumns)[number], CsvValue>,
    ),
  );
  return toCsv(clauseColumns, rows);
}
