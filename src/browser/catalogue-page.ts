/**
 * The catalogue page (文件) in the browser: reads the filter state from the
 * URL, filters, counts and sorts the rows (src/browser/catalogue-filter.ts),
 * and keeps the facets, the total, the sort buttons and the pager in step.
 * An inline catalogue shows and hides the rows of the static page; a paged
 * one fetches the compact index (`documents/catalogue.json`) and builds the
 * matching rows a page at a time with `rowElement`, from the same cells the
 * static page renders (src/browser/catalogue-row.ts).
 */
import {
  applyCatalogue,
  nextSort,
  readCatalogueState,
  writeCatalogueQuery,
  type CatalogueRow,
  type CatalogueState,
  type FacetName,
  type SortKey,
} from './catalogue-filter.ts';
import { rowElement } from './catalogue-row.ts';
import {
  cataloguePageSize,
  entryRow,
  entryView,
  longFacetTop,
  pageCount,
  pageOf,
  type CatalogueIndex,
  type RowView,
} from './catalogue-index.ts';

/** Wires the catalogue under `root` (the `[data-catalogue]` element): its facets, sort, pager and rows. */
export function startCatalogue(root: HTMLElement): void {
  const panel = root.querySelector<HTMLDetailsElement>('details.facet-panel')!;
  const form = root.querySelector<HTMLFormElement>('form.facet-form')!;
  const body = root.querySelector<HTMLTableSectionElement>('table.docs tbody')!;
  const headers = [...root.querySelectorAll<HTMLTableCellElement>('th[data-sort]')];
  const base = root.dataset.base!;
  const indexUrl = root.dataset.index;
  // Inline: every row is in the page with its filter data. Paged: the rows come from the index, a page at a time.
  let rows: CatalogueRow[] = [];
  let trs = new Map<string, HTMLTableRowElement>();
  let views = new Map<string, RowView>();
  let labels: Partial<Record<FacetName, Map<string, { label: string; indent: number }>>> = {};
  let state: CatalogueState = { filters: {}, sort: 'place' };
  let page = Number(root.dataset.page ?? 1);
  const searches: Partial<Record<FacetName, string>> = {};
  const expanded = new Set<FacetName>();

  // Rows and options made here carry the page's scoped-style attribute, so they look like the static ones.
  const scope = [...root.attributes].filter((a) => a.name.startsWith('data-astro-cid-')).map((a) => a.name);
  const make = <K extends keyof HTMLElementTagNameMap>(
    tag: K,
    props: Partial<HTMLElementTagNameMap[K]> = {},
  ): HTMLElementTagNameMap[K] => {
    const el = Object.assign(document.createElement(tag), props);
    for (const name of scope) el.setAttribute(name, '');
    return el;
  };
  const span = (className: string, text: string): HTMLSpanElement => make('span', { className, textContent: text });
  const rowOf = (doc: RowView): HTMLTableRowElement => rowElement(doc, base, make);

  /** One checkbox of a long facet, as the static page renders it. */
  const optionOf = (facet: FacetName, value: string): HTMLLIElement => {
    const { label, indent } = labels[facet]!.get(value)!;
    const li = make('li');
    if (indent) li.style.setProperty('--indent', String(indent));
    const box = make('input', { type: 'checkbox', name: facet, value });
    const el = make('label');
    el.append(box, span(value === 'unknown' ? 'label unknown' : 'label', label), span('count', ''));
    el.lastElementChild!.setAttribute('data-count', '');
    li.append(el);
    return li;
  };
  /** A long facet's list: the chosen values, then the most frequent (all of them once expanded), or those matching its search box. */
  const renderLong = (fieldset: HTMLElement, counts: Record<string, number>): void => {
    const facet = fieldset.dataset.facet as FacetName;
    const chosen = new Set(state.filters[facet] ?? []);
    const query = (searches[facet] ?? '').trim();
    const all = [...labels[facet]!.keys()];
    const byCount = [...all].sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0));
    // A province's own box (indent -1) shows only when chosen or searched for, as on the static page.
    const listed = byCount.filter((v) => labels[facet]!.get(v)!.indent >= 0);
    const keep = new Set(
      query
        ? all.filter((v) => labels[facet]!.get(v)!.label.includes(query))
        : expanded.has(facet)
          ? listed
          : listed.slice(0, longFacetTop),
    );
    for (const value of chosen) keep.add(value);
    fieldset.querySelector('ul')!.replaceChildren(...all.filter((v) => keep.has(v)).map((v) => optionOf(facet, v)));
    const more = fieldset.querySelector<HTMLButtonElement>('[data-show-all]')!;
    more.hidden = Boolean(query) || listed.length <= longFacetTop;
    more.textContent = expanded.has(facet) ? `只显示最多的 ${longFacetTop} 项` : `显示全部 ${listed.length} 项`;
  };

  const render = (): void => {
    const view = applyCatalogue(rows, state);
    if (indexUrl) {
      const pages = pageCount(view.visible.length);
      page = Math.min(Math.max(1, page), pages);
      body.replaceChildren(...pageOf(view.visible, page).map((id) => rowOf(views.get(id)!)));
      for (const fieldset of form.querySelectorAll<HTMLElement>('fieldset[data-facet]'))
        renderLong(fieldset, view.counts[fieldset.dataset.facet as FacetName]);
      renderPager(pages);
    } else {
      const shown = new Set(view.visible);
      for (const [id, tr] of trs) tr.hidden = !shown.has(id);
      body.append(...view.visible.map((id) => trs.get(id)!), ...[...trs.values()].filter((tr) => tr.hidden));
    }
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      const facet = box.name as FacetName;
      const n = view.counts[facet][box.value] ?? 0;
      box.checked = state.filters[facet]?.includes(box.value) ?? false;
      box.disabled = n === 0 && !box.checked;
      const item = box.closest('li')!;
      item.classList.toggle('zero', n === 0);
      item.querySelector('[data-count]')!.textContent = String(n);
      if (item.hasAttribute('data-only-if-checked')) item.hidden = !box.checked;
    }
    const chosen = Object.values(state.filters).reduce((n, values) => n + (values?.length ?? 0), 0);
    root.querySelector('[data-chosen]')!.textContent = chosen ? ` · 已选 ${chosen} 项` : '';
    const total = view.visible.length;
    const range =
      indexUrl && total > cataloguePageSize
        ? `，本页第 ${(page - 1) * cataloguePageSize + 1}–${Math.min(total, page * cataloguePageSize)} 份`
        : '';
    root.querySelector('[data-total]')!.textContent =
      (total === rows.length ? `共 ${total} 份文件` : `共 ${total} 份文件（全部 ${rows.length} 份）`) + range;
    root.querySelector<HTMLElement>('[data-empty]')!.hidden = total > 0;
    for (const th of headers) {
      const key = th.dataset.sort!;
      if (state.sort === key) th.setAttribute('aria-sort', 'ascending');
      else if (state.sort === `-${key}`) th.setAttribute('aria-sort', 'descending');
      else th.removeAttribute('aria-sort');
    }
  };
  /** The query of the current state and page (`page` only past the first). */
  const query = (n = page): string => {
    const q = writeCatalogueQuery(state);
    return n > 1 ? `${q ? `${q}&` : '?'}page=${n}` : q;
  };
  /** The pager of the matching rows; its links hold the state, so a reload shows the same page. */
  const renderPager = (pages: number): void => {
    let nav = root.querySelector<HTMLElement>('[data-pager]');
    if (!nav) {
      nav = make('nav', { className: 'pager', ariaLabel: '分页' });
      nav.dataset.pager = '';
      root.querySelector('.results')!.append(nav);
    }
    nav.hidden = pages <= 1;
    nav.replaceChildren(
      ...Array.from({ length: pages }, (_, i) => i + 1).map((n) => {
        if (n === page) return make('strong', { textContent: String(n), ariaCurrent: 'page' });
        const a = Object.assign(make('a'), { href: `${base}documents/${query(n)}`, textContent: String(n) });
        a.dataset.n = String(n);
        return a;
      }),
    );
  };
  const update = (next: CatalogueState, n = 1): void => {
    state = next;
    page = n;
    // A paged catalogue's state lives on documents/ whichever static page it started on.
    history.replaceState(
      history.state,
      '',
      `${indexUrl ? `${base}documents/` : location.pathname}${query()}${location.hash}`,
    );
    render();
  };

  /** Reads the rows (from the page, or the index for a paged catalogue) and the state in the URL. */
  const load = async (): Promise<void> => {
    if (indexUrl) {
      const response = await fetch(indexUrl);
      if (!response.ok) throw new Error(`${indexUrl}: ${response.status}`);
      const index = (await response.json()) as CatalogueIndex;
      rows = index.docs.map((entry) => entryRow(index, entry));
      views = new Map(index.docs.map((entry) => [entry.i, entryView(index, entry)]));
      const issuers = new Map<string, number>();
      for (const row of rows)
        for (const issuer of row.facets.issuer) issuers.set(issuer, (issuers.get(issuer) ?? 0) + 1);
      labels = {
        // A province's own box shows only when chosen (省份 covers it), as on the static page.
        place: new Map(
          index.places
            .filter((p) => p.d >= 1)
            .map((p) => [p.k, { label: p.n, indent: p.d === 1 ? -1 : Math.max(0, p.d - 2) }]),
        ),
        issuer: new Map(
          [...issuers.keys()]
            .sort((a, b) => Number(a === 'unknown') - Number(b === 'unknown') || issuers.get(b)! - issuers.get(a)!)
            .map((v) => [v, { label: v === 'unknown' ? '未知' : v, indent: 0 }]),
        ),
      };
      for (const fieldset of form.querySelectorAll<HTMLElement>('fieldset[data-facet]')) {
        const facet = fieldset.dataset.facet as FacetName;
        const search = fieldset.querySelector<HTMLInputElement>('[data-facet-search]')!;
        search.hidden = false;
        search.addEventListener('input', () => {
          searches[facet] = search.value;
          render();
        });
        fieldset.querySelector('[data-more]')?.remove();
        const more = make('button', { type: 'button', className: 'show-all' });
        more.dataset.showAll = '';
        more.addEventListener('click', () => {
          if (expanded.has(facet)) expanded.delete(facet);
          else expanded.add(facet);
          render();
        });
        fieldset.append(more);
      }
    } else {
      trs = new Map([...body.rows].map((tr) => [(JSON.parse(tr.dataset.row!) as CatalogueRow).id, tr]));
      rows = [...trs.values()].map((tr) => JSON.parse(tr.dataset.row!) as CatalogueRow);
    }
    state = readCatalogueState(location.search, rows);
    const asked = Number(new URLSearchParams(location.search).get('page'));
    if (Number.isInteger(asked) && asked > 0) page = asked;
  };

  void load().then(() => {
    // Enter in a facet's search box filters the list; it does not submit the form.
    form.addEventListener('submit', (event) => event.preventDefault());
    form.addEventListener('change', (event) => {
      const box = event.target as HTMLInputElement;
      if (box.type !== 'checkbox') return;
      const facet = box.name as FacetName;
      const values = (state.filters[facet] ?? []).filter((v) => v !== box.value);
      update({ ...state, filters: { ...state.filters, [facet]: box.checked ? [...values, box.value] : values } });
    });
    for (const th of headers) {
      const button = th.querySelector('button')!;
      button.disabled = false;
      button.addEventListener('click', () =>
        update({ ...state, sort: nextSort(state.sort, th.dataset.sort as SortKey) }),
      );
    }
    for (const link of root.querySelectorAll<HTMLAnchorElement>('[data-clear]')) {
      link.addEventListener('click', (event) => {
        event.preventDefault();
        update({ ...state, filters: {} });
      });
    }
    root.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('[data-pager] a[data-n]');
      if (!link) return;
      event.preventDefault();
      update(state, Number(link.dataset.n));
      root.scrollIntoView({ block: 'start' });
    });
    window.addEventListener('popstate', () => {
      state = readCatalogueState(location.search, rows);
      page = Number(new URLSearchParams(location.search).get('page')) || 1;
      render();
    });
    form.querySelector('fieldset')!.disabled = false;
    render();
  });
  // The facets fold away on a phone; on a wide screen they stay open beside the table.
  if (matchMedia('(max-width: 60rem)').matches) panel.open = false;
}
