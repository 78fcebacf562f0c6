/**
 * The role of each clause (前言、回顾、指导思想、基本原则、目标、任务、保障措施
 * for plans; 总则、权利义务、管理、法律责任、附则 for regulations), read from
 * its headings and wording by the rules of `content/taxonomy/roles.yaml`
 * (zod-checked; an error names the file, the entry and the field). Every
 * role carries its evidence: the heading or the words that decided it, or
 * that nothing did and the family's default applied.
 *
 * Example: 洛龙区 一、（三）第2段 “——知识产权制度体系健全…” under （三）主要目标
 * → `{id: goals, rule: heading, evidence: （三）主要目标}`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Clause, ClauseRole, Corpus } from '../../model/types.ts';
import { genreFamily } from '../../model/document-meta.ts';
import { clausesOf } from '../../model/walk.ts';

const family = z.enum(['政策文件', '法律法规']);
const regex = z.string().superRefine((source, ctx) => {
  try {
    new RegExp(source, 'u');
  } catch (error) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: `not a regular expression: ${(error as Error).message}` });
  }
});
const roleSchema = z
  .object({
    id: z.string().regex(/^[a-z]+$/),
    zh: z.string().min(1),
    family,
    counted: z.boolean(),
    strong: z.boolean().default(false),
    description: z.string().min(1),
    headings: z
      .array(z.union([regex, z.object({ pattern: regex, strong: z.boolean().default(false) }).strict()]))
      .default([]),
    text: z.array(regex).default([]),
    continues: z.array(regex).default([]),
  })
  .strict();
const fileSchema = z
  .object({
    kind: z.literal('roles'),
    default: z.object({ 政策文件: z.string(), 法律法规: z.string() }).strict(),
    roles: z.array(roleSchema).min(1),
  })
  .strict()
  .superRefine((file, ctx) => {
    const ids = new Set(file.roles.map((r) => r.id));
    for (const [fam, id] of Object.entries(file.default))
      if (!ids.has(id))
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['default', fam], message: `unknown role ${id}` });
  });

export type RoleFile = z.infer<typeof fileSchema>;
export type RoleDefinition = RoleFile['roles'][number];

/** Reads and checks `content/taxonomy/roles.yaml` (or `file`); throws `file: entry › field: problem`. */
export function loadRoles(file = join(process.env.CONTENT_DIR ?? 'content', 'taxonomy', 'roles.yaml')): RoleFile {
  return parseRoles(parse(readFileSync(file, 'utf8')), file);
}

/** Checks parsed role data; `file` names it in errors. */
export function parseRoles(data: unknown, file: string): RoleFile {
  const result = fileSchema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const at = issue.path
      .map((key, i) =>
        typeof key === 'number'
          ? `[${key}]${i === 1 && issue.path[0] === 'roles' ? ` (${(data as { roles?: Array<{ id?: string }> }).roles?.[key]?.id ?? '?'})` : ''}`
          : ` › ${key}`,
      )
      .join('')
      .replace(/^ › /, '');
    return `${file}: ${at || '(top level)'}: ${issue.message}`;
  });
  throw new Error(problems.join('\n'));
}

interface Compiled {
  def: RoleDefinition;
  headings: Array<{ re: RegExp; strong: boolean }>;
  text: RegExp[];
  continues: RegExp[];
}

/** Reads roles clause by clause, in document order (a role can run on from the clause before). */
export interface RoleReader {
  /** The role of `clause` of a document of `genre`; `previous` is the role of the clause before it in the same document. */
  read(
    clause: Pick<Clause, 'text' | 'title' | 'headings'>,
    genreFamilyName: '政策文件' | '法律法规',
    previous: ClauseRole | null,
  ): ClauseRole;
}

/** A reader for the given role data. */
export function createRoleReader(file: RoleFile = loadRoles()): RoleReader {
  const compiled = file.roles.map((def): Compiled => ({
    def,
    headings: def.headings.map((h) =>
      typeof h === 'string'
        ? { re: new RegExp(h, 'u'), strong: def.strong }
        : { re: new RegExp(h.pattern, 'u'), strong: h.strong },
    ),
    text: def.text.map((t) => new RegExp(t, 'u')),
    continues: def.continues.map((t) => new RegExp(t, 'u')),
  }));
  return {
    read(clause, fam, previous) {
      const roles = compiled.filter((c) => c.def.family === fam);
      // 1. The title, then the headings from the innermost out: the nearest heading that names a role.
      let weak: ClauseRole | null = null;
      const places = [...(clause.title ? [clause.title] : []), ...[...clause.headings].reverse()];
      outer: for (const place of places) {
        for (const role of roles) {
          const hit = role.headings.find((h) => h.re.test(place));
          if (!hit) continue;
          const found: ClauseRole = { id: role.def.id, rule: 'heading', evidence: place };
          if (hit.strong) return found;
          weak = found;
          break outer;
        }
      }
      // 2. The wording of the clause.
      for (const role of roles) {
        const match = role.text.map((re) => clause.text.match(re)).find(Boolean);
        if (match) return { id: role.def.id, rule: 'text', evidence: match[0] };
      }
      // 3. Running on from the clause before, where no heading says otherwise.
      if (previous && !weak && clause.headings.length === 0) {
        const role = roles.find((r) => r.def.id === previous.id);
        const match = role?.continues.map((re) => clause.text.match(re)).find(Boolean);
        if (role && match) return { id: role.def.id, rule: 'continues', evidence: match[0] };
      }
      return weak ?? { id: file.default[fam], rule: 'default', evidence: '' };
    },
  };
}

/** Adds a role to every clause of the corpus, in place. */
export function assignRoles(corpus: Corpus, reader: RoleReader = createRoleReader()): void {
  for (const doc of corpus.documents) {
    const fam = genreFamily(doc.meta.genre);
    let previous: ClauseRole | null = null;
    for (const clause of clausesOf(doc.body)) {
      clause.role = reader.read(clause, fam, previous);
      previous = clause.role;
    }
  }
}
