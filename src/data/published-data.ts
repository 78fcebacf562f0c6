/**
 * The one reader of the files the corpus build publishes under
 * `public/data/` (or `DATA_DIR`), for pages at build time. Every file is
 * checked against its schema as it is read, so a stale or hand-edited file
 * stops the site build with the file, the field and how to fix it —
 * never a page that silently shows `undefined`.
 *
 * Example: `readPublished('catalog')` → the validated catalogue.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import type { DocumentAlignment, PhraseData } from '../pipeline/align/types.ts';
import type { DocumentUpstream } from '../pipeline/align/upstream.ts';
import type { WorkVersions } from '../pipeline/align/versions.ts';
import type { AgencyIndex } from '../pipeline/agencies/build-index.ts';
import type { Catalog } from '../pipeline/export/catalog.ts';
import type { TargetsData } from '../pipeline/targets/types.ts';
import type { Corpus } from '../model/types.ts';

const label = z.object({ id: z.string(), zh: z.string(), en: z.string(), description: z.string() }).strict();
const nullableString = z.string().nullable();

/** Schemas of the published files; deep enough to catch a stale shape, shallow where the pipeline's types already hold. */
const schemas = {
  catalog: z.object({
    schema: z.literal(1),
    documents: z.array(z.object({
      id: z.string(), title: z.string(), label: z.string(), shortTitle: z.string(), place: z.string(), jurisdiction: z.string(),
      jurisdictionName: z.string(), level: z.string(), province: nullableString, genre: z.string(), category: nullableString, family: z.enum(['法律法规', '政策文件']),
      date: nullableString, year: z.number().nullable(), effective: nullableString, issuers: z.array(z.string()), docNumber: nullableString,
      status: nullableString, work: nullableString, script: z.enum(['Hans', 'Hant']), source: z.object({ name: nullableString, url: nullableString }).strict(),
      clauses: z.number(), articles: z.number(),
    }).strict()),
    jurisdictions: z.array(z.object({
      key: z.string(), name: z.string(), level: nullableString, parent: nullableString, province: nullableString, depth: z.number(), documents: z.array(z.string()),
    }).strict()),
    taxonomy: z.object({ themes: z.array(label), objects: z.array(label), instruments: z.array(label) }).strict(),
  }),
  corpus: z.object({ schema: z.literal(1), documents: z.array(z.object({ meta: z.object({ id: z.string(), jurisdiction: z.object({ name: z.string() }).passthrough() }).passthrough(), body: z.array(z.unknown()) }).passthrough()) }),
  phrases: z.object({ schema: z.literal(1), method: z.object({ minScore: z.number(), perCity: z.number() }).passthrough(), phrases: z.array(z.object({ key: z.string(), documents: z.array(z.string()) }).passthrough()) }),
  targets: z.object({ schema: z.literal(1), indicators: z.array(z.unknown()), targets: z.array(z.object({ id: z.string(), docId: z.string() }).passthrough()) }),
  agencies: z.object({ schema: z.literal(1), documents: z.array(z.object({ docId: z.string() }).passthrough()) }),
} as const;

/** What each published file holds. */
export interface PublishedData {
  catalog: Catalog;
  corpus: Corpus;
  phrases: PhraseData;
  targets: TargetsData;
  agencies: AgencyIndex;
}

/** The folder the published files are read from. */
export function dataDir(): string {
  return resolve(process.cwd(), process.env.DATA_DIR ?? 'public/data');
}

const documentAlignment = z.object({
  schema: z.literal(1),
  docId: z.string(),
  counterparts: z.record(z.array(z.object({ docId: z.string(), items: z.array(z.object({ clauseId: z.string(), score: z.number() }).passthrough()) }).passthrough())),
  unlisted: z.record(z.number()),
});

/** Reads and checks the alignment of one document (`align/<docId>.json`). */
export function readDocumentAlignment(docId: string): DocumentAlignment {
  return readChecked(resolve(dataDir(), 'align', `${docId}.json`), documentAlignment) as DocumentAlignment;
}

const span = z.tuple([z.number().int(), z.number().int()]);
const documentUpstream = z.object({
  schema: z.literal(1),
  docId: z.string(),
  traced: z.array(z.string()),
  later: z.array(z.string()),
  summary: z.object({ clauses: z.number(), 照搬: z.number(), 改写: z.number(), 本地: z.number() }).strict(),
  clauses: z.record(z.object({
    label: z.enum(['照搬', '改写', '本地']),
    sources: z.array(z.object({ clauseId: z.string(), docId: z.string(), score: z.number(), share: z.number(), spans: z.array(span), sourceSpans: z.array(span), later: z.boolean() }).strict()),
  }).strict()),
}).strict();

/** Reads and checks the upstream tracing of one local document (`upstream/<docId>.json`); null for a document without one (a national text). */
export function readDocumentUpstream(docId: string): DocumentUpstream | null {
  const path = resolve(dataDir(), 'upstream', `${docId}.json`);
  return existsSync(path) ? (readChecked(path, documentUpstream) as DocumentUpstream) : null;
}

const versionStatus = z.enum(['未变', '修改', '移动', '新增', '删除']);
const workVersions = z.object({
  schema: z.literal(1),
  work: z.string(),
  versions: z.array(z.string()).min(2),
  pairs: z.array(z.object({
    older: z.string(),
    newer: z.string(),
    counts: z.record(versionStatus, z.number()),
    rows: z.array(z.object({ status: versionStatus, old: nullableString, new: nullableString, score: z.number().nullable(), chapter: z.string() }).strict()),
  }).strict()),
}).strict();

/** Reads and checks the version comparison of one work (`versions/<work>.json`). */
export function readWorkVersions(work: string): WorkVersions {
  return readChecked(resolve(dataDir(), 'versions', `${work}.json`), workVersions) as WorkVersions;
}

/**
 * Reads and checks one published file (`catalog` → `catalog.json`; the
 * corpus of a large build, published without `corpus.json`, from its
 * documents' files); throws with a hint when it is missing or of another
 * shape.
 */
export function readPublished<K extends keyof PublishedData>(name: K): PublishedData[K] {
  const path = resolve(dataDir(), `${name}.json`);
  if (name === 'corpus' && !existsSync(path)) return readCorpusByDocument() as PublishedData[K];
  return readChecked(path, schemas[name]) as PublishedData[K];
}

/**
 * The corpus of a large build, whose corpus.json is published compressed
 * only: read document by document (`documents/<id>.json`, in catalogue
 * order), since the whole text decompressed can exceed the longest string
 * Node can hold (about 512 MB, reached near 5,000 documents).
 */
function readCorpusByDocument(): Corpus {
  const catalog = readPublished('catalog');
  const documents = catalog.documents.flatMap((doc) => (readChecked(resolve(dataDir(), 'documents', `${doc.id}.json`), schemas.corpus) as Corpus).documents);
  return { schema: 1, documents };
}

function readChecked(path: string, schema: z.ZodTypeAny): unknown {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read ${path}: run \`npm run build:corpus\` first (${(error as Error).message})`);
  }
  const checked = schema.safeParse(data);
  if (!checked.success) {
    const issues = checked.error.issues.slice(0, 5).map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n');
    throw new Error(`Unexpected shape of ${path}; rebuild it with \`npm run build:corpus\`:\n${issues}`);
  }
  return data;
}
