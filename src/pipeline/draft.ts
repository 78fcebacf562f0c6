/**
 * The working state of one document while its raw text is repaired:
 * the decoded source, the repaired text mapped onto it, and the record
 * of every repair. Text-level steps take a draft and return nothing.
 */
import type { VFile } from 'vfile';
import { applyEdits, identity, lineStarts, position, type Edit, type MappedText } from './mapped-text.ts';
import type { Repair } from '../model/types.ts';

export interface Draft {
  file: VFile;
  /** Decoded source text (line ends and spaces normalized). */
  base: string;
  baseLineStarts: number[];
  /** The text as repaired so far, mapped onto `base`. */
  repaired: MappedText;
  repairs: Repair[];
}

/** Starts a draft from decoded text. */
export function createDraft(file: VFile, base: string): Draft {
  return { file, base, baseLineStarts: lineStarts(base), repaired: identity(base), repairs: [] };
}

/** Position in the source file of an offset in the current repaired text. */
export function sourcePosition(draft: Draft, offset: number): { line: number; column: number } {
  return position(draft.baseLineStarts, draft.repaired.map[offset]);
}

/** A repair to apply: an edit of the repaired text and why it is made. */
export interface RepairEdit extends Edit {
  kind: Repair['kind'];
  reason: string;
}

/** Applies repairs to the draft and records each one with its source position. */
export function applyRepairs(draft: Draft, edits: readonly RepairEdit[]): void {
  for (const edit of edits) {
    draft.repairs.push({
      kind: edit.kind,
      ...sourcePosition(draft, edit.start),
      before: draft.repaired.text.slice(edit.start, edit.end),
      after: edit.insert,
      reason: edit.reason,
    });
  }
  draft.repaired = applyEdits(draft.repaired, edits);
}
