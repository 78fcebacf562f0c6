/**
 * What the search page (clause-search.ts) says around its results: the
 * notes on how a query was read, a link from each word sought to its
 * concordance, how many filters are chosen, and the zero-result answer —
 * why nothing was found, the nearest query that has results (suggest.ts),
 * and a button to remove each filter. Plain DOM, text set through
 * `textContent` only.
 */
import { labelOf, type Facet, type SearchVocabulary } from '../shared/labels.ts';
import { formatQuery, type ParsedQuery } from './query.ts';
import { hasFilters, type SearchState } from './state.ts';
import { nearestQueries } from './suggest.ts';

/** The notes on how the query was read (quotes and punctuation removed), hidden when there are none. */
export function renderNotes(notes: HTMLElement, query: ParsedQuery): void {
  notes.hidden = query.notes.length === 0;
  notes.textContent = query.notes.join('');
}

/** Under the form, a link from each word sought to its concordance (`terms`: the concordance page's URL). */
export function renderTermLinks(host: HTMLElement, words: readonly string[], terms: string): void {
  host.replaceChildren();
  host.hidden = words.length === 0;
  if (words.length === 0) return;
  host.append('用语索引（每一处出现及其分布）：');
  words.forEach((word, index) => {
    const link = document.createElement('a');
    link.href = `${terms}?q=${encodeURIComponent(word)}`;
    link.textContent = word;
    host.append(...(index > 0 ? ['、', link] : [link]));
  });
}

/** The filter panel's heading, with the number of values chosen. */
export function renderFilterSummary(heading: Element, state: SearchState): void {
  const chosen = Object.values(state.filters).reduce((sum, values) => sum + values.length, 0);
  heading.textContent = chosen > 0 ? `筛选条件（已选 ${chosen} 项）` : '筛选条件';
}

/**
 * The zero-result answer in `box`: why, the nearest query that has results
 * (`count`: a candidate's results under the same filters), and the filters
 * to remove. Hidden when `query` is null.
 */
export async function renderEmpty(
  box: HTMLElement,
  query: ParsedQuery | null,
  state: SearchState,
  vocabulary: SearchVocabulary,
  count: (candidate: ParsedQuery) => Promise<number>,
): Promise<void> {
  box.hidden = query === null;
  const list = box.querySelector('.remove')!;
  const suggestion = box.querySelector('.suggest')!;
  list.replaceChildren();
  suggestion.replaceChildren();
  if (query === null) return;
  const filtered = hasFilters(state);
  box.querySelector('.hint')!.textContent = filtered
    ? '没有找到符合全部条件的条款：每个词都要在同一条款中逐字出现，并满足所选筛选条件。'
    : `没有找到逐字包含${query.any.map((words) => words.map((word) => `“${word}”`).join('和')).join('或') || '这些词'}${query.not.length ? `而不含${query.not.map((word) => `“${word}”`).join('、')}` : ''}的条款。`;
  for (const [facet, values] of Object.entries(state.filters)) {
    if (values.length === 0) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.facet = facet;
    button.textContent = `移除“${values.map((value) => labelOf(vocabulary, facet as Facet, value)).join('、')}”筛选`;
    list.append(button);
  }
  const nearest = await nearestQueries(query, count);
  if (nearest) {
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.query = formatQuery(nearest.query);
    button.textContent = `改为检索“${formatQuery(nearest.query)}”（${nearest.count} 条）`;
    suggestion.append('最接近的检索：', button);
  }
}
