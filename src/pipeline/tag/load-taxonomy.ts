/**
 * Reads and validates the taxonomy data (`content/taxonomy/themes.yaml`
 * and `objects.yaml`). A schema error is a configuration error: it throws
 * with every problem listed as `file: entry: problem`, e.g.
 * `content/taxonomy/themes.yaml: labels[2] (protection) › terms › 保护: Expected number, received string`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ZodIssue } from 'zod';
import { taxonomyFileSchema, type TaxonomyFile } from './taxonomy-schema.ts';

/** Both taxonomy files, validated. */
export interface Taxonomy {
  themes: TaxonomyFile;
  objects: TaxonomyFile;
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

/** Loads `themes.yaml` and `objects.yaml` from a taxonomy folder (default `content/taxonomy`). */
export function loadTaxonomy(dir = join('content', 'taxonomy')): Taxonomy {
  const themes = readTaxonomyFile(join(dir, 'themes.yaml'));
  const objects = readTaxonomyFile(join(dir, 'objects.yaml'));
  if (themes.kind !== 'themes') throw new TaxonomyError(`${join(dir, 'themes.yaml')}: kind: Unexpected \`${themes.kind}\`, expected \`themes\``);
  if (objects.kind !== 'objects') throw new TaxonomyError(`${join(dir, 'objects.yaml')}: kind: Unexpected \`${objects.kind}\`, expected \`objects\``);
  return { themes, objects };
}
