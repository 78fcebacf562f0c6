/**
 * One document through every step, in order: decode → remove pinyin
 * glosses → repair mis-decoded spans (and detect what is left) →
 * traditional → simplified → punctuation → preamble and title →
 * structure → ids → conservation proof. Content problems go to the
 * document's VFile with their place; a fatal one stops this document.
 */
import { createHash } from 'node:crypto';
import type { VFile } from 'vfile';
import { applyEdits, identity, position } from './mapped-text.ts';
import type { DatedEvent, PolicyDocument, PreambleBlock, Script } from '../model/types.ts';
import { checkConservation, offsetOfNonSpace, outputOriginals } from './check/conservation.ts';
import { createDraft, sourcePosition, type Draft } from './draft.ts';
import type { Erratum } from './errata.ts';
import type { MetaFile } from './metadata.ts';
import { guessGenre, toDocumentMeta } from './metadata.ts';
import { clausesOf, nodesOf } from '../model/walk.ts';
import { identify } from './structure/identify.ts';
import { classifyLine, type Line } from './structure/lines.ts';
import { checkStructure } from './structure/check-structure.ts';
import { closingRole, closingStart } from './structure/closing.ts';
import { isHistoryLine, parseHistory, sortHistory } from './structure/history.ts';
import { joinBrokenLines } from './structure/join-lines.ts';
import { buildLegalBody } from './structure/legal-tree.ts';
import { findTitle, preambleRole, titleKey } from './structure/preamble.ts';
import type { StageClock } from './stage-clock.ts';
import { buildBody } from './structure/tree.ts';
import { decode } from './text/decode.ts';
import { readMarkdown, type MarkdownReading } from './text/markdown.ts';
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

/** Markdown when the file is named so (`.md`); any other file is plain text, read character by character. */
export function sourceFormat(path: string): 'text' | 'markdown' {
  return /\.(md|markdown)$/i.test(path) ? 'markdown' : 'text';
}

/** Whether a plain-text file reads like Markdown: a `# ` title line or an HTML comment line near its start. */
function looksLikeMarkdown(text: string): boolean {
  const head = text.slice(0, 4000);
  return /^#{1,6} +\S/m.test(head) && /^<!--.*-->\s*$/m.test(head);
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
  const format = sourceFormat(meta?.source.file ?? file.path);
  const markdown = format === 'markdown' ? removeMarkup(draft) : null;
  if (format === 'text' && looksLikeMarkdown(decoded.text)) {
    file.message('这份纯文本像 Markdown（有 `# ` 标题行和 HTML 注释行），`#` 和注释都按原文字符保留；如果它是 Markdown，请把文件名改为 .md（Unexpected Markdown in a .txt source）', {
      place: { line: 1, column: 1 }, ruleId: 'markdown-in-text', source: 'markdown',
    });
  }

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

  const titleLine = markdown ? [...markdown.headings].find(([, depth]) => depth === 1)?.[0] ?? null : null;
  const title = findTitle(lines, meta?.title ?? null, titleLine);
  if (meta && title.index === 0 && title.span === 1 && titleKey(lines[0].text) !== titleKey(meta.title)) {
    file.message(`Title “${meta.title}” from meta.yaml not found in the text; using the first line as the title`, {
      place: { line: lines[0].no, column: 1 }, ruleId: 'title', source: 'preamble',
    });
  }
  const block = (role: PreambleBlock['role'], line: Line): PreambleBlock => ({ role, text: line.text, original: original(line.start, line.end), line: line.no });
  const preamble: PreambleBlock[] = lines.slice(0, title.index).map((line, i, all) => block(preambleRole(line.text, all[i + 1]?.text), line));
  const titleLines = lines.slice(title.index, title.index + title.span);
  const afterTitle = lines.slice(title.index + title.span);
  const historyCount = frontMatterLength(afterTitle, markdown?.comments);
  preamble.push(...afterTitle.slice(0, historyCount).map((line) => block(isHistoryLine(line.text) ? 'history' : 'note', line)));
  const history = sortHistory(afterTitle.slice(0, historyCount).flatMap((line) => parseHistory(line.text)));

  const docId = meta?.id ?? input.id;
  const classified = joinBrokenLines(afterTitle.slice(historyCount).map(classifyLine), draft.repairs);
  const closingAt = closingStart(classified);
  const closing = classified.slice(closingAt).map((line) => block(closingRole(line.text) ?? 'note', line));
  const bodyLines = classified.slice(0, closingAt);
  const ctx = { docId, file, repairs: draft.repairs, original };
  const legal = bodyLines.filter((line) => line.kind === 'article').length >= 2;
  const body = legal ? buildLegalBody(bodyLines, ctx) : buildBody(bodyLines, ctx);
  identify(docId, body);
  const clauses = clausesOf(body);
  checkStructure({ file, lines: bodyLines, body, legal, preamble });

  const count = (type: string): number => [...nodesOf(body)].filter((node) => node.type === type).length;
  const doc: PolicyDocument = {
    meta: meta ? toDocumentMeta(meta) : placeholderMeta(docId, titleLines.map((l) => l.text).join(''), script, history),
    source: { file: meta?.source.file ?? input.id, sha256, format, name: meta?.source.name ?? null, url: meta?.source.url ?? null },
    title: titleLines.map((line) => line.text).join(''),
    titleOriginal: original(titleLines[0].start, titleLines.at(-1)!.end),
    titleLine: titleLines[0].no,
    preamble,
    history,
    body,
    closing,
    repairs: draft.repairs,
    stats: {
      sourceBytes: input.bytes.length,
      sourceChars: decoded.text.length,
      encoding: decoded.encoding,
      glossesRemoved: draft.repairs.filter((r) => r.kind === 'gloss').length,
      spansRepaired: draft.repairs.filter((r) => r.kind === 'mis-decoding').length,
      sections: count('section'),
      clauses: clauses.length,
      articles: clauses.filter((clause) => clause.parts).length,
      tables: count('table'),
      boxes: count('box'),
      agencies: clauses.reduce((sum, clause) => sum + clause.agencies.length, 0),
      markup: markdown?.removed ?? {},
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

/** Takes the Markdown markup out of the draft (it is markup, not a repair) and reports what cannot be read as text. */
function removeMarkup(draft: Draft): MarkdownReading {
  const reading = readMarkdown(draft.repaired.text);
  for (const problem of reading.problems) {
    draft.file.message(problem.message, { place: { line: problem.line, column: problem.column }, ruleId: problem.ruleId, source: 'markdown' });
  }
  draft.repaired = applyEdits(draft.repaired, reading.edits);
  return reading;
}

/**
 * How many lines after the title are front matter: in a Markdown source
 * everything above its `<!-- INFO END -->` comment; otherwise the run of
 * history lines (…通过, …批准, …施行) right under the title.
 */
function frontMatterLength(lines: readonly Line[], comments: MarkdownReading['comments'] | undefined): number {
  const end = comments?.find((c) => c.text === 'INFO END');
  if (end) return lines.filter((line) => line.no < end.line).length;
  let n = 0;
  while (n < lines.length && isHistoryLine(lines[n].text)) n++;
  return n;
}

/** Metadata for a document inspected without a meta.yaml: only what the text shows. */
function placeholderMeta(id: string, title: string, script: Script, dates: DatedEvent[]): PolicyDocument['meta'] {
  return {
    id,
    title,
    jurisdiction: { name: '（未知）', pinyin: 'Unknown', level: '地级市', parent: null, province: null },
    genre: guessGenre(title) ?? '意见',
    issuers: [],
    docNumber: null,
    dates,
    status: null,
    targetYears: [],
    script,
    work: null,
    provenance: '未附元数据，仅检查文本。',
  };
}
