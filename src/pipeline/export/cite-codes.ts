/**
 * The 引证码 lookup the site serves: every clause's code (`model/cite-code.ts`)
 * in small shards by the code's first character (`data/cite/<c>.json`, at
 * most 32 files whatever the corpus size), each mapping code → clause and
 * document. Two clauses with the same code stop the build: a code must
 * name one clause.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { citeCode } from '../../model/cite-code.ts';
import type { Corpus } from '../../model/types.ts';
import { clausesOf } from '../../model/walk.ts';
import { shardOf, type CodeShard } from '../../data/schemas/cite.ts';

/** The shards of a corpus by their first character; throws when two clause ids share a code. */
export function codeShards(corpus: Corpus): Map<string, CodeShard> {
  const owner = new Map<string, string>();
  const shards = new Map<string, CodeShard>();
  for (const doc of corpus.documents) {
    for (const clause of clausesOf(doc.body)) {
      const code = citeCode(clause.id);
      const taken = owner.get(code);
      if (taken)
        throw new Error(
          `Citation code ${code} is shared by clauses ${taken} and ${clause.id}: lengthen codeLength in src/model/cite-code.ts (this changes every code) or rename one clause id`,
        );
      owner.set(code, clause.id);
      const key = shardOf(code);
      if (!shards.has(key)) shards.set(key, { schema: 1, codes: {} });
      shards.get(key)!.codes[code] = { clause: clause.id, doc: doc.meta.id };
    }
  }
  // Codes in sorted order, so the files are byte-identical from one build to the next.
  return new Map(
    [...shards]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, shard]) => [
        key,
        { schema: 1, codes: Object.fromEntries(Object.entries(shard.codes).sort(([a], [b]) => a.localeCompare(b))) },
      ]),
  );
}

/** Writes `cite/<c>.json` under `outDir`; returns the paths written. */
export function writeCodeShards(corpus: Corpus, outDir: string): string[] {
  rmSync(join(outDir, 'cite'), { recursive: true, force: true });
  mkdirSync(join(outDir, 'cite'), { recursive: true });
  return [...codeShards(corpus)].map(([key, shard]) => {
    const path = join(outDir, 'cite', `${key}.json`);
    writeFileSync(path, `${JSON.stringify(shard)}\n`);
    return path;
  });
}
