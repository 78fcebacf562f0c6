/**
 * The browser's traditional → simplified converter for queries: OpenCC's
 * `t` → `cn` chain (compatibility ideographs unified, then phrases, then
 * characters), the same the corpus pipeline uses, with its tables split
 * into shards by the first character of each entry. A query loads only the
 * shards of its own characters: every entry that can match at a position
 * starts with the character there, so the result is the full tables' result.
 * A test proves it converts like the pipeline's `Converter({ from: 't', to: 'cn' })`.
 *
 * Example: `知識產權` loads the shards of 知, 識, 產, 權 → `知识产权`.
 */
import { ConverterFactory } from 'opencc-js/core';

/** How many shards the tables are split into. */
export const t2sShardCount = 32;

/** One shard: the entries of each table whose source starts with a character of this shard, as `source target|…`. */
export interface T2sShard {
  compat: string;
  phrases: string;
  characters: string;
}

/** The shard holding the entries that start with `char`. */
export const shardOf = (char: string): number => char.codePointAt(0)! % t2sShardCount;

/** OpenCC's tables only hold entries starting with CJK characters and symbols (from U+2E80); ASCII never needs a shard. */
export const tableChar = (char: string): boolean => char.codePointAt(0)! >= 0x2e80;

const pairs = (dict: string): Array<[string, string]> =>
  dict ? dict.split('|').map((entry) => entry.split(' ') as [string, string]) : [];

/** A query converter over shards fetched by `load` (each shard is asked for once; a failed one again next time). */
export function queryConverter(load: (shard: number) => Promise<T2sShard>): (text: string) => Promise<string> {
  const shards = new Map<number, Promise<T2sShard>>();
  const shardsFor = (text: string): Promise<T2sShard[]> =>
    Promise.all(
      [...new Set([...text].filter(tableChar).map(shardOf))]
        .sort((a, b) => a - b)
        .map((n) => {
          if (!shards.has(n))
            shards.set(
              n,
              load(n).catch((error: unknown) => (shards.delete(n), Promise.reject(error))),
            );
          return shards.get(n)!;
        }),
    );
  return async (text) => {
    const compat = ConverterFactory([
      pairs(
        (await shardsFor(text))
          .map((s) => s.compat)
          .filter(Boolean)
          .join('|'),
      ),
    ]);
    const unified = compat(text);
    const loaded = await shardsFor(unified);
    const join = (key: 'phrases' | 'characters'): Array<[string, string]> =>
      pairs(
        loaded
          .map((s) => s[key])
          .filter(Boolean)
          .join('|'),
      );
    return ConverterFactory([join('phrases'), join('characters')])(unified);
  };
}
