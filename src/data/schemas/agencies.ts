/**
 * Schema of the published agency index (`agencies.json`): per document,
 * every responsible unit under its normalized name, the clauses it leads,
 * takes part in or is only named in, and an agency × theme count.
 *
 * Example: `（责任单位：市法院、市检察院）` → 市法院 `lead: [clause]`, 市检察院 `participating: [clause]`.
 */
import { z } from 'zod';

/** One responsible unit of one document. */
export const agencySchema = z
  .object({
    /** `weihai-a3`: document id plus order of first appearance. */
    id: z.string(),
    name: z.string(),
    /** Every form the document writes it in (notes and text), in order of appearance. */
    written: z.array(z.string()),
    group: z.enum(['local', 'national']),
    collective: z.boolean(),
    note: z.string().nullable(),
    /** Clause ids it leads (named first in its group). */
    lead: z.array(z.string()),
    /** Clause ids it takes part in (named after the first). */
    participating: z.array(z.string()),
    /** Clause ids whose text names it while their note does not. */
    mentioned: z.array(z.string()),
    /** Theme id → number of clauses it leads or takes part in that carry the theme. */
    themes: z.record(z.number()),
  })
  .strict();

/** One responsible unit of one document. */
export type Agency = z.infer<typeof agencySchema>;

/** The agencies of one document. */
export const documentAgenciesSchema = z
  .object({
    docId: z.string(),
    city: z.string(),
    /** Clauses of the document. */
    clauses: z.number(),
    /** Clause ids that name no responsible unit, in order. */
    unassigned: z.array(z.string()),
    /** Sorted by clauses led, then taken part in, then first appearance. */
    agencies: z.array(agencySchema),
  })
  .strict();

/** The agencies of one document. */
export type DocumentAgencies = z.infer<typeof documentAgenciesSchema>;

/** The published agency index (`agencies.json`). */
export const agencyIndexSchema = z
  .object({ schema: z.literal(1), documents: z.array(documentAgenciesSchema) })
  .strict();

/** The published agency index. */
export type AgencyIndex = z.infer<typeof agencyIndexSchema>;
