/**
 * Step 5 — punctuation and spacing. Sources mix half- and full-width
 * punctuation; afterwards all read the same way:
 * - `,` `;` `:` `?` `!` and brackets in Chinese context become `，；：？！（）`;
 * - ASCII stays inside numbers and codes: `10.2件`, `1,000`, `GB/T 29490-2013`;
 * - `1﹒` and `1．` as a number become `1.`; full-width digits and letters become ASCII;
 * - spaces go, except one between two Latin letters or digits (`GB/T 29490`).
 *
 * Example: `(一)健全机制,加强保护 (责任单位:市法院)` →
 * `（一）健全机制，加强保护（责任单位：市法院）`.
 */
import type { Edit } from '../mapped-text.ts';

const cjk = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’—…·《》〔〕]/u;
const latin = /[A-Za-z0-9]/;
const fullWidthAlnum = /[０-９Ａ-Ｚａ-ｚ]/;
const asciiToFull: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};

function isCjk(char: string | undefined): boolean {
  return char !== undefined && cjk.test(char);
}

function isLatin(char: string | undefined): boolean {
  return char !== undefined && latin.test(char);
}

/** Indices of ASCII brackets in a line that belong to Chinese text. */
function chineseBrackets(line: string): Set<number> {
  const chinese = new Set<number>();
  const open: number[] = [];
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '(') open.push(i);
    else if (line[i] === ')') {
      const start = open.pop();
      if (start === undefined) {
        if (isCjk(line[i - 1]) || isCjk(line[i + 1])) chinese.add(i);
        continue;
      }
      const inner = line.slice(start + 1, i);
      if ([...inner].some(isCjk) || isCjk(line[start - 1]) || isCjk(line[i + 1]) || inner === '') {
        chinese.add(start);
        chinese.add(i);
      }
    }
  }
  for (const start of open) if (isCjk(line[start - 1]) || isCjk(line[start + 1])) chinese.add(start);
  return chinese;
}

/** Edits that normalize the punctuation and spacing of one line starting at `offset`. */
function lineEdits(line: string, offset: number): Edit[] {
  const edits: Edit[] = [];
  const brackets = chineseBrackets(line);
  const put = (i: number, insert: string, length = 1): void => {
    edits.push({ start: offset + i, end: offset + i + length, insert });
  };
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    // Most characters are Chinese, which no branch below edits: skip them without building strings.
    if (code > 0x7f && code !== 0xfe52 && (code < 0xff0e || code > 0xff5a)) continue;
    const char = line[i];
    const prev = line[i - 1];
    const next = line[i + 1];
    if (char === ' ') {
      let end = i;
      while (line[end] === ' ') end++;
      const keepOne = isLatin(line[i - 1]) && isLatin(line[end]) && i > 0;
      if (keepOne) {
        if (end - i > 1) put(i + 1, '', end - i - 1);
      } else put(i, '', end - i);
      i = end - 1;
    } else if (char === '(' || char === ')') {
      if (brackets.has(i)) put(i, asciiToFull[char]);
    } else if (char === ',' || char === ':') {
      if (!(/\d/.test(prev ?? '') && /\d/.test(next ?? '')) && (isCjk(prev) || isCjk(next) || !isLatin(prev))) {
        put(i, asciiToFull[char]);
      }
    } else if (char === ';' || char === '?' || char === '!') {
      if (isCjk(prev) || isCjk(next) || prev === ')' || next === undefined) put(i, asciiToFull[char]);
    } else if (char === '﹒' || char === '．') {
      put(i, /\d/.test(prev ?? '') ? '.' : '。');
    } else if (fullWidthAlnum.test(char)) {
      put(i, String.fromCharCode(char.charCodeAt(0) - 0xfee0));
    }
  }
  return edits;
}

/** Edits that normalize punctuation and spacing across a whole text, line by line. */
export function punctuationEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    edits.push(...lineEdits(line, offset));
    offset += line.length + 1;
  }
  return edits;
}
