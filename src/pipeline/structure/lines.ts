/**
 * Reads each normalized line for what it is: a heading with its number
 * (`一、` `（一）` `1.` `（1）`), a numbered paragraph whose first sentence
 * is its title (`（三）加强知识产权司法保护。完善…`), a `——` lead-in, a
 * table row, a 专栏 title, or a plain paragraph.
 *
 * Example: `1.探索新业态新领域保护制度` → heading, level 3, number `1.`.
 */

export type LineKind = 'heading' | 'numbered' | 'lead-in' | 'table-row' | 'box-title' | 'paragraph';

export interface Line {
  /** 1-based source line. */
  no: number;
  /** Normalized text of the line. */
  text: string;
  /** Offsets of the line in the normalized text. */
  start: number;
  end: number;
}

export interface ClassifiedLine extends Line {
  kind: LineKind;
  /** Heading level: 1 `一、`, 2 `（一）`, 3 `1.`, 4 `（1）`. */
  level: number;
  /** Number marker as written after normalization, e.g. `（一）`, `1.`, `2、`. */
  marker: string | null;
  /** Value of the number (一 → 1). */
  value: number | null;
  /** Text after the marker. */
  rest: string;
}

const chineseDigits: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Value of a Chinese numeral up to 九十九: 二十四 → 24. */
export function chineseNumber(numeral: string): number {
  if (numeral === '十') return 10;
  const [tens, units] = numeral.includes('十') ? numeral.split('十') : ['', numeral];
  return (numeral.includes('十') ? (tens ? chineseDigits[tens] : 1) * 10 : 0) + (units ? chineseDigits[units] : 0);
}

const numeral = '[一二三四五六七八九十]+';
const patterns: Array<{ level: number; re: RegExp; chinese: boolean }> = [
  { level: 1, re: new RegExp(`^(${numeral})、`), chinese: true },
  { level: 2, re: new RegExp(`^（(${numeral})）`), chinese: true },
  { level: 3, re: /^(\d{1,2})\.(?!\d)/, chinese: false },
  { level: 4, re: /^（(\d{1,2})）/, chinese: false },
];

/** A heading line is short and has no sentence inside it. */
export function isHeadingLike(rest: string): boolean {
  return rest.length > 0 && rest.length <= 40 && !/[。；！？]./.test(rest) && !rest.endsWith('；');
}

/** Classifies one line. */
export function classifyLine(line: Line): ClassifiedLine {
  const base = { ...line, level: 0, marker: null, value: null, rest: line.text };
  const text = line.text;
  if (/^专栏\s*\d+/.test(text)) return { ...base, kind: 'box-title' };
  if ((text.match(/\|/g) ?? []).length >= 2 && !text.startsWith('专栏')) return { ...base, kind: 'table-row' };
  if (text.startsWith('——')) return { ...base, kind: 'lead-in' };
  for (const { level, re, chinese } of patterns) {
    const match = re.exec(text);
    if (!match) continue;
    const rest = text.slice(match[0].length);
    const value = chinese ? chineseNumber(match[1]) : Number(match[1]);
    const kind: LineKind = level === 1 || isHeadingLike(rest) ? 'heading' : 'numbered';
    return { ...base, kind, level, marker: match[0], value, rest };
  }
  // `2、` where `二、` belongs: a heading-like line numbered with a digit
  // and 、 is read as a top-level heading; the tree builder checks the number.
  const digitHeading = /^(\d{1,2})、/.exec(text);
  if (digitHeading && isHeadingLike(text.slice(digitHeading[0].length))) {
    return { ...base, kind: 'heading', level: 1, marker: digitHeading[0], value: Number(digitHeading[1]), rest: text.slice(digitHeading[0].length) };
  }
  return { ...base, kind: 'paragraph' };
}

const chineseUnits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Chinese numeral for a number up to 99: 24 → 二十四. */
export function toChineseNumber(value: number): string {
  if (value < 10) return chineseUnits[value];
  const tens = Math.floor(value / 10);
  return `${tens === 1 ? '' : chineseUnits[tens]}十${chineseUnits[value % 10]}`;
}
