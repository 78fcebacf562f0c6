/**
 * Character-level comparison of two clause texts for side-by-side display.
 * The `diff` package (Myers' algorithm) aligns the two texts in order; since
 * drafters often reorder sentences, wording that both texts contain at a
 * different place (a common run of at least `minShared` characters, found
 * as in alignment) counts as shared too. Shorter common bits (`机制`, `的`)
 * are shown as differences: they are coincidence, not shared wording.
 *
 *   威海 “…查明等机制，建立技术调查官制度” × 宁波 “增配技术调查官，完善技术事实查明…”
 *   → `技术调查官` and `技术事实查明` are shared on both sides.
 */
import { diffChars } from 'diff';
import { commonRuns, type MaskedText } from '../model/common-runs.ts';
import { normalizeForAlign } from '../model/normalize-for-align.ts';
import type { Clause } from '../model/types.ts';

interface Side extends MaskedText {
  text: string;
}

/** A piece of one side: shared with the other side, or only on this side. */
export interface Segment {
  text: string;
  shared: boolean;
}

function unit(clause: Pick<Clause, 'text'>): Side {
  const norm = normalizeForAlign(clause.text);
  return { text: clause.text, norm, mask: new Uint8Array(norm.text.length) };
}

/** Marks the characters of `a.text` inside passages it shares with `b` (any order). */
function passageMask(a: Side, b: Side, minShared: number): Uint8Array {
  const mask = new Uint8Array(a.text.length);
  for (const [start, end] of commonRuns(a, b, minShared)) mask.fill(1, a.norm.map[start], a.norm.map[end - 1] + 1);
  return mask;
}

function group(text: string, shared: Uint8Array): Segment[] {
  const out: Segment[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = out[out.length - 1];
    if (last && last.shared === (shared[i] === 1)) last.text += text[i];
    else out.push({ text: text[i], shared: shared[i] === 1 });
  }
  return out;
}

/** The two sides of the comparison, each as segments in reading order. */
export function diffSegments(
  a: Pick<Clause, 'text' | 'docId'>,
  b: Pick<Clause, 'text' | 'docId'>,
  minShared = 4,
): { left: Segment[]; right: Segment[] } {
  const ua = unit(a);
  const ub = unit(b);
  const left = passageMask(ua, ub, minShared);
  const right = passageMask(ub, ua, minShared);
  let i = 0;
  let j = 0;
  for (const change of diffChars(a.text, b.text)) {
    const n = change.value.length;
    if (change.added) j += n;
    else if (change.removed) i += n;
    else {
      if ([...change.value.replace(/[\s\p{P}]/gu, '')].length >= minShared) {
        left.fill(1, i, i + n);
        right.fill(1, j, j + n);
      }
      i += n;
      j += n;
    }
  }
  return { left: group(a.text, left), right: group(b.text, right) };
}
