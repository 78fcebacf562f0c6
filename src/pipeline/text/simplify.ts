/**
 * Step 4 — traditional → simplified, with OpenCC's `t` → `cn` tables
 * (characters and phrases; no regional idioms, so 執行 stays 执行 and is
 * never “localised” to 运行). Runs after repair, never on garbage. The
 * repaired traditional text stays beside it as the clause's `original`.
 *
 * Example: `加強知識產權保護` → `加强知识产权保护`.
 */
import type { VFile } from 'vfile';
import { toSimplified } from '../../model/simplified.ts';

export { toSimplified };

/**
 * Converts a text line by line. OpenCC's phrase tables keep the length of
 * every phrase they change, which keeps the character map exact; a line
 * where that does not hold is converted character by character instead,
 * with a warning, so offsets never drift.
 */
export function simplifyText(text: string, file: VFile): string {
  const convert = toSimplified();
  return text
    .split('\n')
    .map((line, index) => {
      const converted = convert(line);
      if (converted.length === line.length) return converted;
      file.message('Unexpected length change in phrase conversion; converted this line character by character', {
        place: { line: index + 1, column: 1 },
        ruleId: 'opencc-length',
        source: 'simplify',
      });
      return Array.from(line, (char) => convert(char)).join('');
    })
    .join('\n');
}

/** Characters of `text` that OpenCC would still convert: residual traditional characters. */
export function residualTraditional(text: string): string[] {
  const convert = toSimplified();
  const residual = new Set<string>();
  for (const char of text) if (convert(char) !== char) residual.add(char);
  return [...residual];
}
