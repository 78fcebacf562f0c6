/**
 * Resolves the references of every clause (extract.ts) to a document and
 * article of the corpus, in the version in force on the citing text's date
 * (versions.ts). A reference never links to the same number in another
 * version: when the corpus lacks the version, it says so.
 *
 *   已解析          the cited version and article are in the corpus
 *   本文件内        the text itself (本法第十条, 前款, 依照第六十五条)
 *   版本不在语料中  the cited text is, but not in the version in force then
 *   文件不在语料中  the cited text is not in the corpus (listed by title)
 *   条文未找到      the version is in the corpus, the article number is not
 *
 * Titles match with the prefix 中华人民共和国 and 〈〉 dropped, so 《专利法》,
 * 专利法 and 《中华人民共和国专利法》 are one text; documents sharing a
 * `work` id, or one title, are versions of one text.
 */
import type { Citation, CitationStatus } from '../../data/schemas/citations.ts';
import { titleKey } from '../../model/citation.ts';
import { primaryDate } from '../../model/document-meta.ts';
import type { Clause, Corpus, PolicyDocument } from '../../model/types.ts';
import { clausesOf } from '../../model/walk.ts';
import { chineseNumber } from '../structure/lines.ts';
import { extractReferences, type RawReference } from './extract.ts';
import { versionOn, workVersions } from './versions.ts';

/** How a reference resolved, and one resolved reference: the published shape (`citations.json`). */
export type { Citation, CitationStatus } from '../../data/schemas/citations.ts';

export { titleKey };

/** The corpus's short titles that count as references without 《》 (national texts: 专利法, 专利法实施细则). */
export function knownShortTitles(corpus: Corpus): string[] {
  return [
    ...new Set(
      corpus.documents.filter((doc) => doc.meta.jurisdiction.level === '国家').map((doc) => titleKey(doc.meta.title)),
    ),
  ];
}

const articleRe = /^第([一二三四五六七八九十百千零〇两]+|\d+)条(?:之([一二三四五六七八九十]+))?/;
const num = (numeral: string): number => (/^\d+$/.test(numeral) ? Number(numeral) : chineseNumber(numeral));

/** The articles of a document by number (`65`, `65-1` for 第六十五条之一), in order. */
function articlesOf(doc: PolicyDocument): { byNumber: Map<string, Clause>; order: Clause[] } {
  const order = clausesOf(doc.body).filter((clause) => clause.number && articleRe.test(clause.number));
  const byNumber = new Map(
    order.map((clause) => {
      const m = articleRe.exec(clause.number!)!;
      return [`${num(m[1])}${m[2] ? `-${num(m[2])}` : ''}`, clause] as const;
    }),
  );
  return { byNumber, order };
}

/** The anchor of 第p款 / 第（i）项 within an article (the article itself when it has no such part). */
export function partAnchor(clause: Clause, paragraph: number | null, item: number | null): string {
  if (paragraph === null && item === null) return clause.id;
  let kuan = 0;
  let xiang = 0;
  for (const part of clause.parts ?? []) {
    if (part.kind === '款') {
      kuan += 1;
      xiang = 0;
      if (kuan === paragraph && item === null) return part.id;
    } else if (part.kind === '项') {
      xiang += 1;
      if (xiang === item && (paragraph === null || kuan === paragraph || (kuan === 0 && paragraph === 1)))
        return part.id;
    }
  }
  return clause.id;
}

/** The 款 (from 1) of a clause's text the offset stands in: lines that do not start with an item number. */
function paragraphAt(text: string, offset: number): number {
  const lines = text.slice(0, offset).split('\n');
  return lines.filter((line) => !/^(?:[（(][一二三四五六七八九十]+[)）]|\d+[.．])/.test(line)).length || 1;
}

/** Every reference of every clause of the corpus, resolved, in corpus order. */
export function resolveCitations(corpus: Corpus): Citation[] {
  const works = new Map<string, PolicyDocument[]>();
  const workOf = new Map<string, string>();
  for (const doc of corpus.documents) {
    const key = doc.meta.work ?? titleKey(doc.meta.title);
    works.set(key, [...(works.get(key) ?? []), doc]);
    workOf.set(titleKey(doc.meta.title), key);
  }
  const versions = new Map([...works].map(([key, docs]) => [key, workVersions(docs)]));
  const articles = new Map<string, ReturnType<typeof articlesOf>>();
  const articlesFor = (doc: PolicyDocument): ReturnType<typeof articlesOf> => {
    if (!articles.has(doc.meta.id)) articles.set(doc.meta.id, articlesOf(doc));
    return articles.get(doc.meta.id)!;
  };
  const known = knownShortTitles(corpus);
  const out: Citation[] = [];
  for (const doc of corpus.documents) {
    const date = primaryDate(doc.meta);
    const own = articlesFor(doc);
    for (const clause of clausesOf(doc.body)) {
      for (const ref of extractReferences(clause.text, known)) {
        out.push(
          resolveOne(
            ref,
            clause,
            doc,
            date,
            own,
            (title) => {
              const key = workOf.get(titleKey(title));
              return key === undefined
                ? undefined
                : { title: works.get(key)![0].meta.title, versions: versions.get(key)! };
            },
            articlesFor,
          ),
        );
      }
    }
  }
  return out;
}

function resolveOne(
  ref: RawReference,
  clause: Clause,
  doc: PolicyDocument,
  date: string | null,
  own: ReturnType<typeof articlesOf>,
  work: (title: string) => { title: string; versions: ReturnType<typeof workVersions> } | undefined,
  articlesFor: (doc: PolicyDocument) => ReturnType<typeof articlesOf>,
): Citation {
  const base = { clauseId: clause.id, docId: doc.meta.id, start: ref.start, end: ref.end, text: ref.text };
  const inArticle = (
    target: Clause | undefined,
    paragraph: number | null,
    item: number | null,
    targetDoc: PolicyDocument,
    status: CitationStatus,
    version: string,
  ): Citation =>
    target
      ? {
          ...base,
          title: targetDoc.meta.title,
          targetDoc: targetDoc.meta.id,
          targetClause: partAnchor(target, paragraph, item),
          targetArticle: target.id,
          version,
          status,
        }
      : {
          ...base,
          title: targetDoc.meta.title,
          targetDoc: targetDoc.meta.id,
          targetClause: null,
          targetArticle: null,
          version,
          status: '条文未找到',
        };
  const key = (article: number, sub: number | null): string => `${article}${sub ? `-${sub}` : ''}`;
  const { target } = ref;
  if (target.kind === 'self')
    return inArticle(own.byNumber.get(key(ref.article!, ref.sub)), ref.paragraph, ref.item, doc, '本文件内', '');
  if (target.kind === 'this-article') return inArticle(clause, ref.paragraph, ref.item, doc, '本文件内', '');
  if (target.kind === 'previous') {
    if (target.unit === '条')
      return inArticle(own.order[own.order.indexOf(clause) - target.count], null, null, doc, '本文件内', '');
    if (target.unit === '款')
      return inArticle(
        clause,
        Math.max(1, paragraphAt(clause.text, ref.start) - target.count),
        null,
        doc,
        '本文件内',
        '',
      );
    return inArticle(clause, null, null, doc, '本文件内', '');
  }
  const found = work(target.title);
  if (!found)
    return {
      ...base,
      title: target.title,
      targetDoc: null,
      targetClause: null,
      targetArticle: null,
      version: '',
      status: '文件不在语料中',
    };
  const choice = versionOn(found.versions, date);
  if (!choice.doc)
    return {
      ...base,
      title: found.title,
      targetDoc: null,
      targetClause: null,
      targetArticle: null,
      version: choice.label,
      status: '版本不在语料中',
    };
  const status: CitationStatus = choice.doc === doc ? '本文件内' : '已解析';
  if (ref.article === null)
    return {
      ...base,
      title: choice.doc.meta.title,
      targetDoc: choice.doc.meta.id,
      targetClause: null,
      targetArticle: null,
      version: choice.label,
      status,
    };
  return inArticle(
    articlesFor(choice.doc).byNumber.get(key(ref.article, ref.sub)),
    ref.paragraph,
    ref.item,
    choice.doc,
    status,
    choice.label,
  );
}
