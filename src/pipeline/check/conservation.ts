/**
 * The conservation proof: every non-whitespace character of the repaired
 * source appears exactly once in the output — preamble, title, headings,
 * clauses, tables, boxes — and in the same order. Reports the first place
 * where the two part, so a lost or doubled character is found at once.
 */
import type { BodyNode, PolicyDocument } from '../../model/types.ts';

/** The output's original texts in document order. */
export function outputOriginals(
  doc: Pick<PolicyDocument, 'preamble' | 'titleOriginal' | 'titleLine' | 'body' | 'closing'>,
): string[] {
  const before = doc.preamble.filter((block) => block.line < doc.titleLine);
  const after = doc.preamble.filter((block) => block.line > doc.titleLine);
  const parts = [...before.map((block) => block.original), doc.titleOriginal, ...after.map((block) => block.original)];
  const walk = (nodes: readonly BodyNode[]): void => {
    for (const node of nodes) {
      parts.push(node.original);
      if (node.type === 'section') walk(node.children);
      else if (node.type === 'box') for (const item of node.children) parts.push(item.original);
    }
  };
  walk(doc.body);
  parts.push(...doc.closing.map((block) => block.original));
  return parts;
}

export interface ConservationResult {
  ok: boolean;
  /** Offset (in the whitespace-free source) where output and source first differ. */
  offset: number;
  expected: string;
  actual: string;
}

const strip = (text: string): string => text.replace(/\s+/gu, '');

/** Compares the repaired source with the output, ignoring white space. */
export function checkConservation(repaired: string, originals: readonly string[]): ConservationResult {
  const source = strip(repaired);
  const output = strip(originals.join(''));
  if (source === output) return { ok: true, offset: -1, expected: '', actual: '' };
  let i = 0;
  while (i < source.length && source[i] === output[i]) i++;
  return { ok: false, offset: i, expected: source.slice(i, i + 12), actual: output.slice(i, i + 12) };
}

/** Offset in `text` of the n-th non-whitespace character, for reporting a place. */
export function offsetOfNonSpace(text: string, n: number): number {
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    if (/\s/u.test(text[i])) continue;
    if (seen === n) return i;
    seen++;
  }
  return text.length;
}
