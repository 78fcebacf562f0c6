/**
 * The 落款 that closes a document — the issuing bodies and the date, and
 * notes such as `（此件公开发布）` — found at the end of the body. These
 * lines get their own roles and are never clauses.
 *
 * Example: `…抓好落实。` `威海市人民政府` `2021年12月1日` → the last two lines
 * are the closing: issuer, date.
 */
import type { PreambleBlock } from '../../model/types.ts';
import type { Line } from './lines.ts';

const dateLine =
  /^[0-9〇零一二三四五六七八九十]{4}年[0-9〇零一二三四五六七八九十]{1,2}月[0-9〇零一二三四五六七八九十]{1,3}日$/;
const noteLine = /^[（(]此件[^）)]*[）)]$/;
/** An issuing body: short, no sentence, ending as bodies do (人民政府, 委员会, 局, 厅, 办公室 …). */
const issuerLine =
  /^[^。；，：、]{2,40}(人民政府|人民代表大会常务委员会|委员会|办公厅|办公室|厅|局|院|部|署|会|中心|（知识产权局）|\(知识产权局\))$/;

/** Role of a closing line, or null when the line is no part of a closing. */
export function closingRole(text: string): PreambleBlock['role'] | null {
  const compact = text.replace(/\s/g, '');
  if (dateLine.test(compact)) return 'date';
  if (noteLine.test(compact)) return 'note';
  if (issuerLine.test(compact)) return 'issuer';
  return null;
}

/**
 * Index of the first closing line in `lines` (lines.length when there is
 * none). A closing needs a date or a note at its end; up to three issuer
 * lines may stand before the date.
 */
export function closingStart(lines: readonly Pick<Line, 'text'>[]): number {
  let at = lines.length;
  while (at > 0 && closingRole(lines[at - 1].text) === 'note') at--;
  if (at === 0 || closingRole(lines[at - 1].text) !== 'date') return at;
  at--;
  for (let issuers = 0; issuers < 3 && at > 0 && closingRole(lines[at - 1].text) === 'issuer'; issuers++) at--;
  return at;
}
