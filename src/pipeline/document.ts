/**
 * One document through every step, in order: decode → remove pinyin
 * glosses → repair mis-decoded spans (and detect what is left) →
 * traditional → simplified → punctuation → preamble and title →
 * structure → ids → conservation proof. Content problems go to the
 * document's VFile with their place; a fatal one stops this document.
 */
import { createHash } from 'node:crypto';
import type { VFile } from 'vfile';
import { applyEdits, identity, position } from '../lib/mapped-text.ts';
import type { PolicyDocument, PreambleBlock, Script } from '../lib/types.ts';
import { checkConservation, offsetOfNonSpace, outputOriginals } from './check/conservation.ts';
import { createDraft, sourcePosition } from './draft.ts';
import type { Erratum } from './errata.ts';
import type { MetaFile } from './metadata.ts';
import { toDocumentMeta } from './metadata.ts';
import { clausesOf, identify } from './structure/identify.ts';
import { classifyLine, type Line } from './structure/lines.ts';
import { findTitle, preambleRole } from './structure/preamble.ts';
import type { StageClock } from './stage-clock.ts';
import { buildBody } from './structure/tree.ts';
import { decode } from './text/decode.ts';
import { repairMisDecodedSpans, reportMisDecoding } from './text/mis-decoding.ts';
import { removePinyinGlosses } from './text/pinyin-glosses.ts';
import { punctuationEdits } from './text/punctuation.ts';
import { residualTraditional, simplifyText } from './text/simplify.ts';

export interface DocumentInput {
  id: string;
  bytes: Uint8Array;
  /** Validated metadata, or null for a document being inspected. */
  meta: MetaFile | null;
  errata: readonly Erratum[];
  errataFile: string;
  file: VFile;
  /** Receives the end of each stage, for the benchmark. */
  clock?: StageClock;
}

/** Guesses the script of a text without metadata: traditional when many characters convert. */
function guessScript(text: string): Script {
  const han = text.match(/\p{Script=Han}/gu) ?? [];
  const sample = han.slice(0, 5000).join('');
  return residualTraditional(sample).length > 20 ? 'Hant' : 'Hans';
}

/** Runs the whole pipeline on one document. Throws the VFile's fatal message when it cannot finish. */
export function processDocument(input: DocumentInput): PolicyDocument {
  const { file, meta } = input;
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  if (meta && meta.source.sha256 !== sha256) {
    file.fail(
      `Unexpected source checksum ${sha256.slice(0, 12)}…, expected ${meta.source.sha256.slice(0, 12)}… from meta.yaml. ` +
        'Sources are never edited: restore the file, or record the new source’s checksum after checking it.',
      { place: { line: 1, column: 1 }, ruleId: 'checksum', source: 'sources' },
    );
  }
  const decoded = decode(input.bytes, file);
  const draft = createDraft(file, decoded.text);

  removePinyinGlosses(draft);
  repairMisDecodedSpans(draft, input.errata, input.errataFile);
  reportMisDecoding(draft, input.errata, input.errataFile);
  if (file.messages.some((message) => message.fatal)) {
    file.fail('Stopped: the text still has mis-decoded spans (see the messages above)', { ruleId: 'stopped', source: 'mis-decoding' });
  }
  input.clock?.('decode+repair');

  const repaired = draft.repaired.text;
  const script = meta?.script ?? guessScript(repaired);
  const simplified = script === 'Hant' ? simplifyText(repaired, file) : repaired;
  // Simplification keeps every character in place, so the map starts as identity.
  const normalized = applyEdits(identity(simplified), punctuationEdits(simplified));
  const original = (start: number, end: number): string => repaired.slice(normalized.map[start], normalized.map[end]);

  const lines: Line[] = [];
  let offset = 0;
  for (const text of normalized.text.split('\n')) {
    const start = offset;
    offset += text.length + 1;
    if (text.trim() === '') continue;
    const no = position(draft.baseLineStarts, draft.repaired.map[normalized.map[start]]).line;
    lines.push({ no, text, start, end: start + text.length });
  }
  if (lines.length === 0) file.fail('Unexpected file without text', { place: { line: 1, column: 1 }, ruleId: 'empty', source: 'structure' });
  input.clock?.('normalize');

  const title = findTitle(lines, meta?.title ?? null);
  if (meta && title.index === 0 && title.span === 1 && lines[0].text.replace(/\s/g, '') !== meta.title.replace(/\s/g, '')) {
    file.message(`Title “${meta.title}” from meta.yaml not found in the text; using the first line as the title`, {
      place: { line: lines[0].no, column: 1 }, ruleId: 'title', source: 'preamble',
    });
  }
  const preamble: PreambleBlock[] = lines.slice(0, title.index).map((line, i, all) => ({
    role: preambleRole(line.text, all[i + 1]?.text),
    text: line.text,
    original: original(line.start, line.end),
    line: line.no,
  }));
  const titleLines = lines.slice(title.index, title.index + title.span);
  const bodyLines = lines.slice(title.index + title.span).map(classifyLine);

  const docId = meta?.id ?? input.id;
  const body = buildBody(bodyLines, { docId, file, repairs: draft.repairs, original });
  identify(docId, body);
  const clauses = clausesOf(body);
  if (!bodyLines.some((line) => line.kind === 'heading') && bodyLines.length > 0) {
    file.message('No recognizable headings (一、 （一） 1. （1）): every paragraph becomes a clause in order', {
      place: { line: bodyLines[0].no, column: 1 }, ruleId: 'no-headings', source: 'structure',
    });
  }

  const doc: PolicyDocument = {
    meta: meta ? toDocumentMeta(meta) : placeholderMeta(docId, titleLines.map((l) => l.text).join(''), script),
    source: { file: meta?.source.file ?? input.id, sha256 },
    title: titleLines.map((line) => line.text).join(''),
    titleOriginal: original(titleLines[0].start, titleLines.at(-1)!.end),
    preamble,
    body,
    repairs: draft.repairs,
    stats: {
      sourceBytes: input.bytes.length,
      sourceChars: decoded.text.length,
      encoding: decoded.encoding,
      glossesRemoved: draft.repairs.filter((r) => r.kind === 'gloss').length,
      spansRepaired: draft.repairs.filter((r) => r.kind === 'mis-decoding').length,
      sections: countSections(body),
      clauses: clauses.length,
      tables: body.flatMap(flatten).filter((n) => n.type === 'table').length,
      boxes: body.flatMap(flatten).filter((n) => n.type === 'box').length,
      agencies: clauses.reduce((sum, clause) => sum + clause.agencies.length, 0),
    },
  };

  const proof = checkConservation(repaired, outputOriginals(doc));
  if (!proof.ok) {
    const at = offsetOfNonSpace(repaired, proof.offset);
    file.fail(
      `Conservation failed: the output has “${proof.actual}” where the source has “${proof.expected}”. ` +
        'A character was lost or doubled by a structure step; this is a bug in the pipeline.',
      { place: sourcePosition(draft, Math.min(at, repaired.length - 1)), ruleId: 'conservation', source: 'conservation' },
    );
  }
  input.clock?.('structure');
  return doc;
}

type AnyNode = PolicyDocument['body'][number];

function flatten(node: AnyNode): AnyNode[] {
  return node.type === 'section' ? [node, ...node.children.flatMap(flatten)] : [node];
}

function countSections(body: readonly AnyNode[]): number {
  return body.flatMap(flatten).filter((node) => node.type === 'section').length;
}

/** Metadata for a document inspected without a meta.yaml: only what the text shows. */
function placeholderMeta(id: string, title: string, script: Script): PolicyDocument['meta'] {
  return {
    id,
    city: { zh: '（未知）', pinyin: '' },
    parentCity: null,
    province: null,
    level: '地级市',
    title,
    issuers: [],
    docNumber: null,
    date: null,
    genre: '实施意见',
    targetYears: [],
    script,
    provenance: 'Inspected without metadata.',
  };
}
