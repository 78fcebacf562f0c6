/**
 * What the 复制链接 / 复制引用 buttons put on the clipboard: the clause's
 * absolute URL, or its citation (GB/T 7714 style) with the day of access
 * and that URL.
 */
import { fullCitation } from '../model/citation.ts';

/** The text to copy for a button's data attributes, resolved against the page URL, on the day `today`. */
export function copyTextFor(
  data: { copy?: string; href?: string; cite?: string },
  pageUrl: string,
  today = new Date(),
): string {
  const absolute = new URL(data.href ?? '', pageUrl).href;
  return data.copy === 'cite' ? fullCitation(data.cite ?? '', today, absolute) : absolute;
}

/** Shows the copy buttons under `root`: they are hidden until a script can run them. */
export function revealCopyButtons(root: ParentNode): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) button.hidden = false;
}

let listening = false;

/** Handles clicks on every copy button of the page, present or added later (listens once per page). */
export function handleCopyClicks(): void {
  if (listening) return;
  listening = true;
  document.addEventListener('click', async (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-copy]');
    if (!button) return;
    const text = copyTextFor(button.dataset, location.href);
    const label = button.textContent;
    try {
      await navigator.clipboard.writeText(text);
      button.textContent = '已复制';
    } catch {
      window.prompt('复制以下内容：', text);
    }
    setTimeout(() => (button.textContent = label), 1500);
  });
}
