/**
 * The citation of a clause in the style of GB/T 7714-2015 for an online
 * document ([EB/OL]): responsible body, title (a 《》 inside the title
 * becomes 〈〉), 文号 as other title information, the date it was issued or
 * last amended, the part cited, then — added by the page, which knows them —
 * the access date and the address. A text that states only when it took
 * effect is cited by that date. A field the text does not state is
 * left out, never written as “未知”; a document with no known issuer is
 * cited under 佚名 (GB/T 7714-2015, 8.1.1).
 *
 * Example: `包头市市场监督管理局（知识产权局）. 包头市“十四五”知识产权保护和运用规划：包市监发〔2021〕369号[EB/OL]. (2021-12-22). 第22段`
 * + `[2026-12-01]. https://…/documents/baotou/#baotou-p22`.
 */
import type { Clause, PolicyDocument } from './types.ts';
import { effectiveDate, primaryDate } from './document-meta.ts';

/** A title as compared, by the resolver and the pages: 《中华人民共和国专利法》 → 专利法. */
export function titleKey(title: string): string {
  return title.replace(/^中华人民共和国/, '').replace(/[〈〉<>《》\s]/g, '');
}

/** A title as cited: 《》 inside it become 〈〉, so the citation's own marks stay unambiguous. */
export function citedTitle(title: string): string {
  return title.replace(/《/g, '〈').replace(/》/g, '〉');
}

/** The document's part of every citation of its clauses: responsible body, title, 文号, date (ends in `. `). */
export function documentCitation(doc: Pick<PolicyDocument, 'title' | 'meta'>): string {
  const issuers = doc.meta.issuers.length ? doc.meta.issuers.join(', ') : '佚名';
  const title = `${citedTitle(doc.title)}${doc.meta.docNumber ? `：${doc.meta.docNumber}` : ''}`;
  // A text that states no adoption date is cited by the date it took effect (上海市专利保护条例: 2002-07-01).
  const date = primaryDate(doc.meta) ?? effectiveDate(doc.meta);
  return `${issuers}. ${title}[EB/OL]. ${date ? `(${date}). ` : ''}`;
}

/** The citation of a clause up to its access date and address, which the page appends. */
export function citationText(doc: Pick<PolicyDocument, 'title' | 'meta'>, clause: Pick<Clause, 'path'>): string {
  return `${documentCitation(doc)}${clause.path.trim()}`;
}

/** The full citation: the text from the build, the day of access and the clause's address. */
export function fullCitation(text: string, accessed: Date, url: string): string {
  const day = `${accessed.getFullYear()}-${String(accessed.getMonth() + 1).padStart(2, '0')}-${String(accessed.getDate()).padStart(2, '0')}`;
  return `${text}[${day}]. ${url}`;
}
