/**
 * Splits OpenCC's `t` → `cn` tables (the corpus pipeline's) into the
 * shards the search page loads per query (see shared/t2s.ts). Build side:
 * the search page's `search/t2s/<n>.json` files come from here.
 */
import CJKCompatibility from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import { shardOf, t2sShardCount, tableChar, type T2sShard } from '../shared/t2s.ts';

/** The tables split into `t2sShardCount` shards, each entry in the shard of its first character. */
export function t2sShards(): T2sShard[] {
  const shards = Array.from({ length: t2sShardCount }, (): Record<keyof T2sShard, string[]> => ({
    compat: [],
    phrases: [],
    characters: [],
  }));
  const tables: Array<[keyof T2sShard, string]> = [
    ['compat', CJKCompatibility],
    ['phrases', TSPhrases],
    ['characters', TSCharacters],
  ];
  for (const [key, table] of tables) {
    for (const entry of table.split('|')) {
      const first = [...entry][0];
      if (!first || !tableChar(first) || !entry.includes(' '))
        throw new Error(`OpenCC table ${key}: unexpected entry "${entry}"`);
      shards[shardOf(first)][key].push(entry);
    }
  }
  return shards.map((s) => ({
    compat: s.compat.join('|'),
    phrases: s.phrases.join('|'),
    characters: s.characters.join('|'),
  }));
}
