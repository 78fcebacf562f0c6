/**
 * A shortcut for the Markdown most statutes are: ATX headings, comment
 * lines and paragraphs of plain text, with nothing CommonMark could read
 * as inline markup or as another block. For such a source the reading is
 * known without parsing: a heading's `## ` is markup, a comment line is
 * markup, and every other character is text. Any other source (and any
 * doubt) returns null, and the full parser reads it.
 *
 * Example: `## 第一章　总则\n\n第一条 为了……` → one deletion of `## `,
 * heading depth 2 on line 1.
 */
import { position, type Edit } from '../mapped-text.ts';
import type { MarkdownReading } from './markdown.ts';

/** Characters that may begin inline markup or a block anywhere on a line, or that CommonMark replaces (NUL, CR, BOM). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be left to the parser
const markupAnywhere = /[\\`*_[\]<>&|~#@\x00-\x1f\x7f\uFEFF]/;
/** Line starts that may begin a list, a thematic break or a setext underline. */
const markupAtStart = /^(?:[-+=]|\d+[.)])/;
const atxHeading = /^(#{1,6}) +(?=\S)/;
const commentLine = /^<!--([\s\S]*)-->$/;
const blank = /\s/;

/**
 * The reading of a Markdown source made only of ATX headings, whole-line
 * comments, empty lines and paragraphs of plain text; null for any other.
 */
export function readSimpleMarkdown(text: string): MarkdownReading | null {
  const reading: MarkdownReading = { edits: [], headings: new Map(), comments: [], problems: [], removed: {} };
  const count = (kind: string): number => (reading.removed[kind] = (reading.removed[kind] ?? 0) + 1);
  const edits: Edit[] = reading.edits;
  const starts: number[] = [];
  let start = 0;
  let no = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    starts.push(start);
    no += 1;
    if (line.length > 0) {
      // Whitespace at either end is stripped or means indentation: leave it to the parser.
      if (blank.test(line[0]) || blank.test(line[line.length - 1])) return null;
      const comment = line.startsWith('<!--') ? commentLine.exec(line) : null;
      if (comment) {
        // Exactly one comment, the whole line (`<!-->` or a second `-->` is not this shape).
        if (line.length < 7 || line.indexOf('-->') !== line.length - 3 || /[<>]/.test(comment[1])) return null;
        edits.push({ start, end, insert: '' });
        reading.comments.push({ ...position(starts, start), text: comment[1].trim() });
        count('comment');
      } else {
        const heading = atxHeading.exec(line);
        const content = heading ? line.slice(heading[0].length) : line;
        if (markupAnywhere.test(content) || markupAtStart.test(content)) return null;
        if (heading) {
          edits.push({ start, end: start + heading[0].length, insert: '' });
          reading.headings.set(no, heading[1].length);
          count('heading');
        }
      }
    }
    start = end + 1;
  }
  return reading;
}
