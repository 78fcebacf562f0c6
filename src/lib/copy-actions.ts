/**
 * What the 复制链接 / 复制引用 buttons put on the clipboard: the clause's
 * absolute URL, or its citation followed by that URL.
 */

/** The text to copy for a button's data attributes, resolved against the page URL. */
export function copyTextFor(data: { copy?: string; href?: string; cite?: string }, pageUrl: string): string {
  const absolute = new URL(data.href ?? '', pageUrl).href;
  return data.copy === 'cite' ? `${data.cite ?? ''}。${absolute}` : absolute;
}
