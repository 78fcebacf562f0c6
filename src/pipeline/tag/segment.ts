/**
 * Word segmentation with nodejieba and the domain dictionary
 * (`content/dictionary/ip-terms.utf8`), so that 质押融资, 技术调查官 or
 * 三合一 stay whole. The dictionaries load once per process. Tokens are only
 * used to decide where words begin and end; the reading text is never
 * changed.
 *
 * Example: `推动知识产权质押融资` → 推动 / 知识产权 / 质押融资.
 */
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

interface Jieba {
  load(dicts: { userDict?: string }): unknown;
  cut(text: string, hmm?: boolean): string[];
}

const require = createRequire(import.meta.url);
let jieba: Jieba | null = null;

/** Path of the domain user dictionary. */
export const userDictionary = resolve('content', 'dictionary', 'ip-terms.utf8');

/** The segmenter, loading its dictionaries on first use only. */
function segmenter(): Jieba {
  if (!jieba) {
    jieba = require('nodejieba') as Jieba;
    jieba.load({ userDict: userDictionary });
  }
  return jieba;
}

// Each clause is matched against two taxonomy files and shares its heading
// chain with its siblings, so the same text is cut several times in a row.
// A cache of the last few texts keeps that to one cut; it is kept small on
// purpose, so it only ever helps with these neighbours.
const cache = new Map<string, Set<number>>();
const cacheLimit = 16;

/** Character offsets where a word ends (and the next begins) in `text`, 0 and text.length included. */
export function wordBoundaries(text: string): Set<number> {
  const cached = cache.get(text);
  if (cached) return cached;
  if (cache.size >= cacheLimit) cache.delete(cache.keys().next().value as string);
  const boundaries = new Set<number>([0]);
  let offset = 0;
  for (const token of segmenter().cut(text, true)) {
    offset += token.length;
    boundaries.add(offset);
  }
  cache.set(text, boundaries);
  return boundaries;
}

/** The words of `text`, as nodejieba cuts them with the domain dictionary. */
export function segment(text: string): string[] {
  return segmenter().cut(text, true);
}
