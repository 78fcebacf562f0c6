/**
 * The concordance page's 同现词 panel: the words most associated with the
 * term within a clause (cowords.ts, on the texts of every clause holding
 * the term and the published vocabulary `search/data/words.json`), each linked
 * to the search for the clauses holding both; and a co-word matrix for a
 * chosen set of terms (clauses holding each pair, from the search index),
 * exported as an edge list for Gephi or UCINET.
 */
import { csvText } from '../model/csv.ts';
import { associations } from '../search/browser/cowords.ts';
import type { CowordVocabulary } from '../search/shared/words.ts';
import type { SearchEngine } from '../search/browser/engine.ts';
import { download } from '../search/browser/export.ts';
import { el } from '../search/browser/view.ts';

/** Associated words listed at most. */
const listed = 30;

/** What the panel needs from the page. */
export interface CowordContext {
  engine: SearchEngine;
  /** URL of `search/data/words.json` and of the search page. */
  wordsUrl: string;
  searchUrl: string;
  /** Folds a query to simplified characters. */
  simplify: (text: string) => Promise<string>;
}

let vocabulary: Promise<CowordVocabulary> | undefined;

/** The associated words of `term`, whose clauses' texts are `texts`, as a table. */
export async function renderAssociations(
  context: CowordContext,
  term: string,
  texts: readonly string[],
): Promise<HTMLElement> {
  vocabulary ??= fetch(context.wordsUrl).then((response) => {
    if (!response.ok) throw new Error(`同现词表无法加载（${response.status}）`);
    return response.json() as Promise<CowordVocabulary>;
  });
  const { units, words } = await vocabulary;
  const found = associations(term, texts, words, units).slice(0, listed);
  if (found.length === 0) return el('p', 'muted', '没有与这个词在至少 3 条条款中同现、且多于随机预期的词。');
  const table = el('table', 'coword-list');
  const head = table.createTHead().insertRow();
  for (const name of ['词', '同现条数', '该词条数', 'G²']) head.append(el('th', undefined, name));
  const body = table.createTBody();
  for (const a of found) {
    const row = body.insertRow();
    row.dataset.word = a.word;
    const link = el('a', undefined, a.word);
    link.href = `${context.searchUrl}?q=${encodeURIComponent(`${term} ${a.word}`)}`;
    link.title = `同时含“${term}”和“${a.word}”的条款`;
    row.insertCell().append(link);
    row.insertCell().textContent = String(a.both);
    row.insertCell().textContent = String(a.clauses);
    row.insertCell().textContent = a.g2.toFixed(1);
  }
  const scroll = el('div', 'table-scroll');
  scroll.append(table);
  return scroll;
}

/** The co-word matrix of `terms`: clauses holding each pair (the diagonal: each term's clauses). */
export async function cowordMatrix(
  context: CowordContext,
  terms: readonly string[],
): Promise<{ table: HTMLElement; edges: string }> {
  const words = [...new Set(await Promise.all(terms.map(context.simplify)))].filter(Boolean);
  const sets = await Promise.all(words.map(async (word) => new Set((await context.engine.word(word)).keys())));
  const shared = (i: number, j: number): number => {
    let n = 0;
    for (const ordinal of sets[i]) if (sets[j].has(ordinal)) n++;
    return n;
  };
  const table = el('table', 'coword-matrix');
  const head = table.createTHead().insertRow();
  head.append(el('th'));
  for (const word of words) head.append(el('th', undefined, word));
  const body = table.createTBody();
  const edges: Array<[string, string, number]> = [];
  words.forEach((word, i) => {
    const row = body.insertRow();
    row.append(el('th', undefined, word));
    words.forEach((other, j) => {
      const n = i === j ? sets[i].size : shared(i, j);
      row.insertCell().textContent = String(n);
      if (j > i && n > 0) edges.push([word, other, n]);
    });
  });
  const scroll = el('div', 'table-scroll');
  scroll.append(table);
  // Gephi and UCINET read an edge list by these English column names.
  return { table: scroll, edges: csvText(['Source', 'Target', 'Weight'], edges) };
}

/** Offers the edge list of a matrix as a file. */
export function downloadEdges(edges: string): void {
  download('同现矩阵-边列表.csv', edges);
}

/** The term whose clauses the panel reads: its text, and a reader of every clause's text. */
export interface PanelTerm {
  term: string;
  texts: () => Promise<string[]>;
}

/**
 * The panel in the page (`section.cowords`): 计算同现词 lists the words
 * associated with the current term and fills the matrix form with the
 * strongest five; the matrix form computes the co-word table; the edge
 * list is exported from the last table.
 */
export class CowordPanel {
  private edges?: string;

  constructor(
    private readonly root: HTMLElement,
    private readonly context: CowordContext,
    current: () => PanelTerm | undefined,
  ) {
    root.querySelector('.coword-run')!.addEventListener('click', () => {
      const term = current();
      if (term) void this.showAssociations(term);
    });
    root.querySelector('.matrix-form')!.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.showMatrix();
    });
    root.querySelector('.export-edges')!.addEventListener('click', () => this.edges && downloadEdges(this.edges));
  }

  private get termsInput(): HTMLInputElement {
    return this.root.querySelector<HTMLInputElement>('input[name="terms"]')!;
  }

  /** The panel of a new term: emptied, its matrix form holding the term. */
  reset(term: string): void {
    this.root.hidden = false;
    this.root.querySelector('.coword-list-host')!.replaceChildren();
    this.root.querySelector('.matrix-host')!.replaceChildren();
    this.root.querySelector<HTMLElement>('.export-edges')!.hidden = true;
    this.termsInput.value = term;
  }

  private async showAssociations({ term, texts }: PanelTerm): Promise<void> {
    const host = this.root.querySelector<HTMLElement>('.coword-list-host')!;
    host.replaceChildren('正在计算…');
    const table = await renderAssociations(this.context, term, await texts());
    host.replaceChildren(table);
    const top = [...table.querySelectorAll<HTMLElement>('tr[data-word]')].slice(0, 5).map((row) => row.dataset.word!);
    this.termsInput.value = [term, ...top].join(' ');
  }

  private async showMatrix(): Promise<void> {
    const terms = this.termsInput.value.split(/\s+/).filter(Boolean);
    const host = this.root.querySelector<HTMLElement>('.matrix-host')!;
    host.replaceChildren('正在计算…');
    const { table, edges } = await cowordMatrix(this.context, terms);
    this.edges = edges;
    host.replaceChildren(table);
    this.root.querySelector<HTMLElement>('.export-edges')!.hidden = false;
  }
}
