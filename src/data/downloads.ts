/**
 * How the whole-corpus downloads are named when published: `corpus.json.gz`
 * and `clauses.csv.gz`, uncompressed too while under a static host's file
 * limit, and in volumes (`corpus-1.json.gz`, `corpus-2.json.gz`…) when even
 * the compressed file is over it. The writer and the reader share these
 * names, so a page links exactly the files the build wrote.
 *
 * Example: `volumeName('corpus.json', 2)` → `corpus-2.json.gz`.
 */
import { existsSync, readdirSync } from 'node:fs';

/** The largest file a static host accepts (25 MB on the strictest common hosts). */
export const hostFileLimit = 25_000_000;

/** Whole-corpus downloads: always compressed, uncompressed too while under `hostFileLimit`. */
export const wholeCorpusFiles = ['corpus.json', 'clauses.csv'] as const;

/** One whole-corpus download. */
export type WholeCorpusFile = (typeof wholeCorpusFiles)[number];

/** `corpus.json`, 2 → `corpus-2.json.gz`. */
export function volumeName(name: string, n: number): string {
  const dot = name.lastIndexOf('.');
  return `${name.slice(0, dot)}-${n}${name.slice(dot)}.gz`;
}

/** Matches the volumes of one whole-corpus file (`corpus-3.json.gz`). */
export function volumePattern(name: string): RegExp {
  const dot = name.lastIndexOf('.');
  return new RegExp(`^${name.slice(0, dot)}-\\d+\\${name.slice(dot)}\\.gz$`);
}

/** The compressed files of one whole-corpus download as published in `dataDir`: `['corpus.json.gz']`, or its volumes in order. */
export function compressedFiles(dataDir: string, name: WholeCorpusFile): string[] {
  if (!existsSync(dataDir)) return [];
  const files = readdirSync(dataDir);
  if (files.includes(`${name}.gz`)) return [`${name}.gz`];
  const number = (file: string): number => Number(/-(\d+)\./.exec(file)![1]);
  return files.filter((file) => volumePattern(name).test(file)).sort((a, b) => number(a) - number(b));
}
