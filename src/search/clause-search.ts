/**
 * `<clause-search>`: the search page's island. Reads the state from the
 * URL, runs the query through `SearchEngine`, renders facets and results,
 * and keeps the URL in step (back/forward replay earlier searches). The
 * facet vocabulary (labels, order, old URL values) comes from the page
 * (`data-facets`, built from the catalogue).
 *
 * Traditional input is converted with OpenCC's t → cn tables, loaded only
 * when the query holds a character they convert (`data-convertible`), and
 * then only the shards of the query's characters (`data-t2s`).
 * `query()` is the element's programmatic API: the ids of every matching
 * clause, in reading order.
 */
import { emptyVocabulary, labelOf, type Facet, type SearchVocabulary } from './search-labels.ts';
import { queryWords } from './search-text.ts';
import { SearchEngine } from './search-engine.ts';
import { applyFilters, facetCounts, hasFilters, readState, usesLegacy, writeState, type SearchState } from './search-state.ts';
import { groupByDocument, renderFacets, renderResults, summaryText } from './search-view.ts';

/** Results shown at first and added by 显示更多. */
const page = 20;

/** From this width the facets sit beside the results and start open (the breakpoint in ClauseSearch.astro). */
const wide = '(min-width: 48rem)';

let converter: Promise<(text: string) => Promise<string>> | undefined;

class ClauseSearch extends HTMLElement {
  private engine!: SearchEngine;
  private vocabulary: SearchVocabulary = emptyVocabulary;
  private convertible = new Set<string>();
  private state: SearchState = readState('');
  private limit = page;
  private runs = 0;

  connectedCallback(): void {
    if (this.dataset.facets) this.vocabulary = JSON.parse(this.dataset.facets) as SearchVocabulary;
    this.engine = new SearchEngine(this.dataset.bundle ?? '/pagefind/', this.vocabulary);
    this.convertible = new Set(this.dataset.convertible ?? '');
    const form = this.querySelector('form')!;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.update({ ...this.state, q: this.input.value });
    });
    // Start loading the converter while the reader is still typing traditional characters.
    this.input.addEventListener('input', () => void this.simplified(this.input.value));
    this.querySelector('.search-facets')!.addEventListener('change', (event) => {
      const box = event.target as HTMLInputElement;
      const facet = box.name as Facet;
      const chosen = this.state.filters[facet].filter((value) => value !== box.value);
      if (box.checked) chosen.push(box.value);
      this.update({ ...this.state, q: this.input.value, filters: { ...this.state.filters, [facet]: chosen } });
    });
    this.querySelector('.empty')!.addEventListener('click', (event) => {
      const button = (event.target as HTMLElement).closest('button');
      if (!button?.dataset.facet) return;
      const facet = button.dataset.facet as Facet;
      this.update({ ...this.state, filters: { ...this.state.filters, [facet]: [] } });
    });
    this.querySelector('.more')!.addEventListener('click', () => {
      this.limit += page;
      void this.run();
    });
    window.addEventListener('popstate', () => this.restore());
    this.restore();
  }

  private get input(): HTMLInputElement {
    return this.querySelector('input[name="q"]')!;
  }

  private restore(): void {
    this.state = readState(location.search, this.vocabulary.legacy);
    // An old link (`city=宁波`) is rewritten to the values it now means.
    if (usesLegacy(location.search, this.vocabulary.legacy)) history.replaceState(null, '', `${location.pathname}${writeState(this.state)}`);
    this.input.value = this.state.q;
    this.limit = page;
    void this.run();
  }

  private update(state: SearchState): void {
    this.state = state;
    this.limit = page;
    history.pushState(null, '', `${location.pathname}${writeState(state)}`);
    void this.run();
  }

  /** The query in simplified characters (converter loaded on first need). */
  async simplified(q: string): Promise<string> {
    if (![...q].some((char) => this.convertible.has(char))) return q;
    const shards = this.dataset.t2s ?? '/search/t2s/';
    converter ??= import('./search-t2s.ts').then(({ queryConverter }) =>
      queryConverter(async (n) => {
        const response = await fetch(`${shards}${n}.json`);
        if (!response.ok) throw new Error(`繁简转换表 ${shards}${n}.json 无法加载（${response.status}）`);
        return response.json();
      }),
    );
    return (await converter)(q);
  }

  /** Ids (clause ids, `<table>-r<n>` for table rows) of every record matching `q` and `filters`, in reading order. */
  async query(q: string, filters: Partial<Record<Facet, string[]>> = {}): Promise<string[]> {
    const words = queryWords(await this.simplified(q));
    const catalog = await this.engine.catalog();
    const state = readState('');
    const ids = applyFilters(await this.engine.match(words), catalog, { ...state.filters, ...filters });
    return Promise.all(ids.map(async (id) => (await this.engine.data(id)).meta.id ?? id));
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

  private async show(run: number): Promise<void> {
    const state = this.state;
    const words = queryWords(await this.simplified(state.q));
    const [catalog, matched] = await Promise.all([this.engine.catalog(), this.engine.match(words)]);
    const ids = applyFilters(matched, catalog, state.filters);
    if (run !== this.runs) return;
    renderFacets(this.querySelector('.search-facets')!, facetCounts(matched, catalog, state.filters), state, this.vocabulary, matchMedia(wide).matches);
    const idle = words.length === 0 && !hasFilters(state);
    const groups = idle ? [] : groupByDocument(ids, catalog);
    this.querySelector('.summary')!.textContent = idle ? '输入词语或选择筛选条件开始检索。' : ids.length > 0 ? summaryText(groups) : '';
    this.renderEmpty(!idle && ids.length === 0, state);
    await renderResults(this.querySelector('.results')!, groups, this.limit, this.engine, this.vocabulary, words);
    if (run !== this.runs) return;
    (this.querySelector('.more') as HTMLButtonElement).hidden = idle || ids.length <= this.limit;
    this.dataset.status = 'ready';
    // For the benchmark and for anyone profiling: when results were on screen.
    performance.mark('search-ready');
  }

  private renderEmpty(empty: boolean, state: SearchState): void {
    const box = this.querySelector<HTMLElement>('.empty')!;
    box.hidden = !empty;
    const list = box.querySelector('.remove')!;
    list.replaceChildren();
    for (const [facet, values] of Object.entries(state.filters)) {
      if (values.length === 0) continue;
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.facet = facet;
      button.textContent = `移除“${values.map((value) => labelOf(this.vocabulary, facet as Facet, value)).join('、')}”筛选`;
      list.append(button);
    }
    box.querySelector('.hint')!.textContent = hasFilters(state) ? '没有找到符合条件的条款。可以移除部分筛选条件再试：' : '没有找到包含这些词语的条款。请检查用字，或减少词语。';
  }
}

customElements.define('clause-search', ClauseSearch);
