/**
 * Splits a text written as in the source into plain and marked pieces, so
 * the page can highlight where a repair changed the source without building
 * HTML from strings: `（一）加強總體…` with the repair `?。ㄒ唬┘訌娍傮w → （一）加強總體`
 * gives `[{text: '（一）加強總體', repair}, {text: '…'}]`.
 */
import type { Repair } from '../model/types.ts';

/** A piece of text, marked when a repair produced it. */
export interface Piece {
  text: string;
  repair?: Repair;
}

/** Marks the first occurrence of each repair's `after` text (repairs that replaced text only). */
export function markRepairs(text: string, repairs: readonly Repair[]): Piece[] {
  const hits = repairs
    .filter((r) => r.after.length > 0)
    .map((repair) => ({ repair, start: text.indexOf(repair.after) }))
    .filter((hit) => hit.start >= 0)
    .sort((a, b) => a.start - b.start);
  const pieces: Piece[] = [];
  let at = 0;
  for (const { repair, start } of hits) {
    if (start < at) continue;
    if (start > at) pieces.push({ text: text.slice(at, start) });
    pieces.push({ text: repair.after, repair });
    at = start + repair.after.length;
  }
  if (at < text.length) pieces.push({ text: text.slice(at) });
  return pieces;
}
