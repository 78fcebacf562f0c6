/**
 * Clause roles (前言、回顾、指导思想、基本原则、目标、任务、保障措施; 总则、
 * 权利义务、管理、法律责任、附则) on the real texts against the hand-annotated
 * gold (`tests/gold/roles.yaml`), their evidence, the data checks, and what
 * counting only tasks and provisions does to the theme shares.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { clausesOf } from '../../src/model/walk.ts';
import { genreFamily, isNational } from '../../src/model/document-meta.ts';
import { assignRoles, createRoleReader, loadRoles, parseRoles } from '../../src/pipeline/tag/roles.ts';
import { tagCorpus } from '../../src/pipeline/tag/tag-corpus.ts';
import { realCorpus } from '../pipeline/real-corpus.ts';

const gold = parse(readFileSync('tests/gold/roles.yaml', 'utf8')) as {
  roles: Record<string, string>;
  heldout: Record<string, string>;
};
const corpus = structuredClone(realCorpus().corpus);
tagCorpus(corpus);
const clauses = new Map(corpus.documents.flatMap((d) => clausesOf(d.body)).map((c) => [c.id, c]));
const accuracy = (annotated: Record<string, string>): number =>
  Object.entries(annotated).filter(([id, role]) => clauses.get(id)?.role?.id === role).length /
  Object.keys(annotated).length;
const nationalIds = new Set(
  corpus.documents.filter((d) => isNational(d.meta)).flatMap((d) => clausesOf(d.body).map((c) => c.id)),
);
/** The annotated clauses of national texts (national: true) or of plans and local regulations (national: false). */
const part = (annotated: Record<string, string>, national: boolean): Record<string, string> =>
  Object.fromEntries(Object.entries(annotated).filter(([id]) => nationalIds.has(id) === national));

describe('clause roles', () => {
  it('has a gold of at least 60 clauses from plans and regulations, every id a real clause', () => {
    const ids = [...Object.keys(gold.roles), ...Object.keys(gold.heldout)];
    expect(ids.length).toBeGreaterThanOrEqual(60);
    for (const id of ids) expect(clauses.has(id), id).toBe(true);
    expect(new Set(Object.values(gold.roles)).size).toBe(loadRoles().roles.length);
  });

  it('agrees with the gold on at least 95% of the plan and local-regulation clauses the rules were written on and 85% of the held-out ones', () => {
    expect(accuracy(part(gold.roles, false))).toBeGreaterThanOrEqual(0.95);
    expect(accuracy(part(gold.heldout, false))).toBeGreaterThanOrEqual(0.85);
  });

  it('has national gold (行政法规, 司法解释) in both parts, whose agreement is reported, not held to the targets', () => {
    const national = { ...part(gold.roles, true), ...part(gold.heldout, true) };
    expect(Object.keys(national)).toHaveLength(195);
    expect(Object.keys(part(gold.heldout, true))).toHaveLength(67);
    expect(accuracy(national)).toBeGreaterThan(0);
  });

  it('gives every clause a role of its document’s family', () => {
    const family = new Map(loadRoles().roles.map((r) => [r.id, r.family]));
    for (const doc of corpus.documents) {
      const expected = genreFamily(doc.meta.genre);
      for (const clause of clausesOf(doc.body)) expect(family.get(clause.role!.id), clause.id).toBe(expected);
    }
  });

  it('reads 包头 第8段 (“十三五”期间…) as a look-back and its ——items as goals, with the words that show it', () => {
    expect(clauses.get('baotou-p8')!.role).toEqual({ id: 'review', rule: 'text', evidence: '“十三五”期间' });
    expect(clauses.get('baotou-p11')!.role).toEqual({ id: 'goals', rule: 'continues', evidence: '——' });
    expect(clauses.get('luolong-1-3-p2')!.role).toEqual({ id: 'goals', rule: 'heading', evidence: '（三）主要目标' });
    expect(clauses.get('guangdong-ip-a51')!.role).toEqual({
      id: 'supplementary',
      rule: 'heading',
      evidence: '第七章 附则',
    });
    expect(clauses.get('weihai-3-3')!.role).toMatchObject({ id: 'tasks', rule: 'heading' });
  });

  it('counts 洛龙区 保障 on tasks and safeguards only: well below the 43% of all its clauses', () => {
    const luolong = clausesOf(corpus.documents.find((d) => d.meta.id === 'luolong')!.body);
    const counted = new Set(
      loadRoles()
        .roles.filter((r) => r.counted)
        .map((r) => r.id),
    );
    const share = (list: typeof luolong): number =>
      list.filter((c) => c.themes.some((t) => t.id === 'safeguards')).length / list.length;
    const kept = luolong.filter((c) => counted.has(c.role!.id));
    expect(share(luolong)).toBeGreaterThan(0.4);
    expect(share(kept)).toBeLessThan(0.2);
  });

  it('lets a clause without headings run on from the one before only on its own evidence', () => {
    const reader = createRoleReader();
    const review = { id: 'review', rule: 'text', evidence: '“十三五”期间' } as const;
    expect(reader.read({ text: '累计培育企业12家。', title: null, headings: [] }, '政策文件', review).id).toBe(
      'review',
    );
    expect(reader.read({ text: '加强知识产权保护。', title: null, headings: [] }, '政策文件', review)).toEqual({
      id: 'tasks',
      rule: 'default',
      evidence: '',
    });
  });

  it('names the file, the role and the field of a mistake in the data', () => {
    expect(() =>
      parseRoles(
        {
          kind: 'roles',
          default: { 政策文件: 'tasks', 法律法规: 'nope' },
          roles: [{ id: 'tasks', zh: '任务', family: '政策文件', counted: true, description: 'x', text: ['('] }],
        },
        'roles.yaml',
      ),
    ).toThrow(/roles\.yaml: roles\[0\] \(tasks\) › text\[0\]: not a regular expression/);
    expect(() =>
      parseRoles(
        {
          kind: 'roles',
          default: { 政策文件: 'tasks', 法律法规: 'nope' },
          roles: [{ id: 'tasks', zh: '任务', family: '政策文件', counted: true, description: 'x' }],
        },
        'roles.yaml',
      ),
    ).toThrow('roles.yaml: default › 法律法规: unknown role nope');
  });

  it('assigns roles in place without touching the text', () => {
    const copy = structuredClone(realCorpus().corpus);
    const before = clausesOf(copy.documents[0].body).map((c) => c.text);
    assignRoles(copy);
    expect(clausesOf(copy.documents[0].body).map((c) => c.text)).toEqual(before);
  });
});
