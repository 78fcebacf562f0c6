/**
 * The 对照表 as a Word document (`.docx`, made in the browser with the
 * `docx` library, loaded only when asked for): a title, what the table
 * lists and what was left out, then one table — document and place, clause,
 * full text with the shared wording highlighted, similarity — and each
 * row's citation (GB/T 7714, with access date and address) below its text.
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { fullCitation } from '../model/citation.ts';
import type { TableRow as ClauseRow } from './clause-table.ts';

const font = { eastAsia: 'SimSun', ascii: 'Times New Roman', hAnsi: 'Times New Roman' };

const cell = (children: Paragraph[], width: number): TableCell =>
  new TableCell({ children, width: { size: width, type: WidthType.PERCENTAGE } });
const line = (text: string, options: { bold?: boolean; size?: number } = {}): Paragraph =>
  new Paragraph({ children: [new TextRun({ text, font, ...options })] });

/** The document (a `docx` Document) for `rows`; `note` says what the table lists. */
export function tableDocument(
  title: string,
  note: string,
  rows: readonly ClauseRow[],
  pageUrl: string,
  accessed: Date,
): Document {
  const header = new TableRow({
    tableHeader: true,
    children: ['文件（地区）', '条款', '全文（黄色为与本条共有的表述）与引用', '相似度'].map((h, i) =>
      cell([line(h, { bold: true })], [18, 10, 64, 8][i]),
    ),
  });
  const body = rows.map((r) => {
    const address = new URL(r.href, pageUrl).href;
    // A line break in the text (a clause's 款) is a break in Word, not a character.
    const runs = r.segments.flatMap((s) =>
      s.text.split('\n').map(
        (part, i) =>
          new TextRun({
            text: part,
            font,
            ...(i > 0 ? { break: 1 } : {}),
            ...(s.shared ? { highlight: 'yellow' } : {}),
          }),
      ),
    );
    const text = new Paragraph({ children: runs });
    const cite = new Paragraph({
      spacing: { before: 80 },
      children: [new TextRun({ text: fullCitation(r.citation, accessed, address), font, size: 16, color: '555555' })],
    });
    return new TableRow({
      children: [
        cell([line(r.label), line(r.place, { size: 18 })], 18),
        cell(
          [
            line(
              r.kind === 'self'
                ? `${r.path}（本条）`
                : r.kind === 'source'
                  ? `${r.path}（国家来源，${r.upstream}）`
                  : r.path,
            ),
            ...[r.role, r.headings.join(' › ')].filter(Boolean).map((t) => line(t, { size: 16 })),
          ],
          10,
        ),
        cell([text, cite], 64),
        cell(
          [
            new Paragraph({
              alignment: AlignmentType.RIGHT,
              children: [new TextRun({ text: r.score === null ? '—' : r.score.toFixed(2), font })],
            }),
          ],
          8,
        ),
      ],
    });
  });
  return new Document({
    creator: '知识产权政策比对',
    title,
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: title, font })] }),
          line(note, { size: 18 }),
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...body] }),
        ],
      },
    ],
  });
}

/** The `.docx` file of the table, as a Blob for download. */
export function tableDocx(
  title: string,
  note: string,
  rows: readonly ClauseRow[],
  pageUrl: string,
  accessed: Date,
): Promise<Blob> {
  return Packer.toBlob(tableDocument(title, note, rows, pageUrl, accessed));
}
