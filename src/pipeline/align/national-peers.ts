/**
 * Counterparts among the national layer: each national text's clauses
 * compared with the other national texts of its legal category (法律 with
 * 法律, 司法解释 with 司法解释, 行政法规 with 行政法规), with the published
 * settings, so a reader of one interpretation finds the parallel articles
 * of another (侵犯专利权纠纷解释 and its sequel （二）). Versions of one work
 * are not each other's counterparts: their 对照版 lines them up.
 */
import type { Corpus } from '../../model/types.ts';
import { isNational } from '../../model/document-meta.ts';
import { clausesOf } from '../../model/walk.ts';
import { alignCorpus, type AlignOptions } from './align-corpus.ts';
import type { Alignment } from './types.ts';

/** The counterparts (and unlisted counts) of every national clause among national texts of the same category. */
export function nationalCounterparts(
  corpus: Corpus,
  options: AlignOptions = {},
): Pick<Alignment, 'counterparts' | 'unlisted'> {
  const groups = new Map<string, Corpus['documents']>();
  for (const doc of corpus.documents.filter((d) => isNational(d.meta))) {
    const key = doc.meta.category ?? '未知';
    groups.set(key, [...(groups.get(key) ?? []), doc]);
  }
  const workOf = new Map(corpus.documents.map((d) => [d.meta.id, d.meta.work]));
  const docOf = new Map(corpus.documents.flatMap((d) => clausesOf(d.body).map((c) => [c.id, d.meta.id] as const)));
  const counterparts: Alignment['counterparts'] = {};
  const unlisted: Alignment['unlisted'] = {};
  for (const documents of groups.values()) {
    if (documents.length < 2) continue;
    const alignment = alignCorpus({ ...corpus, documents }, { ...options, phrases: false });
    for (const [id, lists] of Object.entries(alignment.counterparts)) {
      const work = workOf.get(docOf.get(id)!);
      counterparts[id] = lists.filter((list) => !work || workOf.get(list.docId) !== work);
    }
    Object.assign(unlisted, alignment.unlisted);
  }
  return { counterparts, unlisted };
}
