/**
 * Client-side filtering of clause columns (theme and compare pages): hides
 * clause articles that lack the wanted theme or object, hides unselected
 * city columns, and keeps each column's count and empty note true.
 */

/** What to show; empty values mean "no filter". */
export interface ClauseFilter {
  object?: string;
  theme?: string;
  /** Document ids of the columns to show; absent shows all, empty none. */
  cities?: readonly string[];
}

/** Whether a clause's space-separated label list contains `id` (or no filter is set). */
export function matches(list: string | undefined, id: string | undefined): boolean {
  return !id || (list ?? '').split(' ').includes(id);
}

/** Applies a filter to every `.column` under `root`. */
export function applyClauseFilter(root: ParentNode, filter: ClauseFilter): void {
  for (const column of root.querySelectorAll<HTMLElement>('.column')) {
    const wanted = !filter.cities || filter.cities.includes(column.dataset.doc ?? '');
    column.hidden = !wanted;
    let shown = 0;
    for (const clause of column.querySelectorAll<HTMLElement>('article.clause')) {
      const visible = matches(clause.dataset.objects, filter.object) && matches(clause.dataset.themes, filter.theme);
      clause.hidden = !visible;
      if (visible) shown++;
    }
    const count = column.querySelector<HTMLElement>('[data-count]');
    if (count) count.textContent = `${shown} 条`;
    const note = column.querySelector<HTMLElement>('.filtered-empty');
    const total = column.querySelectorAll('article.clause').length;
    if (note) note.hidden = shown > 0 || total === 0;
  }
}
