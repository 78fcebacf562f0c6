/**
 * The formats governments publish, each to the text the pipeline reads:
 * plain text and Markdown as they are; a saved web page (.html), a Word
 * document (.docx) and a PDF with a text layer to extracted plain text.
 * What cannot be read — a scanned PDF, the old binary .doc, a WPS file, a
 * format the pipeline does not know — is refused with a message that
 * names a way to convert it.
 *
 * Example: `通知.html` → `{ ok: true, format: 'html', text: '首页 政务公开\n…', titleHint: '某某规划' }`;
 * `通知.doc` → `{ ok: false, reason: '…soffice --headless --convert-to docx …' }`.
 */
import { extname } from 'node:path';
import { VFile } from 'vfile';
import { decode } from '../text/decode.ts';
import { docxToText } from './docx-to-text.ts';
import { htmlToText } from './html-to-text.ts';
import { pdfToText } from './pdf-to-text.ts';

/** The formats a source can come in. */
export type InputFormat = 'text' | 'markdown' | 'html' | 'docx' | 'pdf';

/** A source read, or refused with the reason and a way out. */
export type Extraction =
  | {
      ok: true;
      format: InputFormat;
      /** The text the pipeline reads: for text and Markdown the file's own bytes' text is read by the pipeline, so null here. */
      text: string | null;
      /** The title the file marks (`<h1>`, a Heading 1), for the draft. */
      titleHint: string | null;
      /** What the reader wants the person adding the file to know (mammoth's notes, chrome moved, page numbers). */
      notes: string[];
      /** How many lines at the top of `text` are the page's chrome (navigation, footer, page numbers). */
      pageLines: number;
    }
  | { ok: false; reason: string };

/** PDFs with fewer Han characters than this in their text layer are scans (a text of a page has hundreds). */
const scanThreshold = 20;

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean => magic.every((b, i) => bytes[i] === b);
const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const zip = [0x50, 0x4b, 0x03, 0x04];
const pdf = [0x25, 0x50, 0x44, 0x46];

/** The format of a file, by its extension and its first bytes (a .doc renamed .docx is still a .doc). */
export function inputFormat(path: string, bytes: Uint8Array): InputFormat | { refused: string } {
  const ext = extname(path).toLowerCase();
  const convert = `请先转换为 .docx 再加入：用 LibreOffice 运行 soffice --headless --convert-to docx "${path}"，或在 Word/WPS 中“另存为” .docx`;
  if (startsWith(bytes, ole) || ['.doc', '.wps', '.wpt', '.dot'].includes(ext)) {
    return { refused: `${path}：旧版 Word/WPS 的二进制格式（${ext || '.doc'}）不能直接读取。${convert}。` };
  }
  if (startsWith(bytes, pdf) || ext === '.pdf') return 'pdf';
  if (ext === '.docx' || (startsWith(bytes, zip) && ext === '')) return 'docx';
  if (['.html', '.htm', '.shtml', '.xhtml'].includes(ext)) return 'html';
  if (['.md', '.markdown'].includes(ext)) return 'markdown';
  if (ext === '.txt' || ext === '') return 'text';
  if (['.odt', '.rtf', '.wpt', '.dotx'].includes(ext))
    return { refused: `${path}：${ext} 文件不能直接读取。${convert}。` };
  if (ext === '.ofd')
    return {
      refused: `${path}：OFD 版式文件不能直接读取。请用数科或福昕 OFD 阅读器导出为 PDF（带文字层）或复制文字存为 .txt，再加入。`,
    };
  return { refused: `${path}：不认识的格式 ${ext}。能读取的格式：.txt、.md、.html、.docx、带文字层的 PDF。` };
}

/** Reads a source file's bytes into the text the pipeline reads. */
export async function extractSource(path: string, bytes: Uint8Array): Promise<Extraction> {
  const format = inputFormat(path, bytes);
  if (typeof format !== 'string') return { ok: false, reason: format.refused };
  if (format === 'text' || format === 'markdown')
    return { ok: true, format, text: null, titleHint: null, notes: [], pageLines: 0 };
  try {
    if (format === 'html') {
      const page = htmlToText(decode(bytes, new VFile({ path })).text);
      const notes = page.chromeLines
        ? [`网页的导航、页眉、页脚、分享栏等 ${page.chromeLines} 处放在标题之前（正文前的内容），不进入条款`]
        : [];
      return { ok: true, format, text: page.text, titleHint: page.title, notes, pageLines: page.chromeLines };
    }
    if (format === 'docx') {
      const doc = await docxToText(bytes);
      return { ok: true, format, text: doc.text, titleHint: doc.title, notes: doc.notes, pageLines: doc.chromeLines };
    }
    const read = await pdfToText(bytes);
    if (read.han < scanThreshold) {
      return {
        ok: false,
        reason:
          `${path}：这份 PDF 没有文字层（${read.pages} 页，只读出 ${read.han} 个汉字），像是扫描件。` +
          `请先做文字识别，例如 ocrmypdf -l chi_sim "${path}" 识别后.pdf（OCRmyPDF，需装 tesseract 的中文语言包），再加入识别后的文件；或找到同一文件的网页版或 .docx 版。`,
      };
    }
    const notes = [
      ...(read.radicals
        ? [`PDF 文字层中 ${read.radicals} 个部首字符（如“⽉”）换为它们所代表的汉字（如“月”），与页面显示一致`]
        : []),
      ...(read.joins
        ? [`版面折行 ${read.joins} 处按段落接上（行到右边界、下一行从左边界起且不以条号或序号开头）`]
        : []),
      ...(read.pageNumbers ? [`单独成行的页码 ${read.pageNumbers} 个合为一行，放在标题之前（正文前的内容）`] : []),
    ];
    return { ok: true, format, text: read.text, titleHint: read.title, notes, pageLines: read.pageNumbers ? 1 : 0 };
  } catch (error) {
    const what = format === 'html' ? '网页' : format === 'docx' ? '.docx 文件' : 'PDF 文件';
    return {
      ok: false,
      reason: `${path}：不能作为${what}读取（${(error as Error).message.split('\n')[0]}）。请确认文件完整，或另存为 .txt 后加入。`,
    };
  }
}
