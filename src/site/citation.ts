/**
 * The citation of a clause, as a researcher would paste it:
 * `重庆市《共建现代化新重庆知识产权强市实施方案》，文号未知，2024年10月11日，二、（一）1.` —
 * the page adds the clause's absolute URL, which only the browser knows.
 */
import type { Clause, PolicyDocument } from '../model/types.ts';
import { dateLabel } from './corpus.ts';
import { primaryDate } from '../model/document-meta.ts';

/** The citation text of a clause without its URL; unknown fields are written 文号未知 / 日期未知. */
export function citationText(doc: PolicyDocument, clause: Pick<Clause, 'path'>): string {
  const { jurisdiction } = doc.meta;
  const city = jurisdiction.level === '市辖区' || jurisdiction.level === '县' ? `${jurisdiction.parent ?? ''}${jurisdiction.name}` : jurisdiction.name;
  const number = doc.meta.docNumber ?? '文号未知';
  const date = primaryDate(doc.meta);
  const dateText = date ? dateLabel(date) : '日期未知';
  return `${city}《${doc.title}》，${number}，${dateText}，${clause.path.trim()}`;
}
