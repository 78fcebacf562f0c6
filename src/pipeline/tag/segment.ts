/**
 * Word boundaries from nodejieba with the domain dictionary
 * (`content/dictionary/ip-terms.utf8`), so that 质押融资, 技术调查官 or
 * 三合一 stay whole. The dictionaries load once per process. Boundaries are
 * only used to decide where words begin and end; the reading text is never
 * changed.
 *
 * jieba cuts every run of text between its separators (space, tab, line
 * break, ，and 。) on its own, and each separator is a word. So a run can be
 * cut alone, with the same result, when a question about it is first asked:
 * most runs of a clause hold no taxonomy term and are never cut.
 *
 * Example: `推动知识产权质押融资` → 推动 / 知识产权 / 质押融资, boundaries 0, 2, 6, 10.
 */
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

interface Jieba {
  load(dicts: { userDict?: string; idfDict?: string; stopWordDict?: string }): unknown;
  cut(text: string, hmm?: boolean): string[];
}

const require = createRequire(import.meta.url);
let jieba: Jieba | null = null;

/** Path of the domain user dictionary. */
export const userDictionary = resolve('content', 'dictionary', 'ip-terms.utf8');

/** One IDF line (`的 1.0`), read as the IDF table and as the stop-word list: keyword extraction is never used. */
const noKeywords = resolve('content', 'dictionary', 'no-keywords.utf8');

/** The segmenter, loading its dictionaries on first use only. */
function segmenter(): Jieba {
  if (!jieba) {
    jieba = require('nodejieba') as Jieba;
    // Cutting reads only the word and HMM dictionaries. The IDF table and stop words serve keyword
    // extraction, which nothing here uses; a one-entry stand-in for both (jieba asserts each is
    // non-empty) saves ~0.15 s of the ~0.9 s load.
    jieba.load({ userDict: userDictionary, idfDict: noKeywords, stopWordDict: noKeywords });
  }
  return jieba;
}

/** The words of `text` as nodejieba cuts it in one call. */
export function cutWords(text: string): string[] {
  return segmenter().cut(text, true);
}

/** jieba's separators (space, tab, line break, ，and 。): each is a word of its own and ends the run before it. */
const isSeparator = (code: number): boolean =>
  code === 0x20 || code === 0x09 || code === 0x0a || code === 0xff0c || code === 0x3002;

const known = 1;
const boundary = 2;

/** Where words begin and end in one text, cut run by run on demand. */
export class WordBoundaries {
  readonly text: string;
  /** Per offset 0..length: `known` once decided, plus `boundary` when a word ends there. */
  readonly #flags: Uint8Array;

  constructor(text: string) {
    this.text = text;
    this.#flags = new Uint8Array(text.length + 1);
  }

  /** True when a word ends (and the next begins) at offset `at`; 0 and text.length always are. */
  has(at: number): boolean {
    const flags = this.#flags;
    if (!(flags[at] & known)) this.#decide(at);
    return (flags[at] & boundary) !== 0;
  }

  #decide(at: number): void {
    const { text } = this;
    const flags = this.#flags;
    if (at === 0 || at === text.length || isSeparator(text.charCodeAt(at - 1)) || isSeparator(text.charCodeAt(at))) {
      flags[at] = known | boundary;
      return;
    }
    let start = at - 1;
    while (start > 0 && !isSeparator(text.charCodeAt(start - 1))) start -= 1;
    let end = at;
    while (end < text.length && !isSeparator(text.charCodeAt(end))) end += 1;
    for (let i = start; i <= end; i++) flags[i] = known;
    let offset = start;
    flags[offset] |= boundary;
    for (const word of cutWords(text.slice(start, end))) {
      offset += word.length;
      flags[offset] |= boundary;
    }
  }
}
