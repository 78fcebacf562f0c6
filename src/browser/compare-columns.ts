/**
 * The compare page's columns: each document's column is a pre-built
 * fragment (`compare/columns/<docId>/`), fetched the first time its document
 * is chosen and kept for later. Columns appear in the order of the document
 * list, whatever order they were chosen in.
 *
 * Example: documents weihai, ningbo → fetches `…/columns/weihai/` and `…/columns/ningbo/`.
 */
import { revealCopyButtons } from './copy-actions.ts';

const loading = new Map<string, Promise<HTMLElement>>();

async function fetchColumn(base: string, id: string): Promise<HTMLElement> {
  const response = await fetch(`${base}${encodeURIComponent(id)}/`);
  if (!response.ok) throw new Error(`${id}：条款加载失败（${response.status}）`);
  const template = document.createElement('template');
  template.innerHTML = await response.text();
  const column = template.content.querySelector<HTMLElement>('section.column');
  if (!column) throw new Error(`${id}：返回的内容不是条款栏`);
  revealCopyButtons(column);
  return column;
}

/**
 * Puts the columns of `ids` into `container`, in the order of `order`
 * (every document id), fetching those not loaded yet from `base`. Columns of
 * documents not chosen stay in place but hidden by the clause filter.
 */
export async function loadColumns(
  container: HTMLElement,
  base: string,
  ids: readonly string[],
  order: readonly string[],
): Promise<void> {
  const wanted = ids.filter((id) => !container.querySelector(`.column[data-doc="${CSS.escape(id)}"]`));
  for (const id of wanted) {
    // A failed fetch is forgotten, so choosing the document again tries again.
    if (!loading.has(id))
      loading.set(
        id,
        fetchColumn(base, id).catch((error: unknown) => (loading.delete(id), Promise.reject(error))),
      );
  }
  const columns = await Promise.all(wanted.map((id) => loading.get(id)!));
  for (const column of columns) {
    if (column.isConnected) continue;
    const rank = order.indexOf(column.dataset.doc ?? '');
    const next = [...container.querySelectorAll<HTMLElement>('.column')].find(
      (c) => order.indexOf(c.dataset.doc ?? '') > rank,
    );
    container.insertBefore(column, next ?? null);
  }
}
