/**
 * The one reader of the files the corpus build publishes under
 * `public/data/` (or `DATA_DIR`): one function per file, each read once per
 * process and checked against its schema (`src/data/schemas/`), so a stale
 * or hand-edited file stops the build with the file, the field and how to
 * fix it — never a page that silently shows `undefined`. Pages,
 * components and build scripts read published data here and nowhere else.
 *
 * Example: `readCatalog().documents.length` → the number of documents.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { z } from 'zod';
import { compressedFiles, wholeCorpusFiles, type WholeCorpusFile } from './downloads.ts';
import { agencyIndexSchema, type AgencyIndex } from './schemas/agencies.ts';
import {
  documentAlignmentSchema,
  phraseDataSchema,
  type DocumentAlignment,
  type PhraseData,
} from './schemas/alignment.ts';
import { catalogSchema, type Catalog } from './schemas/catalog.ts';
import { citationsDataSchema, type CitationsData } from './schemas/citations.ts';
import { corpusSchema, type Corpus } from './schemas/corpus.ts';
import { targetsDataSchema, type TargetsData } from './schemas/targets.ts';
import { documentUpstreamSchema, type DocumentUpstream } from './schemas/upstream.ts';
import { workVersionsSchema, type WorkVersions } from './schemas/versions.ts';

/** The folder the published files are read from. */
export function dataDir(): string {
  return resolve(process.cwd(), process.env.DATA_DIR ?? 'public/data');
}

/** `read` once per data folder and argument: the files do not change while a build runs (also for what a build derives from them). */
export function memo<A extends string[], T>(read: (...args: A) => T): (...args: A) => T {
  const found = new Map<string, T>();
  return (...args: A): T => {
    const key = [dataDir(), ...args].join('\0');
    let value = found.get(key);
    if (value === undefined) found.set(key, (value = read(...args)));
    return value;
  };
}

const file = <T>(name: string, schema: z.ZodType<T, z.ZodTypeDef, unknown>): T =>
  readChecked(resolve(dataDir(), name), schema);

/** The catalogue (`catalog.json`). */
export const readCatalog: () => Catalog = memo(() => file('catalog.json', catalogSchema));

/**
 * The whole corpus (`corpus.json`); a large build, whose corpus.json is
 * published compressed only, is read document by document
 * (`documents/<id>.json`, in catalogue order), since the whole text
 * decompressed can exceed the longest string Node can hold (about 512 MB,
 * reached near 5,000 documents).
 */
export const readCorpus: () => Corpus = memo((): Corpus => {
  if (existsSync(resolve(dataDir(), 'corpus.json'))) return file('corpus.json', corpusSchema);
  return {
    schema: 1,
    documents: readCatalog().documents.flatMap((doc) => file(`documents/${doc.id}.json`, corpusSchema).documents),
  };
});

/** The shared phrases with the alignment method (`phrases.json`). */
export const readPhrases: () => PhraseData = memo(() => file('phrases.json', phraseDataSchema));

/** The targets and indicators (`targets.json`). */
export const readTargets: () => TargetsData = memo(() => file('targets.json', targetsDataSchema));

/** Every reference of every clause, resolved (`citations.json`). */
export const readCitations: () => CitationsData = memo(() => file('citations.json', citationsDataSchema));

/** The agency index (`agencies.json`). */
export const readAgencies: () => AgencyIndex = memo(() => file('agencies.json', agencyIndexSchema));

/** The alignment of one document (`align/<docId>.json`). */
export const readDocumentAlignment: (docId: string) => DocumentAlignment = memo((docId: string) =>
  file(`align/${docId}.json`, documentAlignmentSchema),
);

/** The upstream tracing of one local document (`upstream/<docId>.json`); null for a document without one (a national text). */
export const readDocumentUpstream: (docId: string) => DocumentUpstream | null = memo((docId: string) =>
  existsSync(resolve(dataDir(), 'upstream', `${docId}.json`))
    ? file(`upstream/${docId}.json`, documentUpstreamSchema)
    : null,
);

/** The version comparison of one work (`versions/<work>.json`). */
export const readWorkVersions: (work: string) => WorkVersions = memo((work: string) =>
  file(`versions/${work}.json`, workVersionsSchema),
);

/** One whole-corpus download as published: its name and its compressed files (`corpus.json` → `['corpus.json.gz']`, or its volumes). */
export interface Download {
  name: WholeCorpusFile;
  files: string[];
}

/** The whole-corpus downloads as published: `[{ name: 'corpus.json', files: ['corpus.json.gz'] }, { name: 'clauses.csv', files: ['clauses-1.csv.gz', 'clauses-2.csv.gz'] }]`. */
export const readDownloads: () => Download[] = memo(() =>
  wholeCorpusFiles.map((name) => ({ name, files: compressedFiles(dataDir(), name) })),
);

function readChecked<T>(path: string, schema: z.ZodType<T, z.ZodTypeDef, unknown>): T {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read ${path}: run \`npm run build:corpus\` first (${(error as Error).message})`, {
      cause: error,
    });
  }
  const checked = schema.safeParse(data);
  if (!checked.success) {
    const issues = checked.error.issues
      .slice(0, 5)
      .map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('\n');
    throw new Error(`Unexpected shape of ${path}; rebuild it with \`npm run build:corpus\`:\n${issues}`);
  }
  return checked.data;
}
