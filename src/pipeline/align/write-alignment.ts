/**
 * Writes the alignment of a corpus as data a static host can serve at any
 * corpus size: one file per document (`align/<docId>.json`: the
 * counterparts of its clauses, by id and score, with their shared
 * passages as positions in the clause's text), the shared phrases with the method (`phrases.json`), and the
 * clause texts the comparison page diffs in the browser
 * (`text/<docId>.json`). No file grows with the whole corpus's clauses ×
 * counterparts.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from '../../model/types.ts';
import { clausesOf } from '../../model/walk.ts';
import { documentCitation } from '../../model/citation.ts';
import { alignCorpus, peerCorpus, type AlignOptions } from './align-corpus.ts';
import { nationalCounterparts } from './national-peers.ts';
import type { DocumentAlignment, DocumentText, PhraseData, PublishedPassage } from '../../data/schemas/alignment.ts';
import type { Alignment, SharedPassage } from './types.ts';

/** Splits an alignment into per-document files and the phrase file's content. */
export function splitAlignment(
  corpus: Corpus,
  alignment: Alignment,
): { documents: DocumentAlignment[]; phrases: PhraseData } {
  const documents = corpus.documents.map((doc): DocumentAlignment => {
    const counterparts: DocumentAlignment['counterparts'] = {};
    const unlisted: DocumentAlignment['unlisted'] = {};
    for (const clause of clausesOf(doc.body)) {
      // Passages by their place in the clause's text: the page has the text, so the file need not repeat it.
      const at = (passage: SharedPassage): PublishedPassage => {
        const start = clause.text.indexOf(passage.text);
        if (start < 0) throw new Error(`Passage 「${passage.text}」 is not in the text of ${clause.id}`);
        return { at: start, length: passage.text.length, weight: passage.weight };
      };
      counterparts[clause.id] = (alignment.counterparts[clause.id] ?? []).map((list) => ({
        docId: list.docId,
        items: list.items.map((item) => ({ ...item, passages: item.passages.map(at) })),
      }));
      if (alignment.unlisted[clause.id]) unlisted[clause.id] = alignment.unlisted[clause.id];
    }
    return { schema: 1, docId: doc.meta.id, counterparts, unlisted };
  });
  return { documents, phrases: { schema: 1, method: alignment.method, phrases: alignment.phrases } };
}

/**
 * Aligns the local documents with each other and the national ones within
 * their category (with the published settings;
 * `progress` only reports) and writes the files, the texts of every
 * document (national ones too, for the comparison page); returns the paths written.
 */
export function writeAlignment(
  corpus: Corpus,
  outDir: string,
  progress: Pick<AlignOptions, 'onStep' | 'onClause'> = {},
): string[] {
  // National documents get a file too, with their counterparts among national texts of the same category; to local clauses they are sources, listed from the local side.
  const peers = alignCorpus(peerCorpus(corpus), progress);
  const national = nationalCounterparts(corpus);
  const { documents, phrases } = splitAlignment(corpus, {
    ...peers,
    counterparts: { ...peers.counterparts, ...national.counterparts },
    unlisted: { ...peers.unlisted, ...national.unlisted },
  });
  for (const folder of ['align', 'text']) {
    rmSync(join(outDir, folder), { recursive: true, force: true });
    mkdirSync(join(outDir, folder), { recursive: true });
  }
  const written: string[] = [];
  const write = (name: string, data: unknown): void => {
    const path = join(outDir, name);
    writeFileSync(path, `${JSON.stringify(data)}\n`);
    written.push(path);
  };
  rmSync(join(outDir, 'alignment.json'), { force: true });
  write('phrases.json', phrases);
  for (const doc of documents) write(join('align', `${doc.docId}.json`), doc);
  for (const doc of corpus.documents) {
    const clauses: DocumentText['clauses'] = {};
    for (const clause of clausesOf(doc.body))
      clauses[clause.id] = {
        path: clause.path,
        title: clause.title,
        text: clause.text,
        headings: clause.headings,
        ...(clause.role ? { role: clause.role.id } : {}),
      };
    write(join('text', `${doc.meta.id}.json`), {
      schema: 1,
      docId: doc.meta.id,
      citation: documentCitation(doc),
      clauses,
    } satisfies DocumentText);
  }
  return written;
}
