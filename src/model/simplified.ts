/**
 * The traditional → simplified converter of the whole project: OpenCC's
 * `t` → `cn` tables (characters and phrases; no regional idioms, so 執行
 * stays 执行). The pipeline converts the texts with it; the search builds
 * from it the characters a query is worth converting for, so a query is
 * folded exactly as the corpus was.
 *
 * Example: `toSimplified()('加強知識產權保護')` → `加强知识产权保护`.
 */
import * as OpenCC from 'opencc-js';

/** A text converter. */
export type Convert = (text: string) => string;

let converter: Convert | undefined;

/** The converter, built once per process (loading the tables is the slow part). */
export function toSimplified(): Convert {
  converter ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return converter;
}
