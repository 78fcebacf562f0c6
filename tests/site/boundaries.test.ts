/**
 * One door between the pipeline and the site: everything a page shows
 * comes from the published data, read through `src/data`. Starting from
 * every file under src/pages, src/components, src/layouts and src/site,
 * and following their local imports (whatever a page runs at build time),
 * no module is part of src/pipeline or src/eval, and none names a path
 * under content/ or tests/ (a string such as `'content'`,
 * `'tests/gold/instruments.yaml'`, or an import that resolves there).
 * ESLint's no-restricted-imports says the first for direct imports; this
 * test also catches a disabled rule, an indirect import and a file read.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const siteFolders = ['src/pages', 'src/components', 'src/layouts', 'src/site'];
const sourceFile = /\.(ts|astro|md|mdx|js|mjs)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : sourceFile.test(entry.name) ? [path] : [];
  });
}

/** The module specifiers a source file imports (static, dynamic and side-effect imports, re-exports). */
export function importsOf(text: string): string[] {
  const found = [
    ...text.matchAll(/(?:\bimport|\bexport)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(?\s*['"]([^'"]+)['"]/g),
  ];
  return found.map((m) => m[1] ?? m[2]!);
}

/** Source text without its comments (block, line and HTML), which may name any path. */
function withoutComments(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/** The string literals of a source file's code that name a path under content/ or tests/ of the project. */
export function forbiddenPaths(text: string): string[] {
  const literals = [...withoutComments(text).matchAll(/(['"`])((?:\\.|(?!\1)[^\\\n])*)\1/g)].map((m) => m[2]!);
  return literals.filter(
    (s) =>
      !/^[a-z]+:\/\//i.test(s) &&
      /^(?:\.{1,2}\/)*(?:content|tests)(?:\/|$)|\/(?:content|tests)\//.test(s) &&
      !/^(?:https?:)?\/\//.test(s),
  );
}

/** The file a relative specifier resolves to, trying the extensions the build does; null for a package or an unresolved path. */
function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier.replace(/\?.*$/, ''));
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')])
    if (existsSync(candidate) && sourceFile.test(candidate)) return candidate;
  return base;
}

/** Every local module the site files reach, with the chain that reaches it. */
function reachable(starts: string[]): Map<string, string[]> {
  const seen = new Map<string, string[]>(starts.map((f) => [f, [f]]));
  const queue = [...starts];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (!existsSync(file) || !sourceFile.test(file)) continue;
    for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
      const target = resolveImport(file, specifier);
      if (!target || seen.has(target)) continue;
      seen.set(target, [...seen.get(file)!, target]);
      // Modules outside src/ (docs/*.md rendered by a page, configuration) are checked by where they are, not followed.
      if (target.startsWith(join(root, 'src') + sep)) queue.push(target);
    }
  }
  return seen;
}

const rel = (path: string): string => relative(root, path);
const siteFiles = siteFolders.flatMap((dir) => filesUnder(join(root, dir)));
const reached = reachable(siteFiles);

describe('the site reads published data only', () => {
  it('finds the site’s files and what they import', () => {
    expect(siteFiles.length).toBeGreaterThan(50);
    expect([...reached.keys()].map(rel)).toEqual(
      expect.arrayContaining(['src/data/published-data.ts', 'src/data/schemas/catalog.ts']),
    );
  });

  it('reaches no module of src/pipeline or src/eval, directly or through another module', () => {
    const offending = [...reached]
      .filter(([file]) => /^src\/(pipeline|eval)\//.test(rel(file)))
      .map(([, chain]) => chain.map(rel).join(' → '));
    expect(offending).toEqual([]);
  });

  it('imports nothing under content/ or tests/', () => {
    const offending = [...reached]
      .filter(([file]) => /^(content|tests)\//.test(rel(file)))
      .map(([, chain]) => chain.map(rel).join(' → '));
    expect(offending).toEqual([]);
  });

  it('names no path under content/ or tests/ in the code a page runs', () => {
    const offending = [...reached.keys()]
      .filter((file) => existsSync(file) && sourceFile.test(file) && file.startsWith(join(root, 'src') + sep))
      .flatMap((file) => forbiddenPaths(readFileSync(file, 'utf8')).map((path) => `${rel(file)}: ${path}`));
    expect(offending).toEqual([]);
  });

  it('recognises a read of content/ or tests/ and an import of the pipeline when there is one', () => {
    expect(
      forbiddenPaths(`const gold = readFileSync(resolve(process.cwd(), 'tests/gold/instruments.yaml'), 'utf8');`),
    ).toEqual(['tests/gold/instruments.yaml']);
    expect(forbiddenPaths(`loadTaxonomy(join("content", 'taxonomy'))`)).toEqual(['content']);
    expect(forbiddenPaths('import x from `../../../content/taxonomy/roles.yaml`;')).toEqual([
      '../../../content/taxonomy/roles.yaml',
    ]);
    expect(
      forbiddenPaths(`<meta name="description" content={text}> <a href="https://example.org/tests/">x</a>`),
    ).toEqual([]);
    expect(
      forbiddenPaths(
        '/** Reads `tests/gold/instruments.yaml`. */\nconst a = 1; // from content/taxonomy\n<!-- content/x -->',
      ),
    ).toEqual([]);
    expect(
      importsOf(
        `import { a } from '../../pipeline/tag/load-taxonomy.ts';\nimport '../x.ts';\nexport { b } from './y.ts';\nconst c = await import('../eval/z.ts');`,
      ),
    ).toEqual(['../../pipeline/tag/load-taxonomy.ts', '../x.ts', './y.ts', '../eval/z.ts']);
  });
});
