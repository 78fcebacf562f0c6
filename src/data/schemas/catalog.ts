/**
 * Schema of the published catalogue (`catalog.json`): every document with
 * its jurisdiction, the labels that say what it is and the facts a
 * catalogue row shows (文号, date, issuers, status, source); the
 * jurisdiction tree; the taxonomy's labels and descriptions, the strength
 * levels and how instruments are coded; the build's steps; and the quality
 * figures the build measured (`./quality.ts`).
 *
 * Example row: `{id: ningbo-patent, label: 宁波市 · 专利管理条例（2012）,
 * place: 宁波, jurisdiction: zhejiang.ningbo, family: 法律法规, year: 2012, …}`.
 */
import { z } from 'zod';
import type { JurisdictionNode } from '../../model/jurisdictions.ts';
import type { Genre, JurisdictionLevel, Status } from '../../model/types.ts';
import { qualitySchema } from './quality.ts';

// Genre, level and status were checked against content's metadata schema when the corpus was built; here they keep their names.
const genre = z.custom<Genre>((value) => typeof value === 'string' && value.length > 0, 'expected a genre');
const level = z.custom<JurisdictionLevel>(
  (value) => typeof value === 'string' && value.length > 0,
  'expected a jurisdiction level',
);
const status = z.custom<Status>((value) => typeof value === 'string' && value.length > 0, 'expected a status');
const nullableString = z.string().nullable();

/** A document as the catalogue lists it. */
export const catalogDocumentSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    /** `宁波市 · 专利管理条例（2012）`: unique and says what the document is. */
    label: z.string(),
    /** The title without the place's name: `专利管理条例`. */
    shortTitle: z.string(),
    /** Short place name: 宁波, 洛龙区, 国家. */
    place: z.string(),
    /** Key of the jurisdiction node (`zhejiang.ningbo`). */
    jurisdiction: z.string(),
    jurisdictionName: z.string(),
    level,
    province: nullableString,
    genre,
    /** 效力类别 (法律, 行政法规, 司法解释, …, 政策文件); null when the metadata does not settle it. */
    category: z.enum(['法律', '行政法规', '司法解释', '部门规章', '地方性法规', '地方政府规章', '政策文件']).nullable(),
    family: z.enum(['法律法规', '政策文件']),
    /** The date the document is cited by (ISO), its year, and when it takes effect. */
    date: nullableString,
    year: z.number().nullable(),
    effective: nullableString,
    issuers: z.array(z.string()),
    docNumber: nullableString,
    status: status.nullable(),
    work: nullableString,
    script: z.enum(['Hans', 'Hant']),
    source: z.object({ name: nullableString, url: nullableString }).strict(),
    clauses: z.number(),
    articles: z.number(),
  })
  .strict();

/** A document as the catalogue lists it. */
export type CatalogDocument = z.infer<typeof catalogDocumentSchema>;

/** A theme, IP object or policy instrument as the site shows it. */
export const catalogLabelSchema = z
  .object({ id: z.string(), zh: z.string(), en: z.string(), description: z.string() })
  .strict();

/** A theme, IP object or policy instrument as the site shows it. */
export type CatalogLabel = z.infer<typeof catalogLabelSchema>;

/** A clause role as the site shows it; `counted` roles are what theme counts count by default. */
export const catalogRoleSchema = z
  .object({ id: z.string(), zh: z.string(), description: z.string(), counted: z.boolean() })
  .strict();

/** A clause role as the site shows it. */
export type CatalogRole = z.infer<typeof catalogRoleSchema>;

/** A policy strength (力度) level, strongest first: name, definition and some of the words that decide it. */
export const catalogStrengthSchema = z
  .object({
    id: z.enum(['binding', 'directive', 'encouraging']),
    zh: z.string(),
    description: z.string(),
    words: z.array(z.string()),
  })
  .strict();

/** A policy strength level as the site shows it. */
export type CatalogStrength = z.infer<typeof catalogStrengthSchema>;

/**
 * How the instrument tagger scores a clause, as the framework page states
 * it: each instrument's terms with their weights (heaviest first), the
 * number of sentence rules, the scoring settings, the number of passing
 * phrases and the damping rules in order (their notes are in `rules`).
 */
export const instrumentCodingSchema = z
  .object({
    terms: z.record(z.string(), z.array(z.object({ term: z.string(), weight: z.number() }).strict())),
    rules: z.number(),
    scoring: z
      .object({
        threshold: z.number(),
        relative: z.number(),
        where: z.object({ text: z.number(), title: z.number(), heading: z.number() }).strict(),
        repeat: z.number(),
      })
      .strict(),
    passing: z.number(),
    damping: z.array(z.string()),
  })
  .strict();

/** How the instrument tagger scores a clause. */
export type InstrumentCoding = z.infer<typeof instrumentCodingSchema>;

/** One step of the corpus build as the method page lists it. */
export const catalogStepSchema = z.object({ id: z.string(), zh: z.string(), description: z.string() }).strict();

/** One step of the corpus build. */
export type CatalogStep = z.infer<typeof catalogStepSchema>;

/** One node of the jurisdiction tree (the model's `JurisdictionNode`). */
export const jurisdictionNodeSchema: z.ZodType<JurisdictionNode> = z
  .object({
    key: z.string(),
    name: z.string(),
    level: level.nullable(),
    parent: nullableString,
    province: nullableString,
    depth: z.number(),
    documents: z.array(z.string()),
  })
  .strict();

/**
 * What each rule and damping entry recognises, in Chinese, by taxonomy file
 * and id: a label's evidence names a rule by id, a page shows this note.
 * Example: `themes['protection-penalty']` → `罚款、没收、责令改正等行政处罚，属于执法保护`.
 */
export const catalogRuleNotesSchema = z
  .object({
    themes: z.record(z.string(), z.string()),
    objects: z.record(z.string(), z.string()),
    instruments: z.record(z.string(), z.string()),
  })
  .strict();

/** What each rule recognises, in Chinese, by taxonomy file and rule id. */
export type CatalogRuleNotes = z.infer<typeof catalogRuleNotesSchema>;

/** The thresholds the upstream tracing was published with, which the method page states. */
export const upstreamMethodSchema = z
  .object({
    /** Minimum similarity of a source. */
    minScore: z.number(),
    /** Minimum length of a shared run, in normalized characters. */
    minRun: z.number(),
    /** Minimum total of shared runs for a source, in normalized characters. */
    minShared: z.number(),
    /** Minimum specific (not stock) shared wording for a source, in normalized characters. */
    minSpecific: z.number(),
    /** Wording in at least this many articles of the traced national texts is stock wording. */
    stockArticles: z.number(),
    /** Shortest shared run counted in a source's share. */
    copyRun: z.number(),
    /** Share of the clause in shared wording from which it is 照搬. */
    copyShare: z.number(),
    /** Sources kept per clause. */
    maxSources: z.number(),
    /** A further source is kept only when its score is at least this share of the best one… */
    relative: z.number(),
    /** …and it adds at least this much specific shared wording no better source shares. */
    minNovel: z.number(),
  })
  .strict();

/** The thresholds the upstream tracing was published with. */
export type UpstreamMethod = z.infer<typeof upstreamMethodSchema>;

/** The published catalogue. */
export const catalogSchema = z.object({
  schema: z.literal(1),
  documents: z.array(catalogDocumentSchema),
  jurisdictions: z.array(jurisdictionNodeSchema),
  taxonomy: z
    .object({
      themes: z.array(catalogLabelSchema),
      objects: z.array(catalogLabelSchema),
      instruments: z.array(catalogLabelSchema),
      roles: z.array(catalogRoleSchema),
      strengths: z.array(catalogStrengthSchema),
      instrumentCoding: instrumentCodingSchema,
      rules: catalogRuleNotesSchema,
    })
    .strict(),
  /** The build's steps, in order. */
  steps: z.array(catalogStepSchema),
  /** What the build measured of the labels' quality. */
  quality: qualitySchema,
  /** How the published figures were computed, for the pages that state it. */
  methods: z.object({ upstream: upstreamMethodSchema }).strict(),
});

/** The published catalogue. */
export type Catalog = z.infer<typeof catalogSchema>;
