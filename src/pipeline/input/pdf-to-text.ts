/**
 * A PDF with a text layer → the plain text the pipeline reads, through
 * pdf.js (as unpdf packages it for Node): the text items of each page in
 * reading order, a new line wherever pdf.js marks the end of a line or
 * the baseline moves. Page numbers standing alone on a line (`- 3 -`,
 * `— 3 —`, `第 3 页`) are moved to the top, so that they land in the
 * preamble and not inside a clause. A scanned PDF has no text layer: it
 * yields no text, and the caller refuses it with a way to convert it.
 *
 * Example: a page whose items read `第一条 为了…` `制定本条例。` on two
 * baselines → `第一条 为了…\n制定本条例。\n`.
 */
import { getDocumentProxy } from 'unpdf';

/** The text of a PDF and how many pages it has. */
export interface PdfText {
  text: string;
  pages: number;
  /** Han characters found in the text layer; 0 for a scan. */
  han: number;
}

const pageNumber = /^(?:[-—－–\s]*\d{1,4}[-—－–\s]*|第\s*\d{1,4}\s*页(?:\s*[，,]?\s*共\s*\d{1,4}\s*页)?)$/;

interface TextItem {
  str: string;
  hasEOL: boolean;
  transform: number[];
}

/** Reads a PDF file's bytes. Rejects when the bytes are not a PDF. */
export async function pdfToText(bytes: Uint8Array): Promise<PdfText> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const lines: string[] = [];
  const numbers: string[] = [];
  try {
    for (let p = 1; p <= pdf.numPages; p++) {
      const page = await pdf.getPage(p);
      const content = await page.getTextContent();
      let line = '';
      let baseline: number | null = null;
      const flush = (): void => {
        const done = line.trim();
        if (done) (pageNumber.test(done) ? numbers : lines).push(done);
        line = '';
      };
      for (const item of content.items as TextItem[]) {
        if (typeof item.str !== 'string') continue;
        const y = item.transform[5];
        if (baseline !== null && Math.abs(y - baseline) > 2 && item.str.trim()) flush();
        if (item.str.trim()) baseline = y;
        line += item.str;
        if (item.hasEOL) flush();
      }
      flush();
    }
  } finally {
    await pdf.destroy();
  }
  const all = [...numbers, ...lines];
  const text = all.length ? `${all.join('\n')}\n` : '';
  return { text, pages: pdf.numPages, han: (text.match(/\p{Script=Han}/gu) ?? []).length };
}
