/**
 * Step 2 — pinyin glosses. Some sources carry the pinyin of a character
 * in brackets right after it: `區(qū)`, `現(xiàn)`, `創(chuàng)`. They are not
 * part of the text: remove them and record each removal. Real brackets
 * stay: `(自治縣)`, `(PCT)`, `(RCEP)`, `(2021—2035年)` are not pinyin.
 *
 * A gloss is one lower-case pinyin syllable carrying a tone mark, so a
 * bracketed Latin abbreviation or number never matches.
 */
import type { Draft, RepairEdit } from '../draft.ts';
import { applyRepairs } from '../draft.ts';

// Initial + final of a Mandarin syllable; at least one vowel carries a
// tone mark (ā á ǎ à …, ǖ ǘ ǚ ǜ). See GB/T 16159 for the spelling rules.
const toned = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
const syllable = new RegExp(
  `[(（]((?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?[aeiouü${toned}]*[${toned}][aeiouü${toned}]*(?:ng|n|r)?)[)）]`,
  'g',
);

/** Finds the glosses in a text; exported for the detector and tests. */
export function findGlosses(text: string): Array<{ start: number; end: number; gloss: string }> {
  const found: Array<{ start: number; end: number; gloss: string }> = [];
  for (const match of text.matchAll(syllable)) {
    const start = match.index;
    const before = start > 0 ? text[start - 1] : '';
    // A gloss follows the character it reads; a bracket at a line start
    // or after a space is an ordinary bracket.
    if (before === '' || /\s/.test(before)) continue;
    found.push({ start, end: start + match[0].length, gloss: match[1] });
  }
  return found;
}

/** Removes every pinyin gloss from the draft, recording each one. */
export function removePinyinGlosses(draft: Draft): void {
  const edits: RepairEdit[] = findGlosses(draft.repaired.text).map(({ start, end, gloss }) => ({
    start,
    end,
    insert: '',
    kind: 'gloss',
    reason: `删除“${draft.repaired.text[start - 1]}”后面的拼音注音“${gloss}”`,
  }));
  applyRepairs(draft, edits);
}
