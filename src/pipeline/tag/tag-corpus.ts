/**
 * Tags every clause of the corpus with themes and IP objects, each label
 * with a score and its evidence. Taxonomy data and the segmenter load once;
 * the reading text is never changed.
 *
 * Example: 加强知识产权司法保护。… → themes `protection`, objects `[]`.
 */
import type { Clause, Corpus, Label } from '../../lib/types.ts';
import { clausesOf } from '../structure/identify.ts';
import { loadTaxonomy, type Taxonomy } from './load-taxonomy.ts';
import { compileTaxonomy, scoreLabels, type CompiledTaxonomy } from './score-labels.ts';

/** A tagger built from taxonomy data. */
export interface Tagger {
  /** Theme and object labels of one clause. */
  tag(clause: Pick<Clause, 'text' | 'title' | 'headings'>): { themes: Label[]; objects: Label[] };
}

/** Builds a tagger from taxonomy data (default: `content/taxonomy`). */
export function createTagger(taxonomy: Taxonomy = loadTaxonomy()): Tagger {
  const themes: CompiledTaxonomy = compileTaxonomy(taxonomy.themes);
  const objects: CompiledTaxonomy = compileTaxonomy(taxonomy.objects);
  return {
    tag: (clause) => ({ themes: scoreLabels(clause, themes), objects: scoreLabels(clause, objects) }),
  };
}

let shared: Tagger | null = null;

/** Adds theme and object labels to every clause, in place. */
export function tagCorpus(corpus: Corpus, tagger: Tagger = (shared ??= createTagger())): void {
  for (const doc of corpus.documents) {
    for (const clause of clausesOf(doc.body)) {
      const { themes, objects } = tagger.tag(clause);
      clause.themes = themes;
      clause.objects = objects;
    }
  }
}
