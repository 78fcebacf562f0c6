/**
 * Responsible units. A task often ends with the bodies responsible for
 * it: `（责任单位：市法院、市检察院）` or `〔责任单位：…〕`. The note is cut
 * from the reading text and split into a list at 、，；, keeping bracketed
 * qualifiers whole (`各区县（自治县，以下简称区县）政府` is one unit).
 *
 * Example: `…执行效率。（责任单位：市法院、市检察院）` →
 * text `…执行效率。`, agencies [市法院, 市检察院].
 */

const openers = '（〔(【';
const closers = '）〕)】';
const label = /^[（〔(【](?:责任单位|牵头单位|责任部门)[：:]/;

export interface AgencySplit {
  /** Text before the note. */
  text: string;
  /** The note as it stands, brackets included; null when there is none. */
  note: string | null;
  agencies: string[];
}

/** Finds a responsible-unit note closing a paragraph and splits it off. */
export function splitAgencies(paragraph: string): AgencySplit {
  const trimmed = paragraph.replace(/[。\s]+$/, '');
  // Walk back from the end to the bracket that opens the final group.
  if (!closers.includes(trimmed.at(-1) ?? '')) return { text: paragraph, note: null, agencies: [] };
  let depth = 0;
  for (let i = trimmed.length - 1; i >= 0; i--) {
    const char = trimmed[i];
    if (closers.includes(char)) depth++;
    else if (openers.includes(char)) {
      depth--;
      if (depth === 0) {
        const note = paragraph.slice(i);
        if (!label.test(note)) return { text: paragraph, note: null, agencies: [] };
        const inner = trimmed.slice(i, trimmed.length - 1).replace(label, '');
        return { text: paragraph.slice(0, i), note, agencies: splitList(inner) };
      }
    }
  }
  return { text: paragraph, note: null, agencies: [] };
}

/** Splits a list at 、，；,; outside brackets. */
export function splitList(list: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of list) {
    if (openers.includes(char)) depth++;
    if (closers.includes(char)) depth = Math.max(0, depth - 1);
    if (depth === 0 && '、，；,;'.includes(char)) {
      if (current.trim()) items.push(current.trim());
      current = '';
    } else current += char;
  }
  if (current.trim()) items.push(current.trim());
  return items;
}
