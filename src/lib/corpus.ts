/**
 * The site's access to the corpus: reads `public/data/corpus.json` (built
 * by `npm run build:corpus`) once per build and offers lookups.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Clause, Corpus, PolicyDocument } from './types.ts';
import { clausesOf } from '../pipeline/structure/identify.ts';

let cached: Corpus | undefined;

/** The corpus, read once. Throws with a hint when the corpus has not been built. */
export function loadCorpus(): Corpus {
  if (cached) return cached;
  const path = join(process.cwd(), process.env.DATA_DIR ?? 'public/data', 'corpus.json');
  try {
    cached = JSON.parse(readFileSync(path, 'utf8')) as Corpus;
  } catch (error) {
    throw new Error(`Cannot read ${path}: run \`npm run build:corpus\` first (${(error as Error).message})`);
  }
  return cached;
}

/** Every clause of a document in order. */
export function documentClauses(doc: PolicyDocument): Clause[] {
  return clausesOf(doc.body);
}

/** Every clause of the corpus, with its document. */
export function allClauses(): Array<{ doc: PolicyDocument; clause: Clause }> {
  return loadCorpus().documents.flatMap((doc) => documentClauses(doc).map((clause) => ({ doc, clause })));
}

/** Short city label: 重庆市 → 重庆, 洛龙区 stays. */
export function cityLabel(doc: PolicyDocument): string {
  return doc.meta.level === '市辖区' ? doc.meta.city.zh : doc.meta.city.zh.replace(/市$/, '');
}
