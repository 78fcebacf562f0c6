/**
 * Splits a responsible-unit note into its groups. 重庆's notes list the
 * city's bodies, then after a `；` the central bodies:
 * `〔责任单位：市知识产权局、市司法局，各区县政府；国家知识产权局条法司、联席办〕`
 * → [[市知识产权局, 市司法局, 各区县政府], [国家知识产权局条法司, 联席办]].
 * A group after the first whose first unit starts with 国家 is national.
 */
import { splitList } from '../structure/agencies.ts';

/** One group of units in a note. */
export interface NoteGroup {
  national: boolean;
  units: string[];
}

const label = /^[（〔(【](?:责任单位|牵头单位|责任部门)[：:]/;

/** The groups of a note; falls back to one local group of `agencies` when the note splits otherwise. */
export function noteGroups(note: string | null, agencies: readonly string[]): NoteGroup[] {
  if (!note || agencies.length === 0) return agencies.length ? [{ national: false, units: [...agencies] }] : [];
  const inner = note
    .trim()
    .replace(/[。\s]+$/, '')
    .replace(label, '')
    .slice(0, -1);
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of inner) {
    if ('（〔(【'.includes(char)) depth++;
    if ('）〕)】'.includes(char)) depth = Math.max(0, depth - 1);
    if (depth === 0 && (char === '；' || char === ';')) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  const groups = parts
    .map((part, index) => {
      const units = splitList(part);
      return { national: index > 0 && (units[0] ?? '').startsWith('国家'), units };
    })
    .filter((group) => group.units.length);
  const flat = groups.flatMap((group) => group.units);
  if (flat.length !== agencies.length || flat.some((unit, i) => unit !== agencies[i]))
    return [{ national: false, units: [...agencies] }];
  return groups;
}
