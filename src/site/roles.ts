/**
 * Clause roles on the site: their names (from the catalogue, which has them from the roles taxonomy),
 * whether a clause counts in theme counts by default (tasks, safeguards and
 * provisions do; a preface, look-back, guiding idea, principle, goal or
 * 附则 does not), and the corpus as those counts see it.
 *
 * Example: `roleName('review')` → `回顾`; `isCounted(包头 第8段)` → false.
 */
import type { BodyNode, Clause, Corpus } from '../model/types.ts';
import { readCatalog } from '../data/published-data.ts';
import type { CatalogRole } from '../data/schemas/catalog.ts';
import { confidenceNote } from '../model/confidence.ts';
import { anyLabelName } from './label-names.ts';

/** Every role, in the order of the taxonomy. */
export function roleList(): CatalogRole[] {
  return readCatalog().taxonomy.roles;
}

/** The Chinese name of a role id (the id itself when unknown). */
export function roleName(id: string): string {
  return roleList().find((r) => r.id === id)?.zh ?? id;
}

/** Whether a clause is counted in theme counts by default; a clause without a role (untagged) is. */
export function isCounted(clause: Pick<Clause, 'role'>): boolean {
  return !clause.role || roleList().find((r) => r.id === clause.role!.id)?.counted !== false;
}

/** What decided a clause's role, in words: `标题「（三）主要目标」`, `用语「“十三五”期间」`, then the model's confidence and what weighed most. */
export function roleEvidence(clause: Pick<Clause, 'role'>): string {
  const role = clause.role;
  if (!role) return '';
  // The model's evidence may name a theme or instrument the rules gave, so names come from every list.
  const learned = confidenceNote(role, anyLabelName);
  const rules =
    role.rule === 'heading'
      ? `依据标题「${role.evidence}」`
      : role.rule === 'text'
        ? `依据用语「${role.evidence}」`
        : role.rule === 'continues'
          ? `接续上一段，依据用语「${role.evidence}」`
          : role.rule === 'learned'
            ? ''
            : '标题与用语都未表明，按体裁默认';
  return [rules, learned].filter(Boolean).join('；');
}

const prune = (body: readonly BodyNode[]): BodyNode[] =>
  body.flatMap((node): BodyNode[] => {
    if (node.type === 'clause') return isCounted(node) ? [node] : [];
    if (node.type === 'section') return [{ ...node, children: prune(node.children) }];
    if (node.type === 'box') return [{ ...node, children: node.children.filter(isCounted) }];
    return [node];
  });

/** The corpus with only its counted clauses (a view: clauses are shared, not copied). */
export function countedCorpus(corpus: Corpus): Corpus {
  return { ...corpus, documents: corpus.documents.map((doc) => ({ ...doc, body: prune(doc.body) })) };
}
