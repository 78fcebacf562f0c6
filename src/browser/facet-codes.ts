/**
 * Recounting a theme page's table of documents under an instrument and
 * strength filter, from the codes the page carries: each clause as the
 * letters of its instruments (`a` = the first instrument in taxonomy
 * order) and a strength letter (B 约束性, D 推进性, E 引导性), after `~`
 * where the clause's theme label has low confidence (left out under
 * `conf=mid`).
 *
 * Example: codes `{weihai: 'abD cB'}`, filter `{instrument: 'supply.talent'}` → 1.
 */
import type { ClauseFilter } from './clause-filter.ts';

/** The codes of a page: the instrument ids behind the letters, the strength letters, and each document's clauses. */
export interface FacetCodes {
  key: { instruments: string[]; strengths: Record<string, string> };
  codes: Record<string, string>;
}

const letters = 'abcdefghijklmnopqrstuvwxyz';

/** The mark before the code of a clause whose theme label has low confidence. */
export const lowMark = '~';

/** How many of a document's coded clauses pass the instrument and strength parts of `filter`. */
export function countCoded(
  data: FacetCodes,
  docId: string,
  filter: Pick<ClauseFilter, 'instrument' | 'strength' | 'conf'>,
): number {
  const list = data.codes[docId];
  if (!list) return 0; // no clause
  const wanted = filter.instrument
    ? data.key.instruments
        .map((id, i) => (id === filter.instrument || id.startsWith(`${filter.instrument}.`) ? letters[i] : ''))
        .filter(Boolean)
    : null;
  const strength = filter.strength ? data.key.strengths[filter.strength] : null;
  let n = 0;
  for (const code of list.split(' ')) {
    if (wanted && !wanted.some((l) => code.includes(l))) continue;
    if (strength && !code.endsWith(strength)) continue;
    if (filter.conf === 'mid' && code.startsWith(lowMark)) continue;
    n++;
  }
  return n;
}
