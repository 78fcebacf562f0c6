/**
 * 引证码: one short code per clause, derived from the clause id alone,
 * unique over the real corpus, and resolved back to the clause through the
 * published lookup shards.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { citeCode } from '../../src/model/cite-code.ts';
import { clausesOf } from '../../src/model/walk.ts';
import { normalizeCode, resolveCode } from '../../src/browser/cite-lookup.ts';
import { shardOf, type CodeShard } from '../../src/data/schemas/cite.ts';
import { codeShards } from '../../src/pipeline/export/cite-codes.ts';
import { realCorpus } from './real-corpus.ts';

const corpus = realCorpus().corpus;
const clauses = corpus.documents.flatMap((doc) => clausesOf(doc.body));
const published = (file: string): unknown => JSON.parse(readFileSync(`public/data/${file}`, 'utf8'));
const load = {
  shard: async (key: string) => published(`cite/${key}.json`) as CodeShard,
  text: async (doc: string) =>
    published(`text/${doc}.json`) as { citation: string; clauses: Record<string, { path: string; text: string }> },
};

describe('citation codes', () => {
  it('are 8 characters of Crockford base32, the same for the same clause id in every build', () => {
    // Fixed values: a change here changes every printed code, so it must never happen silently.
    expect(citeCode('weihai-3-3')).toBe('5GM3JBKS');
    expect(citeCode('guangdong-ip-a13')).toBe('3FV5S62M');
    for (const clause of clauses) expect(citeCode(clause.id)).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
  });

  it('differ for every clause of the corpus, and every shard holds the codes that start with its name', () => {
    expect(new Set(clauses.map((c) => citeCode(c.id))).size).toBe(clauses.length);
    const shards = codeShards(corpus);
    expect([...shards.values()].reduce((n, s) => n + Object.keys(s.codes).length, 0)).toBe(clauses.length);
    for (const [key, shard] of shards) for (const code of Object.keys(shard.codes)) expect(shardOf(code)).toBe(key);
    expect(shards.size).toBeLessThanOrEqual(32);
  });

  it('stops the build when two clauses would share a code', () => {
    const doubled = structuredClone(corpus);
    doubled.documents.push(doubled.documents[0]);
    const first = clausesOf(corpus.documents[0].body)[0].id;
    expect(() => codeShards(doubled)).toThrow(
      `Citation code ${citeCode(first)} is shared by clauses ${first} and ${first}`,
    );
  });

  it('resolves every published clause’s code to that clause, its text and its citation', async () => {
    for (const doc of corpus.documents) {
      for (const clause of clausesOf(doc.body)) {
        const result = await resolveCode(citeCode(clause.id), load);
        expect(result).toMatchObject({ clauseId: clause.id, docId: doc.meta.id, path: clause.path, text: clause.text });
      }
    }
    const baotou = await resolveCode(citeCode('baotou-p22'), load);
    expect('citation' in baotou && baotou.citation).toBe(
      '包头市市场监督管理局（知识产权局）. 包头市“十四五”知识产权保护和运用规划：包市监发〔2021〕369号[EB/OL]. (2021-12-22). 第22段',
    );
  });

  it('reads a code as typed: case, spaces and hyphens do not matter, O is 0 and I or L is 1', async () => {
    expect(normalizeCode(' 5gm3-jbks ')).toBe('5GM3JBKS');
    expect(normalizeCode('0OIL1ABC')).toBe('00111ABC');
    expect(normalizeCode('5GM3JBK')).toBeNull();
    expect(normalizeCode('5GM3JBKU')).toBeNull();
    expect(await resolveCode('5gm3 jbks', load)).toMatchObject({ clauseId: 'weihai-3-3' });
    expect(await resolveCode('ZZZZZZZZ', load)).toEqual({ error: expect.stringContaining('没有引证码 ZZZZZZZZ') });
    expect(await resolveCode('不是码', load)).toEqual({ error: expect.stringContaining('不是引证码') });
  });
});
