/**
 * `<term-concordance>`: the concordance page's island (`/terms/?q=质押融资`).
 * Finds the term through the search index (search/browser/engine.ts), so nothing
 * grows with the corpus before the first lines but what the term's own
 * characters occur in: the first lines come from the first clauses in
 * reading order (Pagefind's phrase search, the search page's first page);
 * then every position gives the totals and the count tables, from the
 * index's small order data (documents, facets, clause lengths) without
 * reading any text. Clause texts are read as the lines shown need them;
 * sorting by context or exporting every line reads them all.
 *
 * Sorting by role or exporting reads the clause roles (one small file).
 *
 * Traditional input is folded to simplified with the search's sharded
 * OpenCC tables. The URL keeps the term and the order (`&sort=left`).
 */
import {
  countFacets,
  countTable,
  documentCharacters,
  totals,
  type CountFacet,
  type CountRow,
} from '../search/browser/concordance-counts.ts';
import { SearchEngine } from '../search/browser/engine.ts';
import type { CoreIndex, FacetSource } from '../search/shared/index-data.ts';
import {
  linesOf,
  orderOrdinals,
  sortLines,
  sorts,
  textSorts,
  type LineSource,
  type Sort,
} from './concordance-order.ts';
import { emptyVocabulary, labelOf, type SearchVocabulary } from '../search/shared/labels.ts';
import { parseQuery } from '../search/browser/query.ts';
import { download } from '../search/browser/export.ts';
import { clauseLink } from '../search/browser/view.ts';
import { csvText } from '../model/csv.ts';
import { countHeadings, renderCounts, renderLines, type ConcordanceLine } from './concordance-view.ts';
import { CowordPanel } from './coword-panel.ts';

/** Lines shown at first and added by 显示更多. */
const page = 50;

class TermConcordance extends HTMLElement {
  private engine!: SearchEngine;
  private convertible = new Set<string>();
  private converter?: Promise<(text: string) => Promise<string>>;
  private vocabulary: SearchVocabulary = emptyVocabulary;
  private runs = 0;
  private limit = page;
  private state = { q: '', sort: 'order' as Sort };
  private cowords!: CowordPanel;
  /** The clause roles (`facet-role.json.gz`), loaded when lines are sorted by role or exported. */
  private roles?: FacetSource;
  private full?: {
    term: string;
    core: CoreIndex;
    found: Map<number, number>;
    ordinals: number[];
    tables: Record<CountFacet, CountRow[]>;
  };

  connectedCallback(): void {
    this.engine = new SearchEngine(this.dataset.bundle ?? '/pagefind/', this.dataset.data ?? '/search/data/');
    this.convertible = new Set(this.dataset.convertible ?? '');
    this.querySelector('form')!.addEventListener('submit', (event) => {
      event.preventDefault();
      this.go({ q: this.input.value.trim(), sort: this.state.sort }, true);
    });
    this.sortSelect.addEventListener('change', () =>
      this.go({ ...this.state, sort: this.sortSelect.value as Sort }, true),
    );
    this.querySelector('.more')!.addEventListener('click', () => {
      this.limit += page;
      void this.showLines(this.runs);
    });
    this.querySelector('.export-lines')!.addEventListener('click', () => void this.exportLines());
    this.querySelector('.export-counts')!.addEventListener('click', () => this.exportCounts());
    const context = {
      engine: this.engine,
      wordsUrl: this.dataset.words ?? '/search/data/words.json',
      searchUrl: this.dataset.search ?? '/search/',
      simplify: async (text: string) => parseQuery(await this.simplified(text)).any.flat()[0] ?? '',
    };
    // The words travelling with the term are read from every clause holding it.
    this.cowords = new CowordPanel(this.querySelector<HTMLElement>('.cowords')!, context, () => {
      if (!this.full) return undefined;
      const { term, ordinals } = this.full;
      const texts = async (): Promise<string[]> =>
        (await Promise.all(ordinals.map((ordinal) => this.engine.clause(ordinal)))).map((clause) => clause.text);
      return { term, texts };
    });
    window.addEventListener('popstate', () => this.go(this.readUrl(), false));
    this.go(this.readUrl(), false);
  }

  private get input(): HTMLInputElement {
    return this.querySelector('input[name="q"]')!;
  }

  private get sortSelect(): HTMLSelectElement {
    return this.querySelector('select[name="sort"]')!;
  }

  private readUrl(): { q: string; sort: Sort } {
    const params = new URLSearchParams(location.search);
    const sort = params.get('sort') as Sort | null;
    return { q: params.get('q') ?? '', sort: sort && sorts.includes(sort) ? sort : 'order' };
  }

  private go(state: { q: string; sort: Sort }, push: boolean): void {
    const sameTerm = state.q === this.state.q && this.full !== undefined;
    this.state = state;
    this.input.value = state.q;
    this.sortSelect.value = state.sort;
    if (push) {
      const params = new URLSearchParams();
      if (state.q) params.set('q', state.q);
      if (state.sort !== 'order') params.set('sort', state.sort);
      history.pushState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
    }
    this.limit = page;
    void (sameTerm ? this.showLines(++this.runs) : this.run(++this.runs));
  }

  /** The query in simplified characters (the converter's shards loaded only when a character needs them). */
  private async simplified(q: string): Promise<string> {
    if (![...q].some((char) => this.convertible.has(char))) return q;
    const shards = this.dataset.t2s ?? '/search/t2s/';
    this.converter ??= import('../search/shared/t2s.ts').then(({ queryConverter }) =>
      queryConverter(async (n) => {
        const response = await fetch(`${shards}${n}.json`);
        if (!response.ok) throw new Error(`繁简转换表 ${shards}${n}.json 无法加载（${response.status}）`);
        return response.json();
      }),
    );
    return (await this.converter)(q);
  }

  private status(text: string, ready = false): void {
    const node = this.querySelector<HTMLElement>('.summary')!;
    node.textContent = text;
    this.dataset.status = ready ? 'ready' : 'busy';
  }

  private async run(run: number): Promise<void> {
    this.full = undefined;
    const lines = this.querySelector<HTMLElement>('.lines')!;
    const counts = this.querySelector<HTMLElement>('.count-tables')!;
    lines.replaceChildren();
    counts.replaceChildren();
    this.querySelector<HTMLElement>('.tools')!.hidden = true;
    this.querySelector<HTMLElement>('.more')!.hidden = true;
    const notes = this.querySelector<HTMLElement>('.notes')!;
    notes.hidden = true;
    if (!this.state.q) {
      this.status('输入一个词，列出它在全部条款中的每一处出现。', true);
      return;
    }
    this.status('正在查找…');
    const parsed = parseQuery(await this.simplified(this.state.q));
    const words = parsed.any.flat();
    const term = words[0];
    if (!term) {
      this.status('请输入要查的词。', true);
      return;
    }
    if (words.length > 1 || parsed.not.length > 0 || parsed.notes.length > 0) {
      notes.textContent = `用语索引逐字查一个词：查的是“${term}”。`;
      notes.hidden = false;
    }
    // First lines: the first clauses in reading order, before every position is known.
    const first = await this.engine.firstMatches({ any: [[term]], not: [] }, 10);
    if (run !== this.runs) return;
    if (first && first.length > 0 && this.state.sort === 'order') {
      const clauses = await Promise.all(first.map((ordinal) => this.engine.clause(ordinal)));
      if (run !== this.runs) return;
      lines.replaceChildren(renderLines(clauses.flatMap((clause) => linesOf(clause, term, undefined))));
      performance.mark('terms-lines');
      this.status('正在统计全部出现处…');
    }
    const [core, found, lengths, vocabulary] = await Promise.all([
      this.engine.core(),
      this.engine.word(term),
      this.engine.lengths(),
      this.engine.fetchData<SearchVocabulary>('vocabulary.json.gz'),
    ]);
    if (run !== this.runs) return;
    this.vocabulary = vocabulary;
    const docOf = (ordinal: number): number => this.engine.docOf(core, ordinal);
    const characters = documentCharacters(core, lengths);
    const tables = Object.fromEntries(
      countFacets.map((facet) => [facet, countTable(core, facet, found, docOf, characters)]),
    ) as Record<CountFacet, CountRow[]>;
    this.full = { term, core, found, ordinals: [...found.keys()].sort((a, b) => a - b), tables };
    const { occurrences: n, documents } = totals(found, docOf);
    if (n === 0) {
      this.status(`没有找到“${term}”。`, true);
      return;
    }
    counts.replaceChildren(
      ...countFacets.map((facet) =>
        renderCounts(facet, tables[facet], (row) => this.valueLabel(facet, row.value, tables.place)),
      ),
    );
    this.querySelector<HTMLElement>('.tools')!.hidden = false;
    this.cowords.reset(term);
    await this.showLines(run);
    if (run !== this.runs) return;
    this.status(`共 ${n} 处，出自 ${documents} 份文件`, true);
    // The first view is whole: totals, count tables and the first lines (the benchmark times it).
    performance.mark('terms-ready');
  }

  /** A count row's value as the reader names it; a place with places below it among the rows says it holds them. */
  private valueLabel(facet: CountFacet, value: string, places: readonly CountRow[]): string {
    const label = labelOf(this.vocabulary, facet, value);
    if (facet !== 'place') return label;
    return places.some((row) => row.value.startsWith(`${value}.`)) ? `${label}（含下级）` : label;
  }

  /** What the orders and lines read, once every position is known. */
  private get source(): LineSource {
    const { core } = this.full!;
    return {
      core,
      docOf: (ordinal) => this.engine.docOf(core, ordinal),
      vocabulary: this.vocabulary,
      roles: this.roles,
    };
  }

  /** The clause ordinals in the order chosen, the roles loaded first when the order needs them. */
  private async ordered(sort: Sort): Promise<number[]> {
    if (sort === 'role') await this.loadRoles();
    return orderOrdinals(sort, this.full!.ordinals, this.source);
  }

  private async loadRoles(): Promise<void> {
    this.roles ??= await this.engine.facets(['role']);
  }

  /** Every line in the order chosen, reading every clause's text. */
  private async allLines(): Promise<ConcordanceLine[]> {
    const { term } = this.full!;
    const clauses = await Promise.all(
      (await this.ordered(this.state.sort)).map((ordinal) => this.engine.clause(ordinal)),
    );
    const source = this.source;
    return sortLines(
      clauses.flatMap((clause) => linesOf(clause, term, source)),
      this.state.sort,
    );
  }

  /** The first `limit` lines in the order chosen, reading only the clauses they stand in (every clause for a context order). */
  private async showLines(run: number): Promise<void> {
    if (!this.full) return;
    const { core, term } = this.full;
    let lines: ConcordanceLine[];
    let total: number;
    if (textSorts.includes(this.state.sort)) {
      this.status('正在读取全部条款以按上下文排序…');
      const all = await this.allLines();
      total = all.length;
      lines = all.slice(0, this.limit);
    } else {
      total = totals(this.full.found, (ordinal) => this.engine.docOf(core, ordinal)).occurrences;
      lines = [];
      const ordinals = await this.ordered(this.state.sort);
      const source = this.source;
      for (const ordinal of ordinals) {
        if (lines.length >= this.limit) break;
        lines.push(...linesOf(await this.engine.clause(ordinal), term, source));
      }
      lines = lines.slice(0, this.limit);
    }
    if (run !== this.runs) return;
    this.querySelector('.lines')!.replaceChildren(renderLines(lines));
    performance.mark('terms-lines');
    const more = this.querySelector<HTMLElement>('.more')!;
    more.hidden = lines.length >= total;
    more.textContent = `显示更多（已显示 ${lines.length} / ${total} 处）`;
    const { occurrences: n, documents } = totals(this.full.found, (ordinal) => this.engine.docOf(core, ordinal));
    this.status(`共 ${n} 处，出自 ${documents} 份文件`, true);
  }

  private async exportLines(): Promise<void> {
    if (!this.full) return;
    await this.loadRoles();
    const lines = await this.allLines();
    const rows = lines.map((line) => [
      line.clause.id,
      line.clause.label,
      line.place,
      line.year,
      line.left,
      line.match,
      line.right,
      new URL(clauseLink(line.clause), location.href).href,
      line.role,
    ]);
    download(
      `用语索引-${this.full.term}.csv`,
      csvText(['条款id', '文件', '地区', '年份', '左文', '词', '右文', '网址', '条款角色'], rows),
    );
  }

  private exportCounts(): void {
    if (!this.full) return;
    const { tables, term } = this.full;
    const rows = countFacets.flatMap((facet) =>
      tables[facet].map((row) => [
        countHeadings[facet].slice(1),
        this.valueLabel(facet, row.value, tables.place),
        row.occurrences,
        row.clauses,
        row.documents,
        row.characters,
        row.perTenThousand.toFixed(2),
      ]),
    );
    download(`用语统计-${term}.csv`, csvText(['维度', '值', '出现次数', '条款数', '文件数', '字数', '每万字'], rows));
  }
}

customElements.define('term-concordance', TermConcordance);
