/**
 * 引证码: a short code for every clause that a reader can write down or
 * quote and the site resolves (`cite/?c=<code>`). It is derived from the
 * clause id alone — the first 40 bits of its SHA-256 in Crockford's
 * base32, 8 characters — so it stays the same across rebuilds for as long
 * as the clause keeps its id, whatever else the corpus gains. Codes are
 * checked for uniqueness when the lookup shards are written.
 *
 * Example: `citeCode('weihai-3-3')` → 8 characters of `0-9A-Z` without I, L, O, U.
 */
import { createHash } from 'node:crypto';

/** Crockford's base32 alphabet: no I, L, O or U, so a code read aloud or copied by hand stays unambiguous. */
export const codeAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The number of characters of a code. */
export const codeLength = 8;

/** The 引证码 of a clause id. */
export function citeCode(clauseId: string): string {
  const bytes = createHash('sha256').update(clauseId, 'utf8').digest();
  let bits = 0n;
  for (let i = 0; i < 5; i++) bits = (bits << 8n) | BigInt(bytes[i]);
  let code = '';
  for (let i = codeLength - 1; i >= 0; i--) code += codeAlphabet[Number((bits >> BigInt(i * 5)) & 31n)];
  return code;
}
