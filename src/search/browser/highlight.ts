/**
 * On a document page opened from a search result
 * (`documents/ningbo/?hl=质押 融资#ningbo-3-2`): marks every occurrence of
 * the sought words inside the clause the anchor names and scrolls the
 * first one into view. Words are matched as the search matches them
 * (Latin case and full-width forms ignored), within one run of text.
 */
import { matchRanges } from './excerpt.ts';

/** Wraps the matches of `words` in the text nodes under `root`; returns the marks made. */
export function markWords(root: Element, words: readonly string[]): HTMLElement[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  const marks: HTMLElement[] = [];
  for (const node of nodes) {
    const text = node.data;
    const ranges = matchRanges(text, words);
    if (ranges.length === 0) continue;
    const parts = document.createDocumentFragment();
    let at = 0;
    for (const [from, to] of ranges) {
      if (from > at) parts.append(text.slice(at, from));
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      mark.textContent = text.slice(from, to);
      marks.push(mark);
      parts.append(mark);
      at = to;
    }
    if (at < text.length) parts.append(text.slice(at));
    node.replaceWith(parts);
  }
  return marks;
}

function highlight(): void {
  const words = (new URLSearchParams(location.search).get('hl') ?? '').split(/\s+/).filter(Boolean);
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  if (words.length === 0 || !target) return;
  const marks = markWords(target, words);
  target.classList.add('search-target');
  (marks[0] ?? target).scrollIntoView({ block: 'center' });
}

highlight();
