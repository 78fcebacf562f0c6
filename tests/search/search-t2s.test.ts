import { describe, expect, it } from 'vitest';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import { queryConverter, shardOf, t2sShardCount } from '../../src/search/shared/t2s.ts';
import { t2sShards } from '../../src/search/build/t2s-shards.ts';
import { convertibleCharacters } from '../../src/search/build/traditional.ts';
import { buildCorpus } from '../../src/pipeline/corpus.ts';
import { toSimplified } from '../../src/pipeline/text/simplify.ts';

const shards = t2sShards();

/** A converter over the shards in memory, recording which it loads. */
function converter(): { convert: (text: string) => Promise<string>; loaded: number[] } {
  const loaded: number[] = [];
  const convert = queryConverter(async (n) => {
    loaded.push(n);
    return shards[n];
  });
  return { convert, loaded };
}

describe('query conversion', () => {
  it('converts exactly like the corpus pipeline, character by character and phrase by phrase', async () => {
    const pipeline = toSimplified();
    const { convert } = converter();
    const chars = [...convertibleCharacters()];
    const differing: string[] = [];
    for (const char of chars) if ((await convert(char)) !== pipeline(char)) differing.push(char);
    expect(differing).toEqual([]);
    const phrases = TSPhrases.split('|').map((entry) => entry.split(' ')[0]);
    for (const phrase of phrases) if ((await convert(phrase)) !== pipeline(phrase)) differing.push(phrase);
    expect(differing).toEqual([]);
    expect(await convert('知識產權質押融資 乾燥')).toBe('知识产权质押融资 干燥');
  });

  it('converts the whole 重庆 original text like the pipeline, line by line', async () => {
    const pipeline = toSimplified();
    const { convert } = converter();
    const chongqing = buildCorpus('content').corpus.documents.find((d) => d.meta.id === 'chongqing')!;
    const originals = chongqing.body.flatMap(function lines(node): string[] {
      if (node.type === 'clause') return node.original.split('\n');
      return 'children' in node ? node.children.flatMap(lines) : [];
    });
    expect(originals.length).toBeGreaterThan(20);
    for (const line of originals) expect(await convert(line)).toBe(pipeline(line));
  });

  it('loads only the shards of the query’s characters, each once', async () => {
    const { convert, loaded } = converter();
    await convert('知識產權');
    expect(loaded.sort((a, b) => a - b)).toEqual([...new Set([...'知識產權'].map(shardOf))].sort((a, b) => a - b));
    await convert('知識 PCT');
    expect(new Set(loaded).size).toBe(loaded.length);
  });

  it('splits the tables into small shards that hold every entry once', () => {
    expect(shards).toHaveLength(t2sShardCount);
    const entries = shards
      .flatMap((s) => [s.compat, s.phrases, s.characters])
      .filter(Boolean)
      .flatMap((d) => d.split('|'));
    expect(entries.length).toBe(new Set(entries).size);
    for (const shard of shards) expect(JSON.stringify(shard).length).toBeLessThan(4000);
  });

  it('lists the characters that need the converter, and no common simplified ones', () => {
    const chars = new Set(convertibleCharacters());
    for (const char of '識產權質務專標誌乾') expect(chars.has(char)).toBe(true);
    for (const char of '知识产权质押融资一目然强国') expect(chars.has(char)).toBe(false);
  });
});

describe('query conversion when a shard cannot be loaded', () => {
  it('fails that query and loads the shard again for the next one', async () => {
    let fail = true;
    const convert = queryConverter(async (n) => {
      if (fail) throw new Error(`shard ${n} unavailable`);
      return shards[n];
    });
    await expect(convert('知識產權')).rejects.toThrow(/unavailable/);
    fail = false;
    expect(await convert('知識產權')).toBe('知识产权');
  });
});
