/**
 * Reads a small text through the whole pipeline without metadata, as
 * `corpus inspect` does, for structure fixtures: the document and every
 * message with its place.
 */
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import type { Clause, PolicyDocument } from '../../src/model/types.ts';
import { processDocument } from '../../src/pipeline/document.ts';
import { clausesOf } from '../../src/model/walk.ts';

export interface Reading {
  doc: PolicyDocument;
  clauses: Clause[];
  messages: Array<{ line: number | undefined; ruleId: string | undefined; reason: string }>;
}

/** Runs `text` (named `path`: `.md` reads as Markdown) through the pipeline; throws when it cannot finish. */
export function readText(text: string, path = 'fixture.txt'): Reading {
  const file = new VFile({ path });
  try {
    const doc = processDocument({
      id: 'fx',
      bytes: Buffer.from(text),
      meta: null,
      errata: [],
      errataFile: 'errata.yaml',
      file,
    });
    return {
      doc,
      clauses: clausesOf(doc.body),
      messages: file.messages.map((m) => ({ line: m.line, ruleId: m.ruleId, reason: m.reason })),
    };
  } catch (error) {
    if (error instanceof VFileMessage)
      throw new Error(`Pipeline stopped: ${file.messages.map((m) => `${m.line}:${m.column} ${m.reason}`).join('\n')}`, {
        cause: error,
      });
    throw error;
  }
}
