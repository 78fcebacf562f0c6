/**
 * Joins a sentence broken across two lines by a hard line break
 * (`…加强知识产权` / `保护，…`): a line that ends without a sentence's end
 * and is followed by a plain line (no number, no heading, no table) is one
 * paragraph with it. A numbered line never continues the one before, so a
 * list item is never swallowed. Each join is recorded as a repair; the
 * line break stays in the original text, so conservation still holds.
 *
 * Example: `第五条市人民政府应当设立专利` + `专项资金。` → one line.
 */
import type { Repair } from '../../model/types.ts';
import { classifyLine, type ClassifiedLine } from './lines.ts';

/** What a sentence, a heading or a cell can end with. */
const ends = /[。；！？：:;!?…”’」』）)\]】》|]$/;
/** Characters a heading never ends with: the sentence goes on. */
const midSentence = /[，、（(《“‘]$/;
/** A title ends with the genre it names (…实施意见, …条例); it is never the first half of a sentence. */
const titleEnd = /(意见|方案|规划|纲要|通知|条例|规定|办法|细则|决定|要点|计划)$/;

function continues(line: ClassifiedLine, next: ClassifiedLine | undefined): boolean {
  if (!next || next.kind !== 'paragraph' || ends.test(line.text) || titleEnd.test(line.text)) return false;
  if (line.kind === 'article') return line.rest.length > 0;
  if (line.kind === 'numbered' || line.kind === 'lead-in') return true;
  if (midSentence.test(line.text)) return true;
  // An unnumbered heading has no clause inside it; a line with one, cut off without its end, goes on.
  return line.kind === 'paragraph' && /[，；。：]/.test(line.text);
}

/** Joins broken lines, recording each join in `repairs`. */
export function joinBrokenLines(lines: readonly ClassifiedLine[], repairs: Repair[]): ClassifiedLine[] {
  const out: ClassifiedLine[] = [];
  for (const line of lines) {
    const last = out.at(-1);
    if (last && continues(last, line)) {
      repairs.push({
        kind: 'line-join',
        line: line.no,
        column: 1,
        before: `${last.text.slice(-6)}⏎${line.text.slice(0, 6)}`,
        after: `${last.text.slice(-6)}${line.text.slice(0, 6)}`,
        reason: `第 ${last.no} 行末尾没有句末标点，第 ${line.no} 行接着同一句话：两行读作一段（原文的换行保留在原文中）`,
      });
      // A heading broken after ，or 、 stays a heading (its kind may come from Markdown, not from its words).
      out[out.length - 1] =
        last.kind === 'legal-heading'
          ? { ...last, text: last.text + line.text, rest: last.rest + line.text, end: line.end }
          : classifyLine({ no: last.no, text: last.text + line.text, start: last.start, end: line.end });
    } else out.push(line);
  }
  return out;
}
