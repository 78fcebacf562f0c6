/**
 * A saved web page (or the HTML mammoth makes of a .docx) → the plain text
 * the pipeline reads, keeping the page's own structure: each heading,
 * paragraph and list item on its own line, each table row as a `| … |`
 * row. The site's chrome — navigation, header, breadcrumbs, share bar,
 * footer — is moved to the top, one line per region, so that it lands in
 * the preamble before the title and never in a clause. Nothing of the
 * page's text is dropped; what is not text (the `<head>`, scripts, styles)
 * is not read.
 *
 * Example: `<nav>首页 政务公开</nav><h1>某某规划</h1><p>一、总体要求</p>
 * <footer>版权所有</footer>` → `首页 政务公开\n版权所有\n某某规划\n一、总体要求\n`.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

/** The text of a page and what it marks as its title. */
export interface PageText {
  /** Lines joined with `\n`, ending with one. */
  text: string;
  /** The page's `<h1>` (else its `<title>`), or null. */
  title: string | null;
  /** How many lines of chrome stand at the top. */
  chromeLines: number;
}

const notText = new Set(['head', 'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object']);
const blocks = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'html',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'ul',
  'caption',
]);
const chromeTags = new Set(['nav', 'header', 'footer', 'aside']);
/** Class or id words sites give their chrome anywhere on a page (`class="breadcrumb"`, `class="bdsharebuttonbox"`). */
const chromeWords =
  /(^|[\s_-])(share|bdshare|bdsharebuttonbox|breadcrumbs?|crumbs?|position|location|toolbar|sidebar|skip)($|[\s_-])/i;
/** Words that name chrome only outside the article (`id="footer"`; an article's own `class="article-header"` is not chrome). */
const outerChromeWords = /(^|[\s_-])(nav|navbar|menu|header|top|topbar|footer|bottom|copyright|banner)($|[\s_-])/i;
const chromeRoles = new Set(['navigation', 'banner', 'contentinfo', 'complementary']);

function attribute(node: Element, name: string): string {
  const value = node.properties?.[name];
  return Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : '';
}

/**
 * Whether an element is site chrome: a nav/header/footer/aside outside the
 * article, or a region its class, id or role names so — unless it holds
 * the page's `<h1>`, which is the document's own.
 */
function isChrome(node: Element, inArticle: boolean): boolean {
  const names = `${attribute(node, 'className')} ${attribute(node, 'id')}`;
  const chrome =
    (!inArticle && (chromeTags.has(node.tagName) || outerChromeWords.test(names))) ||
    chromeRoles.has(attribute(node, 'role')) ||
    chromeWords.test(names);
  return chrome && !firstElement(node, 'h1');
}

/** Collects lines from a tree: `line` is the text being built, `out` the finished lines. */
class LineWriter {
  readonly out: string[] = [];
  private line = '';

  text(value: string): void {
    this.line += value.replace(/[ \t\n\r\f]+/g, ' ');
  }

  raw(value: string): void {
    this.line += value;
  }

  flush(): void {
    const done = this.line.replace(/^[ \t\n\r\f]+|[ \t\n\r\f]+$/g, '');
    if (done) this.out.push(done);
    this.line = '';
  }
}

/** A table row as `| cell | cell |`; a cell's own lines are joined by spaces. */
function row(tr: Element): string | null {
  const cells = tr.children.filter(
    (c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'),
  );
  const texts = cells.map((cell) => toText(cell).replace(/\s+/g, ' ').trim());
  return texts.some((t) => t) ? `| ${texts.join(' | ')} |` : null;
}

function walk(
  nodes: readonly (RootContent | ElementContent)[],
  main: LineWriter,
  chrome: string[],
  inArticle: boolean,
): void {
  for (const node of nodes) {
    if (node.type === 'text') main.text(node.value);
    if (node.type !== 'element' || notText.has(node.tagName)) continue;
    if (isChrome(node, inArticle)) {
      const region = new LineWriter();
      walk(node.children, region, chrome, inArticle);
      region.flush();
      if (region.out.length) chrome.push(region.out.join(' '));
    } else if (node.tagName === 'br') {
      main.flush();
    } else if (node.tagName === 'tr') {
      main.flush();
      const text = row(node);
      if (text) main.raw(text);
      main.flush();
    } else {
      const block = blocks.has(node.tagName) || node.tagName === 'table';
      if (block) main.flush();
      walk(node.children, main, chrome, inArticle || node.tagName === 'article' || node.tagName === 'main');
      if (block) main.flush();
    }
  }
}

function firstElement(tree: Root | Element, tag: string): Element | null {
  const stack: Array<Root | Element> = [tree];
  while (stack.length) {
    const node = stack.shift()!;
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === tag) return child;
      stack.push(child);
    }
  }
  return null;
}

/** Reads the text of an HTML page (already decoded to a string). */
export function htmlToText(html: string): PageText {
  const tree = unified().use(rehypeParse).parse(html);
  const main = new LineWriter();
  const chrome: string[] = [];
  walk(tree.children, main, chrome, false);
  main.flush();
  const heading = firstElement(tree, 'h1');
  const title = (heading ? toText(heading) : firstElement(tree, 'title') ? toText(firstElement(tree, 'title')!) : '')
    .replace(/\s+/g, ' ')
    .trim();
  const lines = [...chrome, ...main.out];
  return { text: lines.length ? `${lines.join('\n')}\n` : '', title: title || null, chromeLines: chrome.length };
}
