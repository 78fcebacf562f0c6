/**
 * Reads and validates the taxonomy data (`content/taxonomy/themes.yaml`,
 * `objects.yaml` and `instruments.yaml`). A schema error is a configuration error: it throws
 * with every problem listed as `file: entry: problem`, e.g.
 * `content/taxonomy/themes.yaml: labels[2] (protection) › terms › 保护: Expected number, received string`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ZodIssue } from 'zod';
import { taxonomyFileSchema, type TaxonomyFile } from './taxonomy-schema.ts';

/** The three taxonomy files, validated. */
export interface Taxonomy {
  themes: TaxonomyFile;
  objects: TaxonomyFile;
  /** Policy instruments (政策工具), with the strength (力度) section. */
  instruments: TaxonomyFile;
}

/** Error thrown when taxonomy data does not match its schema. */
export class TaxonomyError extends Error {
  override name = 'TaxonomyError';
}

const describe = (issue: ZodIssue, data: unknown): string => {
  const parts = issue.path.map((key, index) => {
    if (index === 1 && issue.path[0] === 'labels' && typeof key === 'number') {
      const id = (data as { labels?: Array<{ id?: unknown }> }).labels?.[key]?.id;
      return `[${key}]${typeof id === 'string' ? ` (${id})` : ''}`;
    }
    return typeof key === 'number' ? `[${key}]` : ` › ${key}`;
  });
  const entry = parts.join('').replace(/^ › /, '') || '(top level)';
  return `${entry}: ${issue.message}`;
};

/** Validates the parsed contents of one taxonomy file; `file` names it in errors. */
export function parseTaxonomyFile(data: unknown, file: string): TaxonomyFile {
  const result = taxonomyFileSchema.safeParse(data);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${file}: ${describe(issue, data)}`);
  throw new TaxonomyError(`Invalid taxonomy data in ${file}; fix these entries:\n${lines.join('\n')}`);
}

/** Reads one YAML taxonomy file and validates it. */
export function readTaxonomyFile(file: string): TaxonomyFile {
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new TaxonomyError(`Cannot read taxonomy data in ${file}: ${(error as Error).message}`);
  }
  return parseTaxonomyFile(data, file);
}

/** Reads `<kind>.yaml` from `dir` and checks that it says `kind: <kind>`. */
function readKind(dir: string, kind: TaxonomyFile['kind']): TaxonomyFile {
  const file = join(dir, `${kind}.yaml`);
  const data = readTaxonomyFile(file);
  if (data.kind !== kind) throw new TaxonomyError(`${file}: kind: Unexpected \`${data.kind}\`, expected \`${kind}\``);
  return data;
}

/** Loads `themes.yaml`, `objects.yaml` and `instruments.yaml` from a taxonomy folder (default `content/taxonomy`). */
export function loadTaxonomy(dir = join('content', 'taxonomy')): Taxonomy {
  const instruments = readKind(dir, 'instruments');
  if (!instruments.strength)
    throw new TaxonomyError(
      `${join(dir, 'instruments.yaml')}: strength: Unexpected missing section, expected the strength levels (binding, directive, encouraging)`,
    );
  return { themes: readKind(dir, 'themes'), objects: readKind(dir, 'objects'), instruments };
}
