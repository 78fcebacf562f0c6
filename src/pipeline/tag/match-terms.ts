/**
 * Finds taxonomy terms in one place of a clause (text, title or heading)
 * on word boundaries. A term counts when it starts and ends on word
 * boundaries, or lies inside a single word (专利 inside 高价值专利); it does
 * not count when it straddles two words. Spans covered by a passing phrase
 * (e.g. the 创造、运用、保护、管理和服务 enumeration) and spans already
 * claimed by a longer term of the same label do not count either.
 *
 * The terms of every label of a taxonomy file go into one character trie,
 * so a place is scanned once for all of them; words are cut only around
 * the terms found.
 *
 * Example: `质押融资` in `推动知识产权质押融资` → one hit; `融资` then adds nothing.
 */
import { mayMatch, type Guarded } from './literal-guard.ts';
import type { WordBoundaries } from './segment.ts';

/** Half-open [start, end) span of a place. */
export type Span = [number, number];

interface TrieNode {
  /** Children by UTF-16 code unit. */
  next: Map<number, TrieNode>;
  /** Index of the term ending here, if any. */
  term: number;
}

/** The terms of a taxonomy file's labels, compiled for scanning. */
export interface TermIndex {
  root: TrieNode;
  /** Every distinct term, longest first, then in code-unit order: the order in which terms claim their spans. */
  terms: string[];
  /** Per label (in file order): which terms (by index) belong to it. */
  labelTerms: Uint8Array[];
  /** Per term: the labels (by index, in file order) it belongs to. */
  termLabels: number[][];
  /** Per UTF-16 code unit: 1 when some term begins with it. */
  starts: Uint8Array;
}

const longestFirst = (a: string, b: string): number => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);

/** Compiles the term lists of a file's labels, e.g. `[{质押融资: 3, 融资: 2}, …]`. */
export function compileTerms(labels: ReadonlyArray<Readonly<Record<string, number>>>): TermIndex {
  const terms = [...new Set(labels.flatMap((l) => Object.keys(l)))].sort(longestFirst);
  const root: TrieNode = { next: new Map(), term: -1 };
  const starts = new Uint8Array(0x10000);
  terms.forEach((term, index) => {
    let node = root;
    starts[term.charCodeAt(0)] = 1;
    for (let i = 0; i < term.length; i++) {
      const unit = term.charCodeAt(i);
      let child = node.next.get(unit);
      if (!child) node.next.set(unit, (child = { next: new Map(), term: -1 }));
      node = child;
    }
    node.term = index;
  });
  const labelTerms = labels.map((l) => {
    const member = new Uint8Array(terms.length);
    for (const term of Object.keys(l)) member[terms.indexOf(term)] = 1;
    return member;
  });
  const termLabels = terms.map((_, term) => labelTerms.flatMap((member, label) => (member[term] ? [label] : [])));
  return { root, terms, labelTerms, termLabels, starts };
}

/**
 * The matches of a global regex in `text`, as `text.matchAll(re)` gives
 * them (after an empty match the search resumes one code point on), but
 * without the copy of the regex that matchAll makes on every call. It
 * uses `re.lastIndex`, so one regex serves one loop at a time.
 */
export function* matchesOf(re: RegExp, text: string): Generator<RegExpExecArray> {
  if (!re.global) throw new TypeError(`matchesOf needs a global regex, got /${re.source}/${re.flags}`);
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex += re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
    yield m;
  }
}

/** Spans of `text` matched by the passing phrases (regexes with the `g` flag, best guarded by their literals). */
export function blockedSpans(text: string, passing: ReadonlyArray<RegExp | Guarded>): Span[] {
  const spans: Span[] = [];
  for (const phrase of passing) {
    const { re, needs } = phrase instanceof RegExp ? { re: phrase, needs: [] } : phrase;
    if (!mayMatch(needs, text)) continue; // lacks a literal every match contains: no span
    for (const m of matchesOf(re, text)) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

/**
 * Every occurrence of every term, ordered by term index then start. Each is
 * one number, `term × width + start` with width = text.length + 1, so they
 * sort as numbers, without a pair per hit.
 */
function occurrences(text: string, index: TermIndex): Float64Array {
  const found: number[] = [];
  const width = text.length + 1;
  for (let start = 0; start < text.length; start++) {
    if (!index.starts[text.charCodeAt(start)]) continue; // most characters begin no term
    let node = index.root.next.get(text.charCodeAt(start));
    for (let i = start + 1; node; i++) {
      if (node.term >= 0) found.push(node.term * width + start);
      node = i < text.length ? node.next.get(text.charCodeAt(i)) : undefined;
    }
  }
  return Float64Array.from(found).sort();
}

/** True when [start, end) overlaps one of `spans`. */
function overlaps(spans: readonly Span[], start: number, end: number): boolean {
  for (const [s, e] of spans) if (start < e && s < end) return true;
  return false;
}

/** True when [start, end) starts and ends on word boundaries, or has no boundary inside it. */
function onWords(words: WordBoundaries, start: number, end: number): boolean {
  if (words.has(start) && words.has(end)) return true;
  for (let at = start + 1; at < end; at++) if (words.has(at)) return false;
  return true;
}

/**
 * Counts the hits of each label's terms in one place: for every label (in
 * file order), term → count for the terms found, or no entry when none is.
 * Longer terms claim their spans first, so a shorter term inside a counted
 * one adds nothing. `blocked` may be given as a function, called only when
 * some term occurs.
 *
 * One pass over the occurrences serves every label: each label sees its
 * own terms in the same order as alone, and whether an occurrence lies in
 * a blocked span or on word boundaries does not depend on the label.
 */
export function countTerms(
  words: WordBoundaries,
  blocked: readonly Span[] | (() => readonly Span[]),
  index: TermIndex,
): Array<Map<string, number> | undefined> {
  const found = occurrences(words.text, index);
  const perLabel: Array<Map<string, number> | undefined> = new Array(index.labelTerms.length);
  if (found.length === 0) return perLabel;
  perLabel.fill(undefined); // once a term occurs, every label has an entry, though maybe empty
  const passing = typeof blocked === 'function' ? blocked() : blocked;
  const claimed: Array<Span[] | undefined> = new Array(index.labelTerms.length);
  const width = words.text.length + 1;
  for (const code of found) {
    const term = Math.floor(code / width);
    const start = code - term * width;
    const end = start + index.terms[term].length;
    if (overlaps(passing, start, end)) continue;
    let whole: boolean | undefined; // on word boundaries, asked once and only when a label needs it
    for (const label of index.termLabels[term]) {
      if (overlaps((claimed[label] ??= []), start, end)) continue;
      if (!(whole ??= onWords(words, start, end))) break;
      claimed[label].push([start, end]);
      const counts = (perLabel[label] ??= new Map());
      counts.set(index.terms[term], (counts.get(index.terms[term]) ?? 0) + 1);
    }
  }
  return perLabel;
}
