/**
 * Schema of the published upstream tracing of one local document
 * (`upstream/<docId>.json`): each clause's label (照搬 / 改写 / 本地) and
 * the national articles it draws on, with the shared wording as offsets.
 *
 * Example: `{docId: 'ningbo-patent', traced: ['patent-law-2020'], summary: {clauses: 40, 照搬: 3, 改写: 9, 本地: 28}, clauses: {…}}`.
 */
import { z } from 'zod';

/** How much of a local clause comes from national wording. */
export const upstreamLabelSchema = z.enum(['照搬', '改写', '本地']);

/** How much of a local clause comes from national wording. */
export type UpstreamLabel = z.infer<typeof upstreamLabelSchema>;

const span = z.tuple([z.number().int(), z.number().int()]);

/** One national article a local clause draws on. */
export const upstreamSourceSchema = z
  .object({
    clauseId: z.string(),
    docId: z.string(),
    /** Similarity of the two clauses (as in the alignment), 4 decimals. */
    score: z.number(),
    /** Share of the local clause's normalized text inside wording shared with this article (runs of at least `copyRun` characters, the 照搬 measure), 0–1. */
    share: z.number(),
    /** Shared wording as [start, end) offsets into the local clause's text. */
    spans: z.array(span),
    /** The same wording as [start, end) offsets into the national article's text, in the same order. */
    sourceSpans: z.array(span),
    /** The article is in a version that took force after the local text (the corpus lacks the one before); never the basis of 照搬. */
    later: z.boolean(),
  })
  .strict();

/** One national article a local clause draws on. */
export type UpstreamSource = z.infer<typeof upstreamSourceSchema>;

/** The tracing of one local clause: its label and its sources, best first (empty for 本地). */
export const clauseUpstreamSchema = z
  .object({ label: upstreamLabelSchema, sources: z.array(upstreamSourceSchema) })
  .strict();

/** The tracing of one local clause. */
export type ClauseUpstream = z.infer<typeof clauseUpstreamSchema>;

/** Counts of one document's (or place's) clauses by label. */
export const upstreamSummarySchema = z
  .object({ clauses: z.number(), 照搬: z.number(), 改写: z.number(), 本地: z.number() })
  .strict();

/** Counts of one document's (or place's) clauses by label. */
export type UpstreamSummary = z.infer<typeof upstreamSummarySchema>;

/** The published tracing of one local document (`upstream/<docId>.json`). */
export const documentUpstreamSchema = z
  .object({
    schema: z.literal(1),
    docId: z.string(),
    /** The national documents its clauses were traced in (versions chosen by date). */
    traced: z.array(z.string()),
    /** Those of them that took force only after this document (no earlier version in the corpus) and supply a source of its clauses. */
    later: z.array(z.string()),
    summary: upstreamSummarySchema,
    clauses: z.record(clauseUpstreamSchema),
  })
  .strict();

/** The published tracing of one local document. */
export type DocumentUpstream = z.infer<typeof documentUpstreamSchema>;
