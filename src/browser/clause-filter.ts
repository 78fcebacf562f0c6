/**
 * Client-side filtering of clause columns (theme and compare pages): hides
 * clause articles that lack the wanted theme, object, policy instrument
 * (an instrument id, or a group such as `supply` for any of its
 * instruments) or strength, hides the columns of unselected documents, and keeps each
 * column's count and empty note true. With `conf` `mid` it also hides
 * the clauses whose `confTheme` label has low confidence
 * (`data-low-themes`).
 */

/** What to show; empty values mean "no filter". */
export interface ClauseFilter {
  object?: string;
  theme?: string;
  /** An instrument id (`supply.funding`) or a group id (`supply`). */
  instrument?: string;
  /** A strength id (`binding`). */
  strength?: string;
  /** `mid`: leave out the clauses whose label for `confTheme` has low confidence. */
  conf?: string;
  /** The theme whose label's confidence `conf` looks at (the theme of the page). */
  confTheme?: string;
  /** Only tasks, safeguards and provisions (clauses not marked `data-counted="false"`), as the theme counts take them. */
  countedOnly?: boolean;
  /** Document ids of the columns to show; absent shows all, empty none. */
  documents?: readonly string[];
}

/** Whether a clause's space-separated label list contains `id` (or no filter is set). */
export function matches(list: string | undefined, id: string | undefined): boolean {
  return !id || (list ?? '').split(' ').includes(id);
}

/** Whether a clause's space-separated instrument ids contain `id`, or one of group `id` (or no filter is set). */
export function matchesInstrument(list: string | undefined, id: string | undefined): boolean {
  if (!id) return true;
  const ids = (list ?? '').split(' ');
  return id.includes('.') ? ids.includes(id) : ids.some((i) => i.startsWith(`${id}.`));
}

/** Whether a clause element passes the label parts of a filter. */
export function clausePasses(data: DOMStringMap, filter: ClauseFilter): boolean {
  return (
    (!filter.countedOnly || data.counted !== 'false') &&
    matches(data.objects, filter.object) &&
    matches(data.themes, filter.theme) &&
    matchesInstrument(data.instruments, filter.instrument) &&
    matches(data.strength, filter.strength) &&
    !(filter.conf === 'mid' && !!filter.confTheme && matches(data.lowThemes, filter.confTheme))
  );
}

/** Applies a filter to every `.column` under `root`. */
export function applyClauseFilter(root: ParentNode, filter: ClauseFilter): void {
  for (const column of root.querySelectorAll<HTMLElement>('.column')) {
    const wanted = !filter.documents || filter.documents.includes(column.dataset.doc ?? '');
    column.hidden = !wanted;
    let shown = 0;
    for (const clause of column.querySelectorAll<HTMLElement>('article.clause')) {
      const visible = clausePasses(clause.dataset, filter);
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
