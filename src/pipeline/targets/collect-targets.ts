/**
 * Walks every document in reading order and collects its targets from
 * prose and indicator tables. Two pieces of state run per section (one
 * list of siblings): the target year a `到2025年` set, inherited by the
 * paragraphs after it (洛龙区's 主要目标 states the year once, then lists
 * its goals), and a review run — paragraphs that look back on the previous
 * plan period (“十三五”期间…, 截至2020年底…) state achievements, not
 * targets, so a paragraph with a review marker and the unnumbered
 * paragraphs after it are skipped until one names a target year.
 */
import { isLegal } from '../../model/document-meta.ts';
import type { BodyNode, Corpus, PolicyDocument } from '../../model/types.ts';
import { proseTargets, yearMarks } from './prose.ts';
import type { IndicatorRules } from './rules.ts';
import { tableTargets } from './table.ts';
import type { Target } from '../../data/schemas/targets.ts';

function visit(doc: PolicyDocument, nodes: readonly BodyNode[], rules: IndicatorRules, out: Target[]): void {
  let year: number | null = null;
  let review = false;
  const retrospective = rules.rules.retrospective.map((source) => new RegExp(source));
  for (const node of nodes) {
    if (node.type === 'section') {
      visit(doc, node.children, rules, out);
      continue;
    }
    if (node.type === 'table') {
      out.push(...tableTargets(doc, node, rules));
      continue;
    }
    const clauses = node.type === 'box' ? node.children : [node];
    for (const clause of clauses) {
      const marks = yearMarks(clause.text, rules.rules);
      if (marks.length) review = false;
      else if (retrospective.some((pattern) => pattern.test(clause.text))) review = true;
      else if (clause.number !== null || clause.box !== null) review = false;
      if (!review) out.push(...proseTargets(doc, clause, rules, year));
      if (marks.length) year = marks.at(-1)!.year;
    }
  }
}

/**
 * Every target of the corpus, in document and reading order. Only plans
 * and policy papers set targets; a legal text's numbers are fines, shares
 * and time limits (`处一万元以下罚款`, `不低于百分之二十`), never goals.
 */
export function collectTargets(corpus: Corpus, rules: IndicatorRules): Target[] {
  const out: Target[] = [];
  for (const doc of corpus.documents) if (!isLegal(doc.meta)) visit(doc, doc.body, rules, out);
  return out;
}
