/**
 * Finds broken internal links in a built site: every `href`/`src`/`action`
 * that points inside the site (under the base path) must name a file that
 * exists in the output folder, and every `#anchor` must be an element id on
 * the target page. External links (other origins, mailto:) are not checked.
 *
 * Example: `<a href="/ip-policy/documents/weihai/#weihai-1-1">` in a site
 * built with base `/ip-policy/` needs `documents/weihai/index.html` with an
 * element `id="weihai-1-1"`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'node-html-parser';

/** One broken link: the page it is on, the attribute value, and why. */
export interface BrokenLink {
  page: string;
  link: string;
  reason: string;
}

/** Result of a check: how many links were checked and which are broken. */
export interface LinkReport {
  pages: number;
  checked: number;
  broken: BrokenLink[];
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f));
}

/** The site path of a page file: `documents/weihai/index.html` → `/base/documents/weihai/`. */
function pagePath(distDir: string, file: string, base: string): string {
  const rel = relative(distDir, file).split(sep).join('/');
  return base + rel.replace(/(^|\/)index\.html$/, '$1');
}

/** Maps a site path to the file a static host would serve, or null. */
function fileFor(distDir: string, path: string): string | null {
  const candidate = join(distDir, decodeURIComponent(path));
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  return existsSync(index) ? index : null;
}

/** Checks every internal link and anchor of the site in `distDir`, built with `base` (e.g. `/` or `/ip-policy/`). */
export function findBrokenLinks(distDir: string, base = '/'): LinkReport {
  const origin = 'http://site.invalid';
  const files = htmlFiles(distDir);
  const ids = new Map<string, Set<string>>();
  const pages = files.map((file) => {
    const root = parse(readFileSync(file, 'utf8'));
    ids.set(file, new Set(root.querySelectorAll('[id]').map((el) => el.getAttribute('id') ?? '')));
    return { file, root, path: pagePath(distDir, file, base) };
  });
  const broken: BrokenLink[] = [];
  let checked = 0;
  for (const { file, root, path } of pages) {
    const page = relative(distDir, file);
    for (const el of root.querySelectorAll('[href], [src], form[action]')) {
      const raw = el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '';
      if (!raw || /^(mailto|tel|javascript|data):/i.test(raw)) continue;
      const target = new URL(raw, origin + path);
      if (target.origin !== origin) continue;
      checked++;
      if (!target.pathname.startsWith(base)) {
        broken.push({ page, link: raw, reason: `Unexpected path outside the base ${base}` });
        continue;
      }
      const targetFile = fileFor(distDir, target.pathname.slice(base.length));
      if (!targetFile) {
        broken.push({ page, link: raw, reason: 'Unexpected missing page or file' });
        continue;
      }
      const anchor = decodeURIComponent(target.hash.slice(1));
      if (anchor && targetFile.endsWith('.html') && !ids.get(targetFile)?.has(anchor)) {
        broken.push({ page, link: raw, reason: `Unexpected missing anchor #${anchor}` });
      }
    }
  }
  return { pages: files.length, checked, broken };
}
