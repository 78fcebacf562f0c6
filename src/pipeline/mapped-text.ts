/**
 * Text that remembers where each character came from. Text-level steps
 * (gloss removal, span repair, punctuation) rewrite the string through
 * `applyEdits`, and every character keeps the offset it had in the text
 * the steps started from, so a clause can always be cut from the original.
 *
 * Example: removing `(qū)` from `區(qū)縣` gives `區縣` with map [0, 4, 5].
 */
import { lastAtMost } from '../model/sorted.ts';

export interface Edit {
  /** Start offset (inclusive) in the current text. */
  start: number;
  /** End offset (exclusive) in the current text. */
  end: number;
  /** Replacement; may be empty (a deletion). */
  insert: string;
}

export interface MappedText {
  readonly text: string;
  /** `map[i]` is the base offset of `text[i]`; `map[text.length]` is the base length. */
  readonly map: readonly number[];
}

/** Wraps a base string: every character maps to itself. */
export function identity(text: string): MappedText {
  const map = new Array<number>(text.length + 1);
  for (let i = 0; i <= text.length; i++) map[i] = i;
  return { text, map };
}

/**
 * Applies non-overlapping edits in one pass. Replacement characters map
 * to the base offset of the span they replace, so a repaired span still
 * points at the place in the source it came from.
 */
export function applyEdits(source: MappedText, edits: readonly Edit[]): MappedText {
  if (edits.length === 0) return source;
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  const map: number[] = [];
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.start < cursor || edit.end < edit.start || edit.end > source.text.length) {
      throw new Error(
        `Overlapping or out-of-range edit at ${edit.start}–${edit.end}; steps must produce disjoint edits`,
      );
    }
    parts.push(source.text.slice(cursor, edit.start));
    for (let i = cursor; i < edit.start; i++) map.push(source.map[i]);
    parts.push(edit.insert);
    const anchor = source.map[edit.start];
    for (let i = 0; i < edit.insert.length; i++) map.push(anchor);
    cursor = edit.end;
  }
  parts.push(source.text.slice(cursor));
  for (let i = cursor; i <= source.text.length; i++) map.push(source.map[i]);
  return { text: parts.join(''), map };
}

/** Offsets where each line starts, for turning offsets into line and column. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** 1-based line and column of an offset. */
export function position(starts: readonly number[], offset: number): { line: number; column: number } {
  const line = lastAtMost(starts, offset);
  return { line: line + 1, column: offset - starts[line] + 1 };
}
