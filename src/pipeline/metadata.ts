/**
 * Document metadata: `content/documents/<id>/meta.yaml`, validated by a
 * schema at build. What the text does not state stays null or empty and
 * the site shows it as unknown; nothing is filled in by guess.
 */
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import type { DocumentMeta } from '../lib/types.ts';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(
    (value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
    'not a real calendar date; write the date the text states as YYYY-MM-DD (e.g. 2021-12-22), or null when it states none',
  );

export const metaSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'expected a lower-case, URL-safe id'),
    city: z.object({ zh: z.string().min(1), pinyin: z.string().min(1) }).strict(),
    parentCity: z.string().nullable().default(null),
    province: z.string().nullable(),
    level: z.enum(['直辖市', '地级市', '市辖区']),
    title: z.string().min(1),
    issuers: z.array(z.string().min(1)),
    docNumber: z.string().nullable(),
    date: isoDate.nullable(),
    genre: z.enum(['实施意见', '行动方案', '规划', '实施方案']),
    targetYears: z.array(z.number().int().min(1949).max(2100)),
    script: z.enum(['Hans', 'Hant']),
    provenance: z.string().min(1),
    source: z.object({ file: z.string().min(1), sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 hex digest') }).strict(),
  })
  .strict();

export type MetaFile = z.infer<typeof metaSchema>;

/** A metadata problem with the line and column of the offending field. */
export interface MetaProblem {
  message: string;
  line: number;
  column: number;
}

/** Result of parsing a metadata file. */
export interface ParsedMeta {
  meta: MetaFile | null;
  problems: MetaProblem[];
  /** Line and column of a field (e.g. `['city', 'zh']`), or of the file start when absent. */
  placeOf(path: readonly (string | number)[]): { line: number; column: number };
}

/** Parses and validates a metadata file; problems name the field and its place. */
export function parseMeta(yamlText: string): ParsedMeta {
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter });
  const placeOf = (path: readonly (string | number)[]): { line: number; column: number } => {
    const node = doc.getIn(path, true) as { range?: [number, number] } | undefined;
    const parentNode = doc.getIn(path.slice(0, -1), true) as { range?: [number, number] } | undefined;
    const pos = counter.linePos(node?.range?.[0] ?? parentNode?.range?.[0] ?? 0);
    return { line: pos.line, column: pos.col };
  };
  if (doc.errors.length) {
    return {
      meta: null,
      placeOf,
      problems: doc.errors.map((error) => ({
        message: `Invalid YAML: ${error.message.split('\n')[0]}`,
        line: error.linePos?.[0].line ?? 1,
        column: error.linePos?.[0].col ?? 1,
      })),
    };
  }
  const result = metaSchema.safeParse(doc.toJS());
  if (result.success) return { meta: result.data, problems: [], placeOf };
  return {
    meta: null,
    placeOf,
    problems: result.error.issues.map((issue) => {
      const { line, column } = placeOf(issue.path);
      const field = issue.path.join('.') || '(root)';
      const what =
        issue.code === 'invalid_type' && issue.received === 'undefined'
          ? `missing required field “${field}”; add it to meta.yaml (null or [] when the text does not say)`
          : `field “${field}”: ${issue.message}`;
      return { message: `Unexpected metadata, ${what}`, line, column };
    }),
  };
}

/** The metadata the corpus publishes (the source block lives on the document). */
export function toDocumentMeta(meta: MetaFile): DocumentMeta {
  const { source: _source, ...rest } = meta;
  return rest;
}
