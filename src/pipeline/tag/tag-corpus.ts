/**
 * Tags every clause of the corpus with themes, IP objects and policy
 * instruments, each label with a score and its evidence, and with its
 * policy strength (力度) and the word that shows it. Taxonomy data and the segmenter load once;
 * the reading text is never changed.
 *
 * Example: 加强知识产权司法保护。… → themes `protection`, objects `[]`.
 */
import type { Clause, Corpus, Label, Strength } from '../../model/types.ts';
import { clausesOf, tableRowsOf } from '../../model/walk.ts';
import { loadTaxonomy, type Taxonomy } from './load-taxonomy.ts';
import {
  compileStrength,
  compileTaxonomy,
  scoreLabels,
  scoreStrength,
  type ClausePlaces,
  type CompiledTaxonomy,
} from './score-labels.ts';
import { WordBoundaries } from './segment.ts';
import { assignRoles, createRoleReader, type RoleReader } from './roles.ts';

/** A tagger built from taxonomy data. */
export interface Tagger {
  /** Theme, object and instrument labels of one clause, and its strength. */
  tag(clause: Pick<Clause, 'text' | 'title' | 'headings'>): {
    themes: Label[];
    objects: Label[];
    instruments: Label[];
    strength: Strength | null;
  };
}

/** Builds a tagger from taxonomy data (default: `content/taxonomy`). */
export function createTagger(taxonomy: Taxonomy = loadTaxonomy()): Tagger {
  const themes: CompiledTaxonomy = compileTaxonomy(taxonomy.themes);
  const objects: CompiledTaxonomy = compileTaxonomy(taxonomy.objects);
  const instruments: CompiledTaxonomy = compileTaxonomy(taxonomy.instruments);
  const strength = taxonomy.instruments.strength ? compileStrength(taxonomy.instruments.strength) : null;
  // Siblings share their heading chain and are tagged one after another, so its words are cut once for all of them.
  let heading: WordBoundaries | null = null;
  return {
    tag: (clause) => {
      const places: ClausePlaces = [['text', new WordBoundaries(clause.text)]];
      if (clause.title) places.push(['title', new WordBoundaries(clause.title)]);
      if (clause.headings.length > 0) {
        const chain = clause.headings.join('\n');
        if (heading?.text !== chain) heading = new WordBoundaries(chain);
        places.push(['heading', heading]);
      }
      return {
        themes: scoreLabels(places, themes),
        objects: scoreLabels(places, objects),
        instruments: scoreLabels(places, instruments),
        strength: strength && scoreStrength(places, strength),
      };
    },
  };
}

let shared: Tagger | null = null;

/** The tagger of `content/taxonomy`, compiled once per process. */
export const defaultTagger = (): Tagger => (shared ??= createTagger());

/** How to tag: the tagger (default: from `content/taxonomy`) and a progress callback per document. */
export interface TagOptions {
  tagger?: Tagger;
  onDocument?: (done: number, total: number, id: string) => void;
}

/** Adds theme, object and instrument labels, the strength and the role to every clause, and themes and objects to every table row, in place. */
export function tagCorpus(corpus: Corpus, { tagger = defaultTagger(), onDocument }: TagOptions = {}): void {
  corpus.documents.forEach((doc, index) => {
    for (const clause of clausesOf(doc.body)) {
      Object.assign(clause, tagger.tag(clause));
    }
    // An indicator row names what it measures (专利授权量, 质押融资登记金额): its themes and objects, as a clause's.
    for (const row of tableRowsOf(doc.body)) {
      const { themes, objects } = tagger.tag({ text: row.text, title: null, headings: row.headings });
      (row.table.rowLabels ??= [])[row.index] = { id: row.id, themes, objects };
    }
    onDocument?.(index + 1, corpus.documents.length, doc.meta.id);
  });
  assignRoles(corpus, (roles ??= createRoleReader())); // 任务、目标、法律责任…, from headings and wording
}

let roles: RoleReader | null = null;
