/**
 * A PDF with a text layer → the plain text the pipeline reads, through
 * pdf.js (as unpdf packages it for Node): the text items of each page in
 * reading order, a new line wherever the baseline moves. A line that runs
 * to the right margin (or ends a few characters short of it, not at the
 * end of a sentence) and is followed by one that starts at the left
 * margin — not indented as a new paragraph, and not with 第…条 or a
 * heading number — was wrapped by the layout: the two are one paragraph
 * and are joined, and the joins are counted. Page numbers standing alone on a line (`- 3 -`, `— 3 —`,
 * `第 3 页`) are moved to the top, all on one line, so that they land in
 * the preamble and not inside a clause. Radicals the font's text map put
 * for characters (⽉ for 月) are replaced and counted. The line of the
 * first page set in the largest type is the title it marks. A scanned PDF
 * has no text layer: it yields no text, and the caller refuses it.
 *
 * Example: `第一条 为了…城` (to the margin) + `市建设，制定本条例。` → `第一条 为了…城市建设，制定本条例。`.
 */
import { getDocumentProxy } from 'unpdf';
import { replaceRadicals } from './radicals.ts';

/** The text of a PDF and what was done to read it. */
export interface PdfText {
  text: string;
  /** The line of the first page set in the largest type, when it is larger than the text around it. */
  title: string | null;
  pages: number;
  /** Han characters found in the text layer; 0 for a scan. */
  han: number;
  /** Radicals replaced by the characters they stand for. */
  radicals: number;
  /** Lines the layout wrapped, joined to the line before. */
  joins: number;
  /** Page-number lines moved to the top (0 or 1 line there). */
  pageNumbers: number;
}

interface TextItem {
  str: string;
  transform: number[];
  width: number;
}

/** A line as laid out: its text, where it starts and ends, its type size. */
interface LaidLine {
  text: string;
  page: number;
  x0: number;
  x1: number;
  size: number;
}

const pageNumber = /^(?:[-—－–\s]*\d{1,4}[-—－–\s]*|第\s*\d{1,4}\s*页(?:\s*[，,]?\s*共\s*\d{1,4}\s*页)?)$/;
/** Lines that start a unit of their own and are never the tail of a wrapped line. */
const startsUnit =
  /^(第[一二三四五六七八九十百千零〇\d]+[编章节条]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、])/;

async function layoutLines(bytes: Uint8Array): Promise<{ lines: LaidLine[]; pages: number }> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const lines: LaidLine[] = [];
  try {
    for (let p = 1; p <= pdf.numPages; p++) {
      const content = await (await pdf.getPage(p)).getTextContent();
      let line: LaidLine | null = null;
      let baseline: number | null = null;
      for (const item of content.items as TextItem[]) {
        if (typeof item.str !== 'string' || !item.str) continue;
        const [, , c, d, x, y] = item.transform;
        const visible = item.str.trim() !== '';
        if (line && visible && baseline !== null && Math.abs(y - baseline) > 2) {
          lines.push(line);
          line = null;
        }
        if (!visible) {
          if (line) line.text += item.str;
          continue;
        }
        baseline = y;
        line ??= { text: '', page: p, x0: x, x1: x, size: 0 };
        line.text += item.str;
        line.x1 = Math.max(line.x1, x + item.width);
        line.size = Math.max(line.size, Math.hypot(c, d));
      }
      if (line) lines.push(line);
    }
    return { lines: lines.map((l) => ({ ...l, text: l.text.trim() })).filter((l) => l.text), pages: pdf.numPages };
  } finally {
    await pdf.destroy();
  }
}

/** Joins the lines the layout wrapped; returns the paragraphs and how many joins were made. */
function joinWrapped(lines: readonly LaidLine[]): { paragraphs: string[]; joins: number } {
  const left = new Map<number, number>();
  const right = new Map<number, number>();
  for (const l of lines) {
    left.set(l.page, Math.min(left.get(l.page) ?? Infinity, l.x0));
    right.set(l.page, Math.max(right.get(l.page) ?? -Infinity, l.x1));
  }
  const paragraphs: string[] = [];
  let joins = 0;
  lines.forEach((line, i) => {
    const before = lines[i - 1];
    // To the margin, or nearly so when the line broke before a bracket or a word it could not split, and not at a sentence's end.
    const gap = before ? (right.get(before.page)! - before.x1) / before.size : Infinity;
    const wrapped =
      before !== undefined &&
      (gap < 1.5 || (gap < 5 && !/[。；：！？]$/.test(before.text))) &&
      line.x0 <= left.get(line.page)! + line.size * 0.5 &&
      Math.abs(line.size - before.size) < 0.5 &&
      !startsUnit.test(line.text);
    if (wrapped) {
      const glue = /[A-Za-z0-9]$/.test(paragraphs[paragraphs.length - 1]) && /^[A-Za-z0-9]/.test(line.text) ? ' ' : '';
      paragraphs[paragraphs.length - 1] += glue + line.text;
      joins++;
    } else paragraphs.push(line.text);
  });
  return { paragraphs, joins };
}

/** Reads a PDF file's bytes. Rejects when the bytes are not a PDF. */
export async function pdfToText(bytes: Uint8Array): Promise<PdfText> {
  const laid = await layoutLines(bytes);
  const { pages } = laid;
  let radicals = 0;
  const lines = laid.lines.map((line) => {
    const replaced = replaceRadicals(line.text);
    radicals += replaced.count;
    return { ...line, text: replaced.text };
  });
  const numbers = lines.filter((l) => pageNumber.test(l.text));
  const { paragraphs, joins } = joinWrapped(lines.filter((l) => !pageNumber.test(l.text)));
  const all = numbers.length ? [numbers.map((l) => l.text).join(' '), ...paragraphs] : paragraphs;
  const text = all.length ? `${all.join('\n')}\n` : '';
  const first = lines.filter((l) => l.page === 1 && !pageNumber.test(l.text));
  const body = first.map((l) => l.size).sort((a, b) => a - b)[Math.floor(first.length / 2)] ?? 0;
  const largest = first.reduce<LaidLine | null>((best, l) => (!best || l.size > best.size ? l : best), null);
  const title = largest && largest.size > body * 1.2 ? largest.text : null;
  return {
    text,
    title,
    pages,
    han: (text.match(/\p{Script=Han}/gu) ?? []).length,
    radicals,
    joins,
    pageNumbers: numbers.length,
  };
}
