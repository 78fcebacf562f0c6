/**
 * Finds the document's own title and keeps what stands before it —
 * breadcrumbs of a web page (`首页 > 结果公开 > …`), a reply letter, a
 * notice (通知) with its salutation, 文号, issuers and date — as the
 * preamble, not as clauses. Nothing is dropped: each line becomes a
 * preamble block with its role.
 *
 * The title is the line (or two lines) that equals the metadata title;
 * without metadata, the 标题 a 政府信息公开 table states, a line that a
 * notice names in 《…》, the title a saved page marks (`<h1>`); else the
 * first line that is not a row of such a table.
 */
import type { PreambleBlock } from '../../model/types.ts';
import { infoFields, isInfoTableLine } from './info-table.ts';
import type { Line } from './lines.ts';

/** Comparable form of a title: no spaces or punctuation. */
export function titleKey(text: string): string {
  return text.replace(/[\s\p{P}\p{S}]/gu, '');
}

export interface TitleMatch {
  /** Index of the first title line, and how many lines it spans. */
  index: number;
  span: number;
}

/**
 * Locates the title among the first lines. `markedLine` is the source line
 * a Markdown source marks as its title (`# …`), used when no metadata title
 * is given; `hint` is the title a web page or a .docx marks (its `<h1>`),
 * used when neither a 公开 table nor a notice names one.
 */
export function findTitle(
  lines: readonly Line[],
  metaTitle: string | null,
  markedLine: number | null = null,
  hint: string | null = null,
): TitleMatch {
  const head = lines.slice(0, 20);
  const candidates: string[] = [];
  const marked = markedLine === null ? -1 : head.findIndex((line) => line.no === markedLine);
  if (metaTitle) candidates.push(titleKey(metaTitle));
  else if (marked >= 0) return { index: marked, span: 1 };
  else {
    const stated = head.flatMap((line) => infoFields(line.text)).find((f) => f.field === '标题' && f.value);
    if (stated) candidates.push(titleKey(stated.value));
    for (const line of head)
      for (const m of line.text.matchAll(/《([^《》]{4,60})》/g)) candidates.push(titleKey(m[1]));
    if (hint) candidates.push(titleKey(hint));
  }
  for (const key of candidates) {
    for (let i = 0; i < head.length; i++) {
      if (isInfoTableLine(head[i].text)) continue;
      if (titleKey(head[i].text) === key) return { index: i, span: 1 };
      if (i + 1 < head.length && titleKey(head[i].text + head[i + 1].text) === key) return { index: i, span: 2 };
    }
  }
  return {
    index: Math.max(
      0,
      head.findIndex((line) => !isInfoTableLine(line.text)),
    ),
    span: 1,
  };
}

/** The role of a preamble line. */
export function preambleRole(text: string, next: string | undefined): PreambleBlock['role'] {
  if (isInfoTableLine(text)) return 'record';
  if (/^首页\s*>|\s>\s/.test(text) || /^首页>/.test(text)) return 'breadcrumb';
  if (/^\d{4}年\d{1,2}月\d{1,2}日$/.test(text)) return 'date';
  if (/^（此件.*）$/.test(text)) return 'note';
  if (text.length <= 40 && /[〔（(]\d{4}[〕）)]\d+号/.test(text) && !/。/.test(text)) return 'doc-number';
  if (/[：:]$/.test(text) && !/。/.test(text) && text.length <= 80) return 'salutation';
  if (next !== undefined && /^\d{4}年\d{1,2}月\d{1,2}日$/.test(next) && text.length <= 40) return 'issuer';
  return 'letter';
}
