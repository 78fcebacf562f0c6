/**
 * Document metadata: `content/documents/<id>/meta.yaml`, validated by a
 * schema at build. What the text does not state stays null or empty and
 * the site shows it as unknown; nothing is filled in by guess.
 */
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { documentCategory, genres } from '../model/document-meta.ts';
import type { DateEvent, DocumentMeta, Genre, JurisdictionLevel, LegalCategory } from '../model/types.ts';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(
    (value) =>
      !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
    'not a real calendar date; write the date the text states as YYYY-MM-DD (e.g. 2021-12-22), or null when it states none',
  );

const categories = [
  '法律',
  '行政法规',
  '司法解释',
  '部门规章',
  '地方性法规',
  '地方政府规章',
  '政策文件',
] as const satisfies readonly LegalCategory[];

const levels = [
  '国家',
  '省',
  '自治区',
  '直辖市',
  '特别行政区',
  '地级市',
  '自治州',
  '地区',
  '盟',
  '县级市',
  '市辖区',
  '县',
  '自治县',
  '旗',
] as const satisfies readonly JurisdictionLevel[];

const events = ['印发', '发布', '公布', '通过', '批准', '修正', '修订', '施行'] as const satisfies readonly DateEvent[];

/** Levels whose jurisdiction has no parent (the state) or the state as parent (provincial level). */
const topLevels: readonly JurisdictionLevel[] = ['国家', '省', '自治区', '直辖市', '特别行政区'];

const jurisdictionSchema = z
  .object({
    name: z.string().min(1),
    pinyin: z
      .string()
      .regex(/^[A-Za-z][A-Za-z ]*$/, 'expected the pinyin of the name without its level suffix, e.g. Guangdong'),
    level: z.enum(levels),
    parent: z.string().min(1).nullable(),
    province: z.string().min(1).nullable(),
  })
  .strict()
  .superRefine((j, ctx) => {
    if (topLevels.includes(j.level) && j.parent !== null) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['parent'],
        message: `a ${j.level} has no parent jurisdiction; write null`,
      });
    }
    if (!topLevels.includes(j.level) && j.parent === null) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['parent'],
        message: `a ${j.level} lies in a jurisdiction above it; name it (e.g. 浙江省 for 宁波市, 洛阳市 for 洛龙区)`,
      });
    }
    if (j.level === '国家' ? j.province !== null : j.province === null) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['province'],
        message:
          j.level === '国家'
            ? 'the state lies in no province; write null'
            : 'name the provincial-level jurisdiction (itself for a province)',
      });
    }
  });

export const metaSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'expected a lower-case, URL-safe id'),
    title: z.string().min(1),
    jurisdiction: jurisdictionSchema,
    genre: z.enum(genres),
    /** 效力类别; leave it out where genre, level and issuer already say it (see documentCategory). */
    category: z.enum(categories).nullable().optional(),
    issuers: z.array(z.string().min(1)),
    docNumber: z.string().nullable(),
    dates: z.array(
      z.object({ event: z.enum(events), date: isoDate, by: z.string().min(1).nullable().default(null) }).strict(),
    ),
    status: z.enum(['现行有效', '已修订', '已废止', '尚未施行']).nullable(),
    targetYears: z.array(z.number().int().min(1949).max(2100)),
    script: z.enum(['Hans', 'Hant']),
    work: z
      .string()
      .regex(/^[a-z][a-z0-9-]*$/, 'expected a lower-case, URL-safe work id shared by the versions of one text')
      .nullable()
      .default(null),
    provenance: z.string().min(1),
    source: z
      .object({
        file: z.string().min(1),
        sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 hex digest'),
        /** The collection or site the file was taken from; null when not known. */
        name: z.string().min(1).nullable().default(null),
        /** The file's address there, or the official page of the text; null when not known. */
        url: z.string().url('expected an absolute URL (https://…)').nullable().default(null),
        /**
         * The file as published (a web page, a .docx, a PDF), kept byte for
         * byte beside `file`, which then holds the text extracted from it by
         * `corpus add`; null when `file` is itself the source as published.
         */
        original: z
          .object({
            file: z.string().min(1),
            sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 hex digest'),
            /** How many lines at the top of `file` are the page's chrome (navigation, footer, share bar, page numbers), kept as the preamble. */
            pageLines: z.number().int().min(0).default(0),
          })
          .strict()
          .nullable()
          .default(null),
      })
      .strict(),
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

/** Genres by the word a title ends with, longest first: `…实施细则` before `…细则`. */
const genreEndings = [...genres].sort((a, b) => b.length - a.length);

/**
 * The genre a title names itself by (`广东省知识产权保护条例` → 条例,
 * `洛龙区知识产权强区行动方案` → 行动方案), or null when it names none of them.
 * A national law's title ends in 法: `中华人民共和国专利法` → 法律.
 */
export function guessGenre(title: string): Genre | null {
  const plain = title.replace(/[（(][^）)]*[）)]$/, '').trim();
  const found = genreEndings.find((genre) => plain.endsWith(genre));
  if (found) return found;
  return /^中华人民共和国\S*法$/.test(plain) ? '法律' : null;
}

/** The metadata the corpus publishes (the source block lives on the document). */
export function toDocumentMeta(meta: MetaFile): DocumentMeta {
  const { source: _source, category, ...rest } = meta;
  return { ...rest, category: category ?? documentCategory(meta) };
}

/** The publishing source of a document as the corpus keeps it. */
export type SourceInfo = MetaFile['source'];
