/**
 * Finds developer text on reader pages: taxonomy and rule ids, file paths
 * and npm commands in what a reader sees (text outside `<script>` and
 * `<style>`) or hovers over (`title`, `aria-label`, `alt`, `placeholder`).
 * Ids belong in URLs and data attributes; commands and paths in the README.
 *
 * Example: `<span title="依据：protection-penalty">` on
 * `documents/weihai/index.html` → `{page: 'documents/weihai/', where:
 * 'title', found: 'protection-penalty'}`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { NodeType, parse, type HTMLElement, type Node } from 'node-html-parser';

/** One piece of developer text: the page, where on it (`text` or the attribute), the string found and its context. */
export interface DeveloperText {
  page: string;
  where: string;
  found: string;
  context: string;
}

/** Attributes a reader sees on hover or hears from a screen reader. */
export const readerAttributes = ['title', 'aria-label', 'alt', 'placeholder'] as const;

/** File paths under the project's folders, source file names, and npm/npx commands. */
const pathOrCommand =
  /(?<![\w.-])(?:content|src|tests|scripts|public)\/[\w./-]+|[\w./-]+\.(?:ts|tsx|mjs|yaml|yml|astro)(?![\w-])|\bnpm (?:run|test|install|ci)\b[\w: -]*|\bnpx [\w:-]+/g;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A matcher for developer text: the given ids as whole tokens, plus paths and commands. */
export function developerTextPattern(ids: Iterable<string>): RegExp {
  // Longest first, so `supply.talent` wins over a shorter id inside it.
  const alternatives = [...new Set(ids)].sort((a, b) => b.length - a.length).map(escape);
  const idPattern = alternatives.length ? `(?<![\\w.-])(?:${alternatives.join('|')})(?![\\w-]|\\.\\w)` : '(?!)';
  return new RegExp(`${pathOrCommand.source}|${idPattern}`, 'g');
}

function visibleText(node: Node, out: string[]): void {
  if (node.nodeType === NodeType.TEXT_NODE) out.push(node.text);
  if (node.nodeType !== NodeType.ELEMENT_NODE && node.childNodes.length === 0) return;
  const tag = (node as HTMLElement).rawTagName?.toLowerCase();
  if (tag === 'script' || tag === 'style' || tag === 'template') return;
  for (const child of node.childNodes) visibleText(child, out);
}

function hits(text: string, pattern: RegExp, page: string, where: string): DeveloperText[] {
  return [...text.matchAll(pattern)].map((m) => ({
    page,
    where,
    found: m[0].trim(),
    context: text
      .slice(Math.max(0, m.index - 20), m.index + m[0].length + 20)
      .replace(/\s+/g, ' ')
      .trim(),
  }));
}

/** Scans one HTML page; `page` names it in the findings. */
export function scanPage(html: string, pattern: RegExp, page: string): DeveloperText[] {
  const root = parse(html, { comment: false });
  // What a browser without scripts shows: the parser keeps it as raw text, so it is parsed as HTML here.
  for (const noscript of root.querySelectorAll('noscript')) noscript.set_content(noscript.innerHTML);
  const texts: string[] = [];
  visibleText(root, texts);
  const found = hits(texts.join('\n'), pattern, page, 'text');
  for (const el of root.querySelectorAll(readerAttributes.map((a) => `[${a}]`).join(','))) {
    for (const attribute of readerAttributes) {
      const value = el.getAttribute(attribute);
      if (value) found.push(...hits(value, pattern, page, attribute));
    }
  }
  return found;
}

/** Scans every page of the site built in `distDir`. */
export function findDeveloperText(distDir: string, ids: Iterable<string>): { pages: number; found: DeveloperText[] } {
  const pattern = developerTextPattern(ids);
  const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort();
  const found = files.flatMap((file) => {
    const page = relative(distDir, join(distDir, file))
      .split(sep)
      .join('/')
      .replace(/index\.html$/, '');
    return scanPage(readFileSync(join(distDir, file), 'utf8'), pattern, page);
  });
  return { pages: files.length, found };
}
