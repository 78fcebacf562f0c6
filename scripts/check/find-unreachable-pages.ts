/**
 * Finds the pages of a built site that no reader can reach by following
 * links from the home page: every `index.html` under the output folder
 * that no chain of `<a href>` from the home page leads to. Fragments the
 * pages load by script (compare columns) are not pages and are left out
 * by the caller's `ignore`.
 *
 * Example: `/targets/patent-grants/` built but linked from nowhere →
 * `['targets/patent-grants/index.html']`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'node-html-parser';

/** The HTML pages of `distDir` (built with `base`) that no link chain from the home page reaches, as paths relative to `distDir`. */
export function findUnreachablePages(
  distDir: string,
  base = '/',
  ignore: (page: string) => boolean = () => false,
): string[] {
  const origin = 'http://site.invalid';
  const pages = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.split(sep).join('/'))
    .filter((f) => !ignore(f));
  const seen = new Set<string>(['index.html']);
  const queue = ['index.html'];
  while (queue.length) {
    const page = queue.shift()!;
    const path = base + page.replace(/(^|\/)index\.html$/, '$1');
    const root = parse(readFileSync(join(distDir, page), 'utf8'));
    for (const a of root.querySelectorAll('a[href]')) {
      const target = new URL(a.getAttribute('href') ?? '', origin + path);
      if (target.origin !== origin || !target.pathname.startsWith(base)) continue;
      const file = pageFile(distDir, decodeURIComponent(target.pathname.slice(base.length)));
      if (file && !seen.has(file)) {
        seen.add(file);
        queue.push(file);
      }
    }
  }
  return pages.filter((page) => !seen.has(page));
}

function pageFile(distDir: string, path: string): string | null {
  const candidate = join(distDir, path);
  if (candidate.endsWith('.html') && existsSync(candidate)) return relative(distDir, candidate).split(sep).join('/');
  const index = join(candidate, 'index.html');
  return existsSync(index) && statSync(index).isFile() ? relative(distDir, index).split(sep).join('/') : null;
}
