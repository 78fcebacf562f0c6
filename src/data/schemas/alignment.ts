/**
 * Schemas of the published alignment: one file per document
 * (`align/<docId>.json`: the counterparts of its clauses in other
 * documents, with their shared passages as positions in the clause's
 * text), the shared phrases with the method (`phrases.json`) and the
 * clause texts the comparison page diffs in the browser (`text/<docId>.json`).
 *
 * Example: `align/ningbo.json` → `{counterparts: {'ningbo-a3': [{docId: 'wenzhou', items: [{clauseId: 'wenzhou-a5', score: 0.41, passages: [{at: 0, length: 12, weight: 3.2}]}]}]}}`.
 */
import { z } from 'zod';

/** A shared passage as published: where it stands in the first clause's text (`text.slice(at, at + length)`), not a copy of it. */
export const publishedPassageSchema = z
  .object({ at: z.number().int(), length: z.number().int(), weight: z.number() })
  .strict();

/** A shared passage as published. */
export type PublishedPassage = z.infer<typeof publishedPassageSchema>;

/** Counterparts of one clause in one other document as published, best first, passages by position. */
export const publishedDocumentCounterpartsSchema = z
  .object({
    /** The other document's id. */
    docId: z.string(),
    items: z.array(
      z
        .object({
          clauseId: z.string(),
          docId: z.string(),
          /** Similarity in [0, 1] (IDF-weighted overlap of features), rounded to 4 decimals. */
          score: z.number(),
          /** Shared passages, rarest (heaviest) first. */
          passages: z.array(publishedPassageSchema),
        })
        .strict(),
    ),
  })
  .strict();

/** Counterparts of one clause in one other document as published. */
export type PublishedDocumentCounterparts = z.infer<typeof publishedDocumentCounterpartsSchema>;

/** The published alignment of one document (`align/<docId>.json`). */
export const documentAlignmentSchema = z
  .object({
    schema: z.literal(1),
    docId: z.string(),
    /** Counterparts of each of the document's clauses, documents ordered by their best score. */
    counterparts: z.record(z.array(publishedDocumentCounterpartsSchema)),
    /** For a clause with counterparts in more documents than are listed: how many more (omitted when none). */
    unlisted: z.record(z.number()),
  })
  .strict();

/** The published alignment of one document. */
export type DocumentAlignment = z.infer<typeof documentAlignmentSchema>;

/** How the alignment was computed, for citation and reproduction. */
export const alignMethodSchema = z
  .object({
    features: z.string(),
    weighting: z.string(),
    similarity: z.string(),
    titleBoost: z.number(),
    perCity: z.number(),
    minScore: z.number(),
    /** Counterparts in a document are ordered by similarity less their closeness to the querying document (mean of their best `hubness` scores there); 0: by similarity. */
    hubness: z.number(),
    phraseMinLength: z.number(),
    /** Corpus-frequent formulae: character n-grams (`formulaGram` long) in at least `formulaMinDocuments` documents are masked. */
    formulaGram: z.number(),
    formulaMinDocuments: z.number(),
  })
  .strict();

/** How the alignment was computed. */
export type AlignMethod = z.infer<typeof alignMethodSchema>;

/** A passage found in clauses of two or more documents. */
export const sharedPhraseSchema = z
  .object({
    /** Text as written in the first clause that contains it. */
    text: z.string(),
    /** Normalized form (punctuation removed) used for matching. */
    key: z.string(),
    /** Ids of the documents whose clauses contain it, in corpus order. */
    documents: z.array(z.string()),
    /** Every clause containing the passage, in corpus order. */
    clauses: z.array(z.object({ clauseId: z.string(), docId: z.string() }).strict()),
    weight: z.number(),
  })
  .strict();

/** A passage found in clauses of two or more documents. */
export type SharedPhrase = z.infer<typeof sharedPhraseSchema>;

/** The published shared phrases with the method (`phrases.json`). */
export const phraseDataSchema = z
  .object({ schema: z.literal(1), method: alignMethodSchema, phrases: z.array(sharedPhraseSchema) })
  .strict();

/** The published shared phrases with the method. */
export type PhraseData = z.infer<typeof phraseDataSchema>;

/** The clause texts of one document, for the comparison page (`text/<docId>.json`). */
export const documentTextSchema = z
  .object({
    schema: z.literal(1),
    docId: z.string(),
    /** The document's part of a clause citation (GB/T 7714), which the clause path completes. */
    citation: z.string(),
    /** Each clause's path, title and text, its heading chain and its role id (context where the path alone says little: 包头 第22段). */
    clauses: z.record(
      z
        .object({
          path: z.string(),
          title: z.string().nullable(),
          text: z.string(),
          headings: z.array(z.string()).optional(),
          role: z.string().optional(),
        })
        .strict(),
    ),
  })
  .strict();

/** The clause texts of one document. */
export type DocumentText = z.infer<typeof documentTextSchema>;
