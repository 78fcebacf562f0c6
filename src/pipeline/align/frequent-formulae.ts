/**
 * Boilerplate found by document frequency: a character n-gram that occurs in
 * many documents of the corpus is a formula, not a measure, and is masked
 * like the hand-listed boilerplate (`boilerplate.yaml`): it never becomes
 * part of a shared passage or phrase, and counts in a clause's norm but
 * never as evidence for a counterpart (`masked: 'norm'` in the index).
 *
 *   上海 art. 30 “违反本条例第二十五条规定，假冒他人专利或者冒充专利的，由市知识产权局
 *   依照《中华人民共和国专利法》第五十八条、第五十九条规定处罚；构成犯罪的，依法追究刑事责任。”
 *   → `违反本条例`, `中华人民共和国专利法`, `构成犯罪的依法追究刑事责任` masked (8–10 of 15
 *     documents); the offence stays, as do `技术调查官` and `专利权质押` elsewhere (5 each).
 *
 * Document frequency, not clause frequency: a formula sits in one or two
 * articles of each regulation (`中华人民共和国` in 17 of 591 clauses, under
 * the phrase search's cap of 4 % of clauses) but in every regulation.
 *
 * The threshold is df ≥ max(k, ⌈p·N⌉) for N documents, with k = 8 and
 * p = 0.25, on 5-grams of normalized clause text (grams never cross clauses).
 * Measured on this corpus (15 documents: 5 plans, 10 regulations):
 * - specific provisions reach 5–7 documents (技术调查官 5, 专利权质押 5,
 *   专利导航 5, 质押融资 6, 职务发明创造 7, 知识产权维权援助 7); legal formulae
 *   8–10 (违反本条例 8, 构成犯罪的 9, 依法追究刑事责任 9, 本条例自2… 9,
 *   …1日起施行 9, 没收违法所得 10, 中华人民共和国 10): k = 8 is the gap.
 *   At k = 8, 7.4 % of all characters are masked (1.9 % in the plans, 11.4 %
 *   in the regulations); at k = 7 it is 12.9 %, taking plan wording with it.
 * - 5-grams, because 4-grams hit common words (`知识产权` 14 documents,
 *   `专利申请` 13) and 6-grams miss short formulae and their variants
 *   (`违反本条例规定` is in 4 documents, the others write `违反本条例第…条`;
 *   `违反本条例` is in 8).
 * - p = 0.25 takes over from 33 documents on: at 1,000 a gram must be in
 *   250 documents, a quarter of all policies (k alone would mask nearly
 *   everything there); a formula of one genre only is caught once that
 *   genre is a quarter of the corpus. Below 8 documents nothing is masked:
 *   too few to tell a formula from a measure several drafters copied.
 * Gold-set precision@1 on the plans is unchanged by the rule (0.81).
 * What frequency cannot catch stays in the hand list: formulae of the five
 * plans; department names, each in 3–5 documents because every regulation
 * names it differently (`管理专利工作的部门` 5, `县级以上人民政府` 4); sanction
 * formulae whose 5-grams vary with word order and amounts (`责令改正` in 8
 * documents, but no 5-gram around it in more than 7).
 *
 * Cost: one pass to count (one gram id per position, a last-document stamp
 * per gram) and one to mask; linear in corpus size (about 1 s of the
 * 1,000-document benchmark).
 */

/** How common a wording must be to count as a formula. */
export interface FormulaOptions {
  /** Gram length in normalized characters (default 5). */
  formulaGram?: number;
  /** A gram in at least this many documents can be a formula (default 8). */
  formulaMinDocuments?: number;
  /** …and it must be in at least this share of all documents (default 0.25). */
  formulaDocumentShare?: number;
}

/** The defaults, as published (see the module comment for how they were measured). */
export const formulaDefaults: Required<FormulaOptions> = {
  formulaGram: 5,
  formulaMinDocuments: 8,
  formulaDocumentShare: 0.25,
};

/** Least number of documents a gram must be in to be masked: max(k, ⌈p·N⌉). */
export function formulaThreshold(documents: number, options: FormulaOptions = {}): number {
  const { formulaMinDocuments: k, formulaDocumentShare: p } = { ...formulaDefaults, ...options };
  return Math.max(k, Math.ceil(p * documents));
}

/** One text to mask: normalized text and the number of the document it belongs to. */
export interface FormulaText {
  text: string;
  doc: number;
}

/**
 * Per text, `mask[i]` is 1 when character i lies in a gram found in at least
 * `formulaThreshold(documents)` documents. Texts of one document must be
 * contiguous (as clauses in corpus order are): each gram keeps only the last
 * document it was counted for.
 */
export function formulaMasks(texts: FormulaText[], documents: number, options: FormulaOptions = {}): Uint8Array[] {
  const n = options.formulaGram ?? formulaDefaults.formulaGram;
  const threshold = formulaThreshold(documents, options);
  const ids = new Map<string, number>();
  const df: number[] = [];
  const lastDoc: number[] = [];
  const done = new Set<number>();
  const gramIds = texts.map(({ text, doc }, t) => {
    if (t > 0 && doc !== texts[t - 1].doc) {
      if (done.has(doc))
        throw new Error(`formulaMasks: texts of document ${doc} are not contiguous (pass them in document order)`);
      done.add(texts[t - 1].doc);
    }
    const at = new Int32Array(Math.max(0, text.length - n + 1));
    for (let i = 0; i < at.length; i++) {
      const gram = text.slice(i, i + n);
      let id = ids.get(gram);
      if (id === undefined) {
        ids.set(gram, (id = df.push(0) - 1));
        lastDoc.push(-1);
      }
      if (lastDoc[id] !== doc) {
        lastDoc[id] = doc;
        df[id]++;
      }
      at[i] = id;
    }
    return at;
  });
  return texts.map(({ text }, t) => {
    const mask = new Uint8Array(text.length);
    const at = gramIds[t];
    for (let i = 0; i < at.length; i++) if (df[at[i]] >= threshold) mask.fill(1, i, i + n);
    return mask;
  });
}
