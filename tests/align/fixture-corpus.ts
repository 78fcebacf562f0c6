/**
 * Test helpers: the real corpus (built once) and tiny corpora from fixture
 * files `tests/fixtures/align/<case>/clauses.yaml` (city → clause texts).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { buildCorpus } from '../../src/pipeline/corpus.ts';
import type { Clause, Corpus, PolicyDocument } from '../../src/model/types.ts';

let real: Corpus | undefined;

/** The real documents (5 plans, 10 regulations), built from content/ once per test file. */
export function realCorpus(): Corpus {
  real ??= buildCorpus('content').corpus;
  return real;
}

/** A top-level clause with `text` and no labels; `line` also gives its order. */
export function fixtureClause({
  text,
  line = 1,
  ...where
}: Pick<Clause, 'id' | 'docId' | 'path' | 'text'> & Partial<Pick<Clause, 'headings' | 'number' | 'line'>>): Clause {
  return {
    type: 'clause',
    headings: [],
    number: null,
    title: null,
    text,
    original: text,
    agencies: [],
    agencyNote: null,
    box: null,
    line,
    order: line,
    themes: [],
    objects: [],
    instruments: [],
    strength: null,
    ...where,
  };
}

/** A corpus with one document per city of the fixture, each clause a top-level clause. */
export function fixtureCorpus(name: string): Corpus {
  const cities = parse(readFileSync(`tests/fixtures/align/${name}/clauses.yaml`, 'utf8')) as Record<string, string[]>;
  const template = realCorpus().documents[0];
  return {
    schema: 1,
    documents: Object.entries(cities).map(([city, texts], d): PolicyDocument => {
      const id = `fixture-${d + 1}`;
      const body = texts.map((text, k) =>
        fixtureClause({ id: `${id}-${k + 1}`, docId: id, path: `${k + 1}.`, number: `${k + 1}.`, line: k + 1, text }),
      );
      return {
        ...template,
        meta: { ...template.meta, id, jurisdiction: { ...template.meta.jurisdiction, name: city, pinyin: id } },
        body,
      };
    }),
  };
}
