/**
 * The inline diff the version comparison shows under a changed article:
 * characters kept, deleted and inserted, with lone kept characters between
 * changes folded into the change so a phone shows a few readable changes.
 *
 *   inlineDiff('应当在三十日内', '应当自三十日内') → [same 应当, del 在, ins 自, same 三十日内]
 */
import { diffChars } from 'diff';

/** A piece of an inline diff: kept, deleted (only in the older text) or inserted (only in the newer). */
export interface DiffPiece {
  kind: 'same' | 'del' | 'ins';
  text: string;
}

/**
 * Character diff of two article texts, inline, with one-character kept
 * bits between changes folded into the change (`应当在` → `应当自`: one
 * change `在`/`自`, but `甲乙` → `丙乙丁` reads better as one replacement),
 * so a phone screen shows a few readable changes, not a scatter.
 */
export function inlineDiff(older: string, newer: string): DiffPiece[] {
  const raw: DiffPiece[] = diffChars(older, newer).map((c) => ({
    kind: c.added ? 'ins' : c.removed ? 'del' : 'same',
    text: c.value,
  }));
  const out: DiffPiece[] = [];
  for (let k = 0; k < raw.length; k++) {
    const piece = raw[k];
    const between =
      piece.kind === 'same' &&
      piece.text.length <= 1 &&
      k > 0 &&
      k < raw.length - 1 &&
      raw[k - 1].kind !== 'same' &&
      raw[k + 1].kind !== 'same';
    if (between) out.push({ kind: 'del', text: piece.text }, { kind: 'ins', text: piece.text });
    else out.push(piece);
  }
  // Regroup: within each run of changes, all deletions first, then all insertions.
  const merged: DiffPiece[] = [];
  for (let k = 0; k < out.length;) {
    if (out[k].kind === 'same') {
      merged.push(out[k++]);
      continue;
    }
    let del = '';
    let ins = '';
    for (; k < out.length && out[k].kind !== 'same'; k++)
      out[k].kind === 'del' ? (del += out[k].text) : (ins += out[k].text);
    if (del) merged.push({ kind: 'del', text: del });
    if (ins) merged.push({ kind: 'ins', text: ins });
  }
  return merged;
}
