/** The five real documents, built once per test file. */
import { buildCorpus, type CorpusRun } from '../../src/pipeline/corpus.ts';
import { clausesOf } from '../../src/model/walk.ts';
import type { Clause, PolicyDocument } from '../../src/model/types.ts';

let run: CorpusRun | undefined;

export function realCorpus(): CorpusRun {
  run ??= buildCorpus('content');
  return run;
}

export function realDocument(id: string): PolicyDocument {
  const doc = realCorpus().corpus.documents.find((d) => d.meta.id === id);
  if (!doc) throw new Error(`document ${id} not built`);
  return doc;
}

export function realClauses(id: string): Clause[] {
  return clausesOf(realDocument(id).body);
}
