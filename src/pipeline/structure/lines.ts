/**
 * Reads each normalized line for what it is: a heading of a legal text
 * (`第二章行政保护`, `第一节…`, `第一编…`), an article (`第十八条…`), a plan
 * heading with its number (`一、` `（一）` `1.` `（1）`), a numbered
 * paragraph whose first sentence is its title (`（三）加强知识产权司法保护。完善…`),
 * a `——` lead-in, a table row, a 专栏 title, or a plain paragraph.
 *
 * Examples: `1.探索新业态新领域保护制度` → heading, level 3, number `1.`;
 * `第十八条县级以上…` → article, number `第十八条`, value 18.
 */

export type LineKind =
  'legal-heading' | 'article' | 'heading' | 'numbered' | 'lead-in' | 'table-row' | 'box-title' | 'paragraph';

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
  /** Heading level: 1 `一、`, 2 `（一）`, 3 `1.`, 4 `（1）`; legal headings: 1 编, 1.5 分编, 2 章, 3 节 (0 for an attachment, which closes them all). */
  level: number;
  /** The legal unit of a `legal-heading` (编, 章, 节) or `article` (条); null otherwise. */
  unit: '编' | '分编' | '章' | '节' | '条' | null;
  /** Number marker as written after normalization, e.g. `（一）`, `1.`, `2、`. */
  marker: string | null;
  /** Value of the number (一 → 1); an inserted article `第十条之一` is 10 with `sub` 1. */
  value: number | null;
  /** Number of an inserted article (`之一` → 1); 0 otherwise. */
  sub: number;
  /** Text after the marker. */
  rest: string;
}

const chineseDigits: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const chineseUnitsOf: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Value of a Chinese numeral up to 九千九百九十九: 二十四 → 24, 一百零一 → 101, 十 → 10. */
export function chineseNumber(numeral: string): number {
  let total = 0;
  let digit = -1;
  for (const char of numeral) {
    const unit = chineseUnitsOf[char];
    if (unit) {
      total += (digit < 0 ? 1 : digit) * unit;
      digit = -1;
    } else digit = chineseDigits[char] ?? 0;
  }
  return total + Math.max(0, digit);
}

const legalNumeral = '[一二三四五六七八九十百千零〇两]+|\\d{1,4}';
/** `第二章`, `第一节`, `第三编`, `第二分编` (a space or a title may follow). */
export const legalHeading = new RegExp(`^第(${legalNumeral})(分编|编|章|节)`);
/** `第十八条`, `第十条之一`, `第18条`. */
const article = new RegExp(`^第(${legalNumeral})条(?:之([一二三四五六七八九十]+))?`);

const numberValue = (numeral: string): number => (/^\d/.test(numeral) ? Number(numeral) : chineseNumber(numeral));

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

/** A full sentence, not a title: over 40 characters and closed by 。 or ；. */
function isSentence(rest: string): boolean {
  return rest.length > 40 && /[。；]$/.test(rest);
}

/** The level of each legal unit's heading: a 分编 stands between its 编 and its chapters. */
export const legalLevels = { 编: 1, 分编: 1.5, 章: 2, 节: 3 } as const;

/** Classifies one line. */
export function classifyLine(line: Line): ClassifiedLine {
  const base = { ...line, level: 0, unit: null, marker: null, value: null, sub: 0, rest: line.text };
  const text = line.text;
  const legal = legalHeading.exec(text);
  // `第二章行政保护` is a heading; `第二章规定的…。` is a sentence that starts with a reference.
  if (legal && isHeadingLike(text.slice(legal[0].length)) && !/[。；，]/.test(text)) {
    const unit = legal[2] as '编' | '分编' | '章' | '节';
    return {
      ...base,
      kind: 'legal-heading',
      level: legalLevels[unit],
      unit,
      marker: legal[0],
      value: numberValue(legal[1]),
      rest: text.slice(legal[0].length),
    };
  }
  const art = article.exec(text);
  if (art) {
    return {
      ...base,
      kind: 'article',
      unit: '条',
      marker: art[0],
      value: numberValue(art[1]),
      sub: art[2] ? chineseNumber(art[2]) : 0,
      rest: text.slice(art[0].length),
    };
  }
  if (/^专栏\s*\d+/.test(text)) return { ...base, kind: 'box-title' };
  if ((text.match(/\|/g) ?? []).length >= 2 && !text.startsWith('专栏')) return { ...base, kind: 'table-row' };
  if (text.startsWith('——')) return { ...base, kind: 'lead-in' };
  for (const { level, re, chinese } of patterns) {
    const match = re.exec(text);
    if (!match) continue;
    const rest = text.slice(match[0].length);
    const value = chinese ? chineseNumber(match[1]) : Number(match[1]);
    // `一、` opens a part even when its title is long; a whole sentence after it (`一、…人民法院应当…。`, the points of a 批复) is a numbered paragraph.
    const kind: LineKind = isHeadingLike(rest) || (level === 1 && !isSentence(rest)) ? 'heading' : 'numbered';
    return { ...base, kind, level, marker: match[0], value, rest };
  }
  // `2、` where `二、` belongs: a heading-like line numbered with a digit
  // and 、 is read as a top-level heading; the tree builder checks the number.
  const digitHeading = /^(\d{1,2})、/.exec(text);
  if (digitHeading && isHeadingLike(text.slice(digitHeading[0].length))) {
    return {
      ...base,
      kind: 'heading',
      level: 1,
      marker: digitHeading[0],
      value: Number(digitHeading[1]),
      rest: text.slice(digitHeading[0].length),
    };
  }
  return { ...base, kind: 'paragraph' };
}

const chineseUnits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Chinese numeral for a number up to 999, as legal texts write it: 24 → 二十四, 101 → 一百零一, 110 → 一百一十. */
export function toChineseNumber(value: number): string {
  if (value < 10) return chineseUnits[value];
  if (value < 100) {
    const tens = Math.floor(value / 10);
    return `${tens === 1 ? '' : chineseUnits[tens]}十${chineseUnits[value % 10]}`;
  }
  const hundreds = `${chineseUnits[Math.floor(value / 100)]}百`;
  const rest = value % 100;
  if (rest === 0) return hundreds;
  if (rest < 10) return `${hundreds}零${chineseUnits[rest]}`;
  return `${hundreds}${rest < 20 ? '一' : ''}${toChineseNumber(rest)}`;
}
