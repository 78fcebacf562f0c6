/**
 * Stock wording, for upstream tracing: shared wording that is no evidence
 * that a local clause draws on one national article rather than another.
 *
 * - Wording in several national articles (`专利权人或者利害关系人` in 24,
 *   `构成犯罪的，依法追究刑事责任` in 26, `专利复审委员会` in 25) tells no article
 *   from its neighbours: stock from `stockArticles` articles of the national
 *   texts a local text is traced in (one version of each work).
 * - Wording in many local texts is a drafting formula, whatever the national
 *   texts say (`人民政府应当`: three national articles, 20 local texts;
 *   `纳入国民经济和社会发展` in most local regulations): stock from as many
 *   local documents as `frequent-formulae.ts` asks of a formula, max(8, ⌈N/4⌉).
 *
 * Wording in one or two articles and a few local texts (`工作人员以及其他有关
 * 国家机关工作人员`, only 专利法 第八十条) is specific: it points at the provision.
 * Texts holding a wording are found through a character 4-gram index
 * (postings of the wording's rarest gram, then a substring check), so no
 * wording is compared with every clause.
 */
import { formulaThreshold } from './frequent-formulae.ts';
import type { AlignUnit } from './units.ts';

/** Gram length of the lookup index: the shortest wording that can be looked up. */
export const stockGram = 4;

/**
 * A counter over `units`: `count(wording, keep, atMost)` is the number of
 * units (or, `byDocument`, of documents) among those whose document `keep`
 * accepts that hold `wording`, counting stopped at `atMost`.
 */
export function holderCounter(
  units: readonly AlignUnit[],
  byDocument = false,
): (wording: string, keep: (docId: string) => boolean, atMost: number) => number {
  const holders = new Map<string, AlignUnit[]>();
  for (const unit of units) {
    const text = unit.norm.text;
    for (let i = 0; i + stockGram <= text.length; i++) {
      const key = text.slice(i, i + stockGram);
      const list = holders.get(key);
      if (!list) holders.set(key, [unit]);
      else if (list.at(-1) !== unit) list.push(unit);
    }
  }
  return (wording, keep, atMost) => {
    if (wording.length < stockGram)
      throw new Error(`holderCounter: “${wording}” is shorter than ${stockGram} characters`);
    let rarest: AlignUnit[] | undefined;
    for (let i = 0; i + stockGram <= wording.length && rarest?.length !== 0; i++) {
      const list = holders.get(wording.slice(i, i + stockGram)) ?? [];
      if (!rarest || list.length < rarest.length) rarest = list;
    }
    const seen = new Set<string>();
    for (const unit of rarest!) {
      if (!keep(unit.docId) || (byDocument && seen.has(unit.docId)) || !unit.norm.text.includes(wording)) continue;
      seen.add(byDocument ? unit.docId : unit.clause.id);
      if (seen.size >= atMost) break;
    }
    return seen.size;
  };
}

/**
 * Tells stock wording from specific: `isStock(wording, traced)` for wording
 * of at least `stockGram` characters and the national documents a local text
 * is traced in. `nationalUnits` are the national clauses, `localUnits` the
 * local ones (their documents are counted for drafting formulae).
 */
export function stockWording(
  nationalUnits: readonly AlignUnit[],
  localUnits: readonly AlignUnit[],
  stockArticles: number,
): (wording: string, traced: ReadonlySet<string>) => boolean {
  const articles = holderCounter(nationalUnits);
  const localDocuments = holderCounter(localUnits, true);
  const formula = formulaThreshold(new Set(localUnits.map((u) => u.docId)).size);
  const anyDocument = (): boolean => true;
  const drafting = new Map<string, boolean>();
  return (wording, traced) => {
    let common = drafting.get(wording);
    if (common === undefined)
      drafting.set(wording, (common = localDocuments(wording, anyDocument, formula) >= formula));
    return common || articles(wording, (docId) => traced.has(docId), stockArticles) >= stockArticles;
  };
}
