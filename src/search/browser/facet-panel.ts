/**
 * The facets panel of the search page (clause-search.ts): the facet
 * checkboxes with their counts — totals over the whole corpus before any
 * search (from the page's vocabulary), else the results' — and a long
 * facet's name box, which lists the values it finds from the whole
 * vocabulary. Ticking a value is handed to the page (`choose`), which
 * runs the search again.
 */
import type { Facet, SearchVocabulary } from '../shared/labels.ts';
import type { FacetCount, SearchState } from './state.ts';
import { renderFacetValues, renderFacets } from './view.ts';

/** From this width the facets sit beside the results and start open (the breakpoint in ClauseSearch.astro). */
export const wide = '(min-width: 48rem)';

/** What the panel reads from the page and tells it. */
export interface FacetPage {
  /** The vocabulary as far as loaded. */
  vocabulary(): SearchVocabulary;
  /** The whole vocabulary, loaded once. */
  vocabularyLoaded(): Promise<SearchVocabulary>;
  state(): SearchState;
  /** The values of `facet` are now `chosen`. */
  choose(facet: Facet, chosen: string[]): void;
}

export class FacetPanel {
  /** The facet counts shown (totals before any search, else the results'). */
  private shownCounts: () => Partial<Record<Facet, FacetCount[]>> = () => this.totals();

  constructor(
    private readonly host: HTMLElement,
    private readonly page: FacetPage,
  ) {
    host.addEventListener('change', (event) => {
      const box = event.target as HTMLInputElement;
      if (box.type !== 'checkbox') return;
      const facet = box.name as Facet;
      const chosen = page.state().filters[facet].filter((value) => value !== box.value);
      if (box.checked) chosen.push(box.value);
      page.choose(facet, chosen);
    });
    // A long facet's name box lists the values it finds, from the whole vocabulary.
    host.addEventListener('input', (event) => {
      const box = event.target as HTMLInputElement;
      if (!box.classList.contains('facet-find')) return;
      void page.vocabularyLoaded().then(() => {
        const facet = box.dataset.facet as Facet;
        const values = this.shownCounts()[facet];
        if (values && box.isConnected)
          renderFacetValues(box.closest('details')!, values, page.state(), page.vocabulary());
      });
    });
  }

  /** Facet values with their totals over the whole corpus (from the page), for the page before any search. */
  private totals(): Partial<Record<Facet, FacetCount[]>> {
    return Object.fromEntries(
      Object.entries(this.page.vocabulary().values).map(([facet, values]) => [
        facet,
        values.map(({ value, count }) => ({ value, count: count ?? 0 })),
      ]),
    );
  }

  /** Shows the totals (before any search); the page's vocabulary names what the facets list then (a long facet's largest values). */
  showTotals(state: SearchState): void {
    this.shownCounts = () => this.totals();
    renderFacets(this.host, this.totals(), state, this.page.vocabulary(), matchMedia(wide).matches);
  }

  /** Shows a search's counts. */
  show(counts: Partial<Record<Facet, FacetCount[]>>, state: SearchState): void {
    this.shownCounts = () => counts;
    renderFacets(this.host, counts, state, this.page.vocabulary(), matchMedia(wide).matches);
  }

  /** Marks the counts as being recounted (or no longer). */
  busy(busy: boolean): void {
    if (busy) this.host.setAttribute('aria-busy', 'true');
    else this.host.removeAttribute('aria-busy');
  }
}
