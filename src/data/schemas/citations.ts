/**
 * Schema of `citations.json`: every reference of every clause, resolved by
 * the corpus build to a document and article of the corpus in the version
 * in force on the citing text's date (`src/pipeline/references/resolve.ts`),
 * in corpus order. The pages read it (references of a clause, what cites an
 * article, the cited texts the corpus lacks); `citations.csv` is the same
 * list as a table.
 *
 * Example: `{clauseId: 'national-patent-rules-2023-a6', text: '专利法第二十四条',
 * title: '中华人民共和国专利法', targetDoc: 'national-patent-law',
 * targetClause: 'national-patent-law-a24', version: '2020年修正', status: '已解析', …}`.
 */
import { z } from 'zod';

/** How a reference resolved. */
export const citationStatuses = ['已解析', '本文件内', '版本不在语料中', '文件不在语料中', '条文未找到'] as const;

/** One reference of a clause, resolved. */
export const citationSchema = z
  .object({
    /** The citing clause and document. */
    clauseId: z.string(),
    docId: z.string(),
    /** The span in the clause's reading text, and as written. */
    start: z.number(),
    end: z.number(),
    text: z.string(),
    /** The cited text's title (the corpus title when found, else as written). */
    title: z.string(),
    /** The cited document (the version in force), or null. */
    targetDoc: z.string().nullable(),
    /** The cited article, or its 款/项 anchor; null for a whole text or when not found. */
    targetClause: z.string().nullable(),
    /** The article the anchor belongs to (for the reverse list); null as above. */
    targetArticle: z.string().nullable(),
    /** The version cited: `2020年修正`; '' for the text itself. */
    version: z.string(),
    status: z.enum(citationStatuses),
  })
  .strict();

/** One reference of a clause, resolved. */
export type Citation = z.infer<typeof citationSchema>;

/** How a reference resolved. */
export type CitationStatus = Citation['status'];

/** The published citations. */
export const citationsDataSchema = z.object({ schema: z.literal(1), citations: z.array(citationSchema) }).strict();

/** The published citations. */
export type CitationsData = z.infer<typeof citationsDataSchema>;
