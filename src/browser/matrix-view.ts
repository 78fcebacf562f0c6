/**
 * What a document matrix shows (theme matrix): the columns of the chosen
 * family (all, plans and policy papers, legal texts), minus the collapsed
 * groups, each of which shrinks to one narrow column that opens it again.
 * The group and place headers span exactly their visible columns; a group
 * or place with none left is hidden.
 *
 * Example: family `legal`, collapsed {`city`} → the 市级 group is one column, plans are hidden.
 */

/** The matrix's view state. */
export interface MatrixView {
  /** `all` or a family slug (`policy`, `legal`). */
  family: string;
  /** Keys of the collapsed column groups. */
  collapsed: ReadonlySet<string>;
}

/** Shows and hides the cells of the matrix in `block` for `view`, and recounts the header spans. */
export function applyMatrixView(block: ParentNode, view: MatrixView): void {
  const docHeads = [...block.querySelectorAll<HTMLTableCellElement>('thead tr.docs th[data-group]')];
  for (const cell of block.querySelectorAll<HTMLTableCellElement>('[data-group]')) {
    const group = cell.dataset.group ?? '';
    const folded = view.collapsed.has(group);
    if (cell.dataset.collapsed !== undefined) cell.hidden = !folded;
    else if (cell.dataset.family !== undefined)
      cell.hidden = folded || (view.family !== 'all' && cell.dataset.family !== view.family);
  }
  for (const toggle of block.querySelectorAll<HTMLButtonElement>('button[data-toggle]'))
    toggle.setAttribute('aria-expanded', String(!view.collapsed.has(toggle.dataset.toggle ?? '')));
  const visible = (match: (th: HTMLTableCellElement) => boolean): number =>
    docHeads.filter((th) => !th.hidden && match(th)).length;
  for (const place of block.querySelectorAll<HTMLTableCellElement>('thead tr.places th[data-place]')) {
    const n = visible((th) => th.dataset.place === place.dataset.place);
    place.hidden = n === 0;
    place.colSpan = Math.max(1, n);
  }
  for (const group of block.querySelectorAll<HTMLTableCellElement>('thead tr.groups th[data-group]')) {
    const n = visible((th) => th.dataset.group === group.dataset.group);
    group.hidden = n === 0;
    group.colSpan = Math.max(1, n);
  }
}
