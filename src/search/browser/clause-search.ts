/**
 * `<clause-search>`: the search page's island. Reads the state from the
 * URL, parses the query (query.ts), finds and orders the results through
 * `SearchEngine` (results.ts), renders them with the facets panel
 * (facet-panel.ts) and the notices around them (notices.ts), and keeps the
 * URL in step (back/forward replay earlier searches). The facet vocabulary
 * (labels, order, old URL values, totals) comes from the page
 * (`data-facets`, built from the catalogue).
 *
 * Traditional input is converted with OpenCC's t → cn tables
 * (traditional-input.ts), loaded only when the query holds a character
 * they convert (`data-convertible`), and then only the shards of the
 * query's characters (`data-t2s`).
 * `query()` is the element's programmatic API: the ids of every matching
 * clause, in reading order (`queryOrdinals()`: their ordinals).
 */
import { handleCopyClicks } from '../../browser/copy-actions.ts';
import { emptyVocabulary, type Facet, type SearchVocabulary } from '../shared/labels.ts';
import { isEmptyQuery, parseQuery, soughtWords, type ParsedQuery } from './query.ts';
import { SearchEngine, type ClauseData } from './engine.ts';
import { facetCounts, hasFilters, readState, usesLegacy, writeState, type SearchState } from './state.ts';
import { clauseLink, groupRuns, loadClauses, renderList, renderTable, summaryText } from './view.ts';
import { FacetPanel, wide } from './facet-panel.ts';
import { simplifiedQuery } from './traditional-input.ts';
import { findClauses, firstPage, orderResults, placeNamer, type Outcome } from './results.ts';
import { renderEmpty, renderFilterSummary, renderNotes, renderTermLinks } from './notices.ts';

/** Results shown at first and added by 显示更多. */
const page = 20;

class ClauseSearch extends HTMLElement {
  private engine!: SearchEngine;
  private vocabulary: SearchVocabulary = emptyVocabulary;
  private convertible = new Set<string>();
  private state: SearchState = readState('');
  private limit = page;
  private runs = 0;
  private outcome?: Outcome;
  private fullVocabulary?: Promise<SearchVocabulary>;
  private facets!: FacetPanel;
  /** Queries (words and excluded words) fully matched already: their first page needs no shortcut. */
  private readonly matched = new Set<string>();

  connectedCallback(): void {
    if (this.dataset.facets) this.vocabulary = JSON.parse(this.dataset.facets) as SearchVocabulary;
    this.engine = new SearchEngine(this.dataset.bundle ?? '/pagefind/', this.dataset.data ?? '/search/data/');
    this.convertible = new Set(this.dataset.convertible ?? '');
    handleCopyClicks();
    const filters = this.querySelector<HTMLDetailsElement>('details.filters')!;
    filters.open = matchMedia(wide).matches;
    const form = this.querySelector('form')!;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.update({ ...this.state, q: this.input.value });
    });
    // Start loading the converter while the reader is still typing traditional characters.
    this.input.addEventListener('input', () => void this.simplified(this.input.value));
    this.facets = new FacetPanel(this.querySelector<HTMLElement>('.search-facets')!, {
      vocabulary: () => this.vocabulary,
      vocabularyLoaded: () => this.vocabularyLoaded(),
      state: () => this.state,
      choose: (facet, chosen) =>
        this.update({ ...this.state, q: this.input.value, filters: { ...this.state.filters, [facet]: chosen } }),
    });
    this.querySelector('.empty')!.addEventListener('click', (event) => {
      const button = (event.target as HTMLElement).closest('button');
      if (button?.dataset.query !== undefined) {
        this.update({ ...this.state, q: button.dataset.query });
        return;
      }
      if (!button?.dataset.facet) return;
      const facet = button.dataset.facet as Facet;
      this.update({ ...this.state, filters: { ...this.state.filters, [facet]: [] } });
    });
    this.querySelector('.more')!.addEventListener('click', () => {
      this.limit += page;
      void this.run();
    });
    this.querySelector<HTMLSelectElement>('select[name="sort"]')!.addEventListener('change', (event) => {
      this.update({
        ...this.state,
        q: this.input.value,
        sort: (event.target as HTMLSelectElement).value as SearchState['sort'],
      });
    });
    this.querySelector('.views')!.addEventListener('change', (event) => {
      this.update({
        ...this.state,
        q: this.input.value,
        view: (event.target as HTMLInputElement).value as SearchState['view'],
      });
    });
    this.querySelector('.export')!.addEventListener('click', () => void this.export());
    window.addEventListener('popstate', () => void this.restore());
    void this.restore();
  }

  /** The whole vocabulary (places and documents included), loaded once; `this.vocabulary` is it from then on. */
  private vocabularyLoaded(): Promise<SearchVocabulary> {
    this.fullVocabulary ??= this.engine
      .fetchData<SearchVocabulary>('vocabulary.json.gz')
      .then((vocabulary) => (this.vocabulary = vocabulary));
    return this.fullVocabulary;
  }

  private get input(): HTMLInputElement {
    return this.querySelector('input[name="q"]')!;
  }

  private async restore(): Promise<void> {
    // Old city links are read with the whole vocabulary.
    if (new URLSearchParams(location.search).has('city')) await this.vocabularyLoaded();
    this.state = readState(location.search, this.vocabulary.legacy);
    // An old link (`city=宁波`) is rewritten to the values it now means.
    if (usesLegacy(location.search, this.vocabulary.legacy))
      history.replaceState(null, '', `${location.pathname}${writeState(this.state)}`);
    this.input.value = this.state.q;
    this.querySelector<HTMLSelectElement>('select[name="sort"]')!.value = this.state.sort;
    for (const box of this.querySelectorAll<HTMLInputElement>('.views input'))
      box.checked = box.value === this.state.view;
    this.limit = page;
    void this.run();
  }

  private update(state: SearchState): void {
    this.state = state;
    this.input.value = state.q;
    this.limit = page;
    history.pushState(null, '', `${location.pathname}${writeState(state)}`);
    void this.run();
  }

  /** The query in simplified characters (converter loaded on first need). */
  simplified(q: string): Promise<string> {
    return simplifiedQuery(q, this.convertible, this.dataset.t2s ?? '/search/t2s/');
  }

  /** Ordinals (positions in reading order, from 0) of every clause matching `q` and `filters`, ascending; reads no clause text. */
  async queryOrdinals(q: string, filters: Partial<SearchState['filters']> = {}): Promise<number[]> {
    const query = parseQuery(await this.simplified(q));
    return (await findClauses(this.engine, query, { ...readState('').filters, ...filters })).ordinals;
  }

  /** Ordinals of the first page of `q` under `filters` in `sort` as first shown, before the full match (the same as its first page; tests check it); null when there is no shortcut. */
  async firstOrdinals(
    q: string,
    filters: Partial<SearchState['filters']> = {},
    sort: SearchState['sort'] = 'order',
  ): Promise<number[] | null> {
    const query = parseQuery(await this.simplified(q));
    return firstPage(
      this.engine,
      query,
      { ...readState(''), q, sort, filters: { ...readState('').filters, ...filters } },
      this.limit,
    );
  }

  /** Ordinals of the first page of `q` under `filters` in `sort` after the full match. */
  async pageOrdinals(
    q: string,
    filters: Partial<SearchState['filters']> = {},
    sort: SearchState['sort'] = 'order',
  ): Promise<number[]> {
    const query = parseQuery(await this.simplified(q));
    const outcome = await findClauses(this.engine, query, { ...readState('').filters, ...filters });
    return (await orderResults(this.engine, outcome, sort)).slice(0, this.limit);
  }

  /** Ids (clause ids, `<table>-r<n>` for table rows) of every record matching `q` and `filters`, in reading order. */
  async query(q: string, filters: Partial<SearchState['filters']> = {}): Promise<string[]> {
    const ordinals = await this.queryOrdinals(q, filters);
    return Promise.all(ordinals.map(async (ordinal) => (await this.engine.clause(ordinal)).id));
  }

  private async run(): Promise<void> {
    const run = ++this.runs;
    this.dataset.status = 'busy';
    try {
      await this.show(run);
    } catch (error) {
      if (run !== this.runs) return;
      this.querySelector('.summary')!.textContent = `检索出错：${(error as Error).message}。请检查网络后重试。`;
      this.dataset.status = 'error';
    }
  }

  /** Renders results (`counts`: results per document, null while they are being counted); false when a newer run took over. */
  private async renderResults(
    ordinals: number[],
    counts: Map<string, number> | null,
    words: string[],
    state: SearchState,
    run = this.runs,
  ): Promise<boolean> {
    const host = this.querySelector<HTMLElement>('.results')!;
    // The table names places, so it waits for the core data and the vocabulary; the list does not.
    const [shown, core] = await Promise.all([
      loadClauses(this.engine, ordinals),
      state.view === 'table' ? this.engine.core() : null,
      state.view === 'table' ? this.vocabularyLoaded() : null,
    ]);
    if (run !== this.runs) return false;
    if (core) renderTable(host, shown, placeNamer(core, this.vocabulary), words);
    else {
      const byOrdinal = new Map(shown.map((clause) => [clause.ordinal, clause]));
      const runs = groupRuns(ordinals, (ordinal) => byOrdinal.get(ordinal)!.doc).map(
        ([doc, list]): [string, ClauseData[]] => [doc, list.map((ordinal) => byOrdinal.get(ordinal)!)],
      );
      renderList(host, runs, counts, this.vocabulary, words);
    }
    return true;
  }

  private async show(run: number): Promise<void> {
    const state = this.state;
    const query = parseQuery(await this.simplified(state.q));
    const idle = isEmptyQuery(query) && !hasFilters(state);
    renderNotes(this.querySelector<HTMLElement>('.notes')!, query);
    renderTermLinks(
      this.querySelector<HTMLElement>('.term-links')!,
      soughtWords(query),
      this.dataset.terms ?? '/terms/',
    );
    const results = this.querySelector<HTMLElement>('.results')!;
    const summary = this.querySelector('.summary')!;
    const tools = this.querySelector<HTMLElement>('.tools')!;
    if (idle) {
      this.outcome = undefined;
      this.facets.showTotals(state);
      summary.textContent = '输入词语或选择筛选条件开始检索。';
      results.replaceChildren();
      this.renderEmpty(null, state);
      tools.hidden = true;
      (this.querySelector('.more') as HTMLButtonElement).hidden = true;
      this.dataset.status = 'ready';
      return;
    }
    let marked = false;
    const key = JSON.stringify([query.any, query.not]);
    if (!this.matched.has(key)) {
      // The first page before every position of every token is in (engine.ts).
      const first = await firstPage(this.engine, query, state, this.limit);
      if (run !== this.runs) return;
      if (first && first.length > 0) {
        summary.textContent = '正在统计全部结果……';
        // The tools stay where they will be; export waits for every result.
        tools.hidden = false;
        this.querySelector<HTMLButtonElement>('.export')!.disabled = true;
        (this.querySelector('.more') as HTMLButtonElement).hidden = true;
        this.facets.busy(true);
        this.renderEmpty(null, state);
        await this.renderResults(first, null, soughtWords(query), state);
        if (run !== this.runs) return;
        performance.mark('search-ready');
        marked = true;
        // Let the page paint before the rest of the work.
        await nextPaint();
        if (run !== this.runs) return;
      }
    }
    const outcome = await findClauses(this.engine, query, state.filters);
    this.matched.add(key);
    const ordinals = await orderResults(this.engine, outcome, state.sort);
    const core = await this.engine.core();
    if (run !== this.runs) return;
    this.facets.busy(false);
    this.querySelector<HTMLButtonElement>('.export')!.disabled = false;
    this.outcome = { ...outcome, ordinals };
    const docId = (ordinal: number): string => core.docs[this.engine.docOf(core, ordinal)];
    const perDoc = new Map<string, number>();
    for (const ordinal of ordinals) perDoc.set(docId(ordinal), (perDoc.get(docId(ordinal)) ?? 0) + 1);
    summary.textContent = ordinals.length > 0 ? summaryText(ordinals.length, perDoc.size) : '';
    tools.hidden = ordinals.length === 0;
    if (!(await this.renderResults(ordinals.slice(0, this.limit), perDoc, outcome.words, state, run))) return;
    (this.querySelector('.more') as HTMLButtonElement).hidden = ordinals.length <= this.limit;
    // For the benchmark and for anyone profiling: when results were on screen.
    if (!marked) performance.mark('search-ready');
    await this.vocabularyLoaded();
    if (run !== this.runs) return;
    const order = Object.fromEntries(
      Object.entries(this.vocabulary.values).map(([facet, values]) => [facet, values.map((entry) => entry.value)]),
    ) as Record<Facet, string[]>;
    const counts = facetCounts(outcome.matches.ordinals, outcome.source, state.filters, order);
    this.facets.show(counts, state);
    renderFilterSummary(this.querySelector('details.filters > summary')!, state);
    if (ordinals.length === 0) await this.renderEmpty(query, state);
    else this.renderEmpty(null, state);
    // The counts of clause-level facets follow once their data is in.
    const all = await this.engine.allFacets();
    if (run !== this.runs) return;
    const allCounts = facetCounts(outcome.matches.ordinals, all, state.filters, order);
    this.facets.show(allCounts, state);
    this.dataset.status = 'ready';
  }

  /** The zero-result answer (hidden for a null query), its nearest query counted under the same filters. */
  private renderEmpty(query: ParsedQuery | null, state: SearchState): Promise<void> {
    const count = async (candidate: ParsedQuery): Promise<number> =>
      (await findClauses(this.engine, candidate, state.filters)).ordinals.length;
    return renderEmpty(this.querySelector<HTMLElement>('.empty')!, query, state, this.vocabulary, count);
  }

  /** Downloads every result (not only those shown) as CSV, in the order shown. */
  private async export(): Promise<void> {
    const outcome = this.outcome;
    if (!outcome) return;
    const button = this.querySelector<HTMLButtonElement>('.export')!;
    button.disabled = true;
    try {
      // The CSV writer is loaded for the export only (it is a third of the page's script).
      const [core, , { download, resultsCsv }] = await Promise.all([
        this.engine.core(),
        this.vocabularyLoaded(),
        import('./export.ts'),
      ]);
      const placeOf = placeNamer(core, this.vocabulary);
      const clauses = await loadClauses(this.engine, outcome.ordinals);
      const rows = clauses.map((clause) => ({
        id: clause.id,
        place: placeOf(clause.doc),
        document: clause.label,
        path: clause.path,
        text: clause.text,
        cite: clause.cite,
        url: new URL(clauseLink(clause), location.href).href,
      }));
      download('检索结果.csv', resultsCsv(rows));
    } finally {
      button.disabled = false;
    }
  }
}

/** Resolves once the page has painted (or soon, in a background tab where frames wait). */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 50);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}

customElements.define('clause-search', ClauseSearch);
