/**
 * A Word document (.docx) → the plain text the pipeline reads, through
 * mammoth: mammoth turns the document's paragraphs, headings, lists and
 * tables into HTML (its own semantic mapping of Word styles), and the page
 * reader turns that into lines and `| … |` rows. What mammoth could not
 * map (an unknown style, an image) comes back as a note.
 *
 * Example: a Heading 1 `某某条例` and paragraphs `第一条 …` → `某某条例\n第一条 …\n`,
 * with `某某条例` as the title it marks.
 */
import mammoth from 'mammoth';
import { htmlToText, type PageText } from './html-to-text.ts';

/** The text of a .docx and mammoth's notes on what it could not map. */
export interface DocxText extends PageText {
  notes: string[];
}

/** Reads a .docx file's bytes. Rejects when the bytes are not a Word document (a zip with `word/document.xml`). */
export async function docxToText(bytes: Uint8Array): Promise<DocxText> {
  const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  const page = htmlToText(result.value);
  return { ...page, notes: result.messages.map((m) => `${m.type === 'error' ? '错误' : '提示'}：${m.message}`) };
}
