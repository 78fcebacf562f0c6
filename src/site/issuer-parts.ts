/**
 * An issuer line of two or more bodies (`重慶市人民政府 國家知識產權局`) loses
 * its space in the reading text (`重庆市人民政府国家知识产权局`), as every
 * space between Chinese characters does. For display only, the reading text
 * is cut where the source line has its spaces, so each body shows apart;
 * no character is added to or taken from the text. When the two do not
 * line up character for character, the text is shown whole.
 *
 * Example: `issuerParts('重庆市人民政府国家知识产权局', '重慶市人民政府 國家知識產權局')`
 * → `['重庆市人民政府', '国家知识产权局']`.
 */
export function issuerParts(text: string, original: string): string[] {
  const pieces = original.trim().split(/\s+/u).filter(Boolean);
  if (pieces.length < 2 || pieces.join('').length !== text.length) return [text];
  const parts: string[] = [];
  let at = 0;
  for (const piece of pieces) {
    parts.push(text.slice(at, at + piece.length));
    at += piece.length;
  }
  return parts;
}
