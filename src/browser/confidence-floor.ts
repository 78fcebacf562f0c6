/**
 * The confidence control of the theme matrix and the theme pages: with
 * `?conf=mid` in the URL only labels of 中 or 高 confidence count. Marks
 * the block (`data-conf`, which the CSS reads to show the other numbers
 * and hide low-confidence clauses), ticks its radio, and carries the
 * choice into the links the block opens.
 *
 * Example: `/themes/?conf=mid` → the matrix counts 中/高 labels, and its
 * cells open `themes/documents/<id>/?conf=mid#theme-use`.
 */

/** Which labels a count takes: every label (`any`), or only those of 中 or 高 confidence (`mid`). */
export type ConfidenceFloor = 'any' | 'mid';

/** The URL parameter of the control and its value that leaves low-confidence labels out. */
export const confidenceParam = { name: 'conf', mid: 'mid' } as const;

/** The floor a URL's query string asks for. */
export function readConfidenceFloor(search: string): ConfidenceFloor {
  return new URLSearchParams(search).get(confidenceParam.name) === confidenceParam.mid ? 'mid' : 'any';
}

/** `href` with the floor in its query (kept before the `#`), or without it for `any`. */
export function withConfidenceFloor(href: string, floor: ConfidenceFloor): string {
  const [path, hash] = href.split('#');
  const [base, query = ''] = path.split('?');
  const params = new URLSearchParams(query);
  if (floor === 'mid') params.set(confidenceParam.name, confidenceParam.mid);
  else params.delete(confidenceParam.name);
  const search = params.toString();
  return `${base}${search ? `?${search}` : ''}${hash === undefined ? '' : `#${hash}`}`;
}

/** Shows `block` at `floor`: its `data-conf`, its radio, and the links of its counts (`a[data-low]`). */
export function applyConfidenceFloor(block: HTMLElement, floor: ConfidenceFloor): void {
  block.dataset.conf = floor;
  for (const radio of block.querySelectorAll<HTMLInputElement>('input[type=radio][name$="-conf"]'))
    radio.checked = radio.value === floor;
  for (const link of block.querySelectorAll<HTMLAnchorElement>('a[data-low]'))
    link.setAttribute('href', withConfidenceFloor(link.getAttribute('href') ?? '', floor));
}

/** Puts the floor in the page's URL without a reload, so the view can be linked to. */
export function writeConfidenceFloor(floor: ConfidenceFloor): void {
  history.replaceState(
    history.state,
    '',
    withConfidenceFloor(location.pathname + location.search + location.hash, floor),
  );
}
