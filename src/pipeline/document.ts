/**
 * One document through every step, in the order `steps` lists them:
 * decode → Markdown markup out → pinyin glosses → mis-decoded spans →
 * traditional → simplified → punctuation → lines → title and preamble →
 * history → line classes and joins → closing → structure → ids → checks →
 * the document → conservation proof. Content problems go to the
 * document's VFile with their place; a fatal one stops this document.
 */
import { createHash } from 'node:crypto';
import type { VFile } from 'vfile';
import { applyEdits, identity, position, type MappedText } from './mapped-text.ts';
import type { BodyNode, DatedEvent, PolicyDocument, PreambleBlock, Script } from '../model/types.ts';
import { checkConservation, offsetOfNonSpace, outputOriginals } from './check/conservation.ts';
import { createDraft, sourcePosition, type Draft } from './draft.ts';
import type { Erratum } from './errata.ts';
import type { MetaFile } from './metadata.ts';
import { guessGenre, toDocumentMeta } from './metadata.ts';
import { clausesOf, nodesOf } from '../model/walk.ts';
import { identify } from './structure/identify.ts';
import { classifyLine, type ClassifiedLine, type Line } from './structure/lines.ts';
import { checkStructure } from './structure/check-structure.ts';
import { closingRole, closingStart } from './structure/closing.ts';
import { isHistoryLine, readHistoryLines } from './structure/history.ts';
import { isInfoTableLine } from './structure/info-table.ts';
import { joinBrokenLines } from './structure/join-lines.ts';
import { readLegalHeadings } from './structure/legal-headings.ts';
import { buildLegalBody } from './structure/legal-tree.ts';
import { findTitle, preambleRole, titleKey } from './structure/preamble.ts';
import type { Stage, StageClock } from './stage-clock.ts';
import { buildBody } from './structure/tree.ts';
import { decode, type Decoded } from './text/decode.ts';
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
  /** Without metadata: the title a saved page or document marks as its own (`<h1>`, a Heading 1), to find among the first lines. */
  titleHint?: string | null;
  /** Without metadata: how many source lines at the top are a page's chrome (`source.original.pageLines` with metadata). */
  pageLines?: number;
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

/**
 * The state of one document while its steps run; each step reads what
 * the steps before it left and adds its own part. Fields are set in step
 * order (the definite assignments below say so).
 */
class DocumentRun {
  readonly input: DocumentInput;
  readonly file: VFile;
  readonly meta: MetaFile | null;
  readonly docId: string;
  sha256!: string;
  decoded!: Decoded;
  draft!: Draft;
  format!: 'text' | 'markdown';
  markdown: MarkdownReading | null = null;
  script!: Script;
  /** The repaired source text, what the conservation proof checks the output against. */
  repaired!: string;
  normalized!: MappedText;
  lines: Line[] = [];
  titleLines: Line[] = [];
  afterTitle: Line[] = [];
  preamble: PreambleBlock[] = [];
  history: DatedEvent[] = [];
  classified: ClassifiedLine[] = [];
  bodyLines: ClassifiedLine[] = [];
  closing: PreambleBlock[] = [];
  legal = false;
  body: BodyNode[] = [];
  doc!: PolicyDocument;

  constructor(input: DocumentInput) {
    this.input = input;
    this.file = input.file;
    this.meta = input.meta;
    this.docId = input.meta?.id ?? input.id;
  }

  /** The repaired source text behind a range of the normalized text. */
  original = (start: number, end: number): string =>
    this.repaired.slice(this.normalized.map[start], this.normalized.map[end]);

  block(role: PreambleBlock['role'], line: Line): PreambleBlock {
    return { role, text: line.text, original: this.original(line.start, line.end), line: line.no };
  }
}

type Step = (run: DocumentRun) => void;

/**
 * The steps of one document, in order, one line each; the name after a
 * step is the benchmark stage it ends. Reordering or adding a step is a
 * one-line change here; readers are told the steps by `pipelineSteps`
 * (./steps.ts, published in the catalogue), which names them in Chinese
 * at the grain a reader tells apart — change it with a step readers would
 * notice.
 */
const steps: ReadonlyArray<readonly [Step, Stage?]> = [
  [checkChecksum], // the bytes are the ones meta.yaml recorded
  [decodeBytes], // UTF-8/16, GB18030, Big5 → text with \n line ends
  [takeOutMarkup], // Markdown marks and comments are markup, not text
  [(run) => removePinyinGlosses(run.draft)], // 區(qū) → 區
  [repairSpans, 'decode+repair'], // mis-decoded GBK spans, from the bytes or errata.yaml
  [simplify], // traditional → simplified, the original kept
  [normalizePunctuation], // ，：；（） in Chinese context, spaces out
  [splitLines, 'normalize'], // non-blank lines with their source line numbers
  [readTitleAndPreamble], // the title, and what stands before it
  [readHistory], // …通过/批准/修正/施行 under the title → preamble and dated events
  [readBodyHead], // the title again, a 文号, a reply's addressees → preamble
  [
    (run) =>
      (run.classified = joinBrokenLines(
        readLegalHeadings(run.afterTitle.map(classifyLine), run.markdown?.headings, run.file, run.draft.repairs),
        run.draft.repairs,
      )),
  ], // what each line is, a law's unnumbered headings too; broken sentences joined
  [readClosing], // 落款 and （此件公开发布） at the end
  [buildStructure], // 编/章/节/条/款/项, or 一、/（一）/1./专栏/tables
  [(run) => identify(run.docId, run.body)], // ids, citable paths, heading chains
  [
    (run) =>
      checkStructure({
        file: run.file,
        lines: run.bodyLines,
        body: run.body,
        legal: run.legal,
        preamble: run.preamble,
      }),
  ], // numbering and misreading
  [assemble], // the document with its metadata and stats
  [proveConservation, 'structure'], // every character once, in order
];

/** Runs the whole pipeline on one document. Throws the VFile's fatal message when it cannot finish. */
export function processDocument(input: DocumentInput): PolicyDocument {
  const run = new DocumentRun(input);
  for (const [step, stage] of steps) {
    step(run);
    if (stage) input.clock?.(stage);
  }
  return run.doc;
}

function checkChecksum(run: DocumentRun): void {
  run.sha256 = createHash('sha256').update(run.input.bytes).digest('hex');
  if (run.meta && run.meta.source.sha256 !== run.sha256) {
    run.file.fail(
      `Unexpected source checksum ${run.sha256.slice(0, 12)}…, expected ${run.meta.source.sha256.slice(0, 12)}… from meta.yaml. ` +
        'Sources are never edited: restore the file, or record the new source’s checksum after checking it.',
      { place: { line: 1, column: 1 }, ruleId: 'checksum', source: 'sources' },
    );
  }
}

function decodeBytes(run: DocumentRun): void {
  run.decoded = decode(run.input.bytes, run.file);
  run.draft = createDraft(run.file, run.decoded.text);
  run.format = sourceFormat(run.meta?.source.file ?? run.file.path);
}

function takeOutMarkup(run: DocumentRun): void {
  if (run.format === 'markdown') run.markdown = removeMarkup(run.draft);
  else if (looksLikeMarkdown(run.decoded.text)) {
    run.file.message(
      '这份纯文本像 Markdown（有 `# ` 标题行和 HTML 注释行），`#` 和注释都按原文字符保留；如果它是 Markdown，请把文件名改为 .md（Unexpected Markdown in a .txt source）',
      {
        place: { line: 1, column: 1 },
        ruleId: 'markdown-in-text',
        source: 'markdown',
      },
    );
  }
}

function repairSpans(run: DocumentRun): void {
  repairMisDecodedSpans(run.draft, run.input.errata, run.input.errataFile);
  reportMisDecoding(run.draft, run.input.errata, run.input.errataFile);
  if (run.file.messages.some((message) => message.fatal)) {
    run.file.fail('Stopped: the text still has mis-decoded spans (see the messages above)', {
      ruleId: 'stopped',
      source: 'mis-decoding',
    });
  }
  run.repaired = run.draft.repaired.text;
}

function simplify(run: DocumentRun): void {
  run.script = run.meta?.script ?? guessScript(run.repaired);
  // Simplification keeps every character in place, so the map stays the identity.
  run.normalized = identity(run.script === 'Hant' ? simplifyText(run.repaired, run.file) : run.repaired);
}

function normalizePunctuation(run: DocumentRun): void {
  run.normalized = applyEdits(run.normalized, punctuationEdits(run.normalized.text));
}

function splitLines(run: DocumentRun): void {
  const { draft, normalized } = run;
  let offset = 0;
  for (const text of normalized.text.split('\n')) {
    const start = offset;
    offset += text.length + 1;
    if (text.trim() === '') continue;
    const no = position(draft.baseLineStarts, draft.repaired.map[normalized.map[start]]).line;
    run.lines.push({ no, text, start, end: start + text.length });
  }
  if (run.lines.length === 0)
    run.file.fail('Unexpected file without text', {
      place: { line: 1, column: 1 },
      ruleId: 'empty',
      source: 'structure',
    });
}

function readTitleAndPreamble(run: DocumentRun): void {
  const { lines, meta, markdown } = run;
  const titleLine = markdown ? ([...markdown.headings].find(([, depth]) => depth === 1)?.[0] ?? null) : null;
  // Lines of a page's chrome (navigation, footer, page numbers) that extraction put at the top of the text.
  const pageLines = meta?.source.original?.pageLines ?? run.input.pageLines ?? 0;
  const chrome = lines.filter((line) => line.no <= pageLines).length;
  const found = findTitle(lines.slice(chrome), meta?.title ?? null, titleLine, run.input.titleHint ?? null);
  const title = { index: found.index + chrome, span: found.span };
  if (meta && found.index === 0 && title.span === 1 && titleKey(lines[title.index].text) !== titleKey(meta.title)) {
    run.file.message(`Title “${meta.title}” from meta.yaml not found in the text; using the first line as the title`, {
      place: { line: lines[title.index].no, column: 1 },
      ruleId: 'title',
      source: 'preamble',
    });
  }
  run.preamble = lines
    .slice(0, title.index)
    .map((line, i, all) => run.block(i < chrome ? 'page' : preambleRole(line.text, all[i + 1]?.text), line));
  run.titleLines = lines.slice(title.index, title.index + title.span);
  run.afterTitle = lines.slice(title.index + title.span);
}

function readHistory(run: DocumentRun): void {
  const count = frontMatterLength(run.afterTitle, run.markdown?.comments);
  const front = run.afterTitle.slice(0, count);
  const read = readHistoryLines(front.map((line) => line.text));
  run.preamble.push(
    ...front.map((line, i) =>
      run.block(
        read.history[i]
          ? 'history'
          : isInfoTableLine(line.text)
            ? 'record'
            : preambleRole(line.text, undefined) === 'doc-number'
              ? 'doc-number'
              : 'note',
        line,
      ),
    ),
  );
  run.history = read.events;
  run.afterTitle = run.afterTitle.slice(count);
}

/**
 * What opens the body before its text: the title written again
 * (`最高人民法院` / `关于…的规定`), a 文号 under it, and a reply's addressees
 * (`上海市高级人民法院：`, its 主送) belong to the preamble, not to the clauses.
 */
function readBodyHead(run: DocumentRun): void {
  const repeated = repeatedTitle(run.afterTitle, titleKey(run.titleLines.map((line) => line.text).join('')));
  run.preamble.push(...run.afterTitle.slice(0, repeated).map((line) => run.block('title', line)));
  run.afterTitle = run.afterTitle.slice(repeated);
  const numbers = run.afterTitle.findIndex((line) => preambleRole(line.text, undefined) !== 'doc-number');
  const numberLines = numbers < 0 ? 0 : numbers;
  run.preamble.push(...run.afterTitle.slice(0, numberLines).map((line) => run.block('doc-number', line)));
  run.afterTitle = run.afterTitle.slice(numberLines);
  // Only a line that names a body (…法院：) is taken as addressees here: an enacting sentence (…解释如下：) also ends in ：.
  const first = run.afterTitle[0];
  if (run.afterTitle.length > 1 && preambleRole(first.text, undefined) === 'salutation' && addressee.test(first.text)) {
    run.preamble.push(run.block('salutation', first));
    run.afterTitle = run.afterTitle.slice(1);
  }
}

/** How an addressee ends: `…高级人民法院：`, `…分院：`, `…人民政府：`. */
const addressee = /(?:法院|检察院|分院|政府|厅|局|委员会|办公室)[：:]$/;

/** How many of the first lines (up to four short ones, without 。) spell the title again; 0 when they do not. */
function repeatedTitle(lines: readonly Line[], key: string): number {
  let joined = '';
  for (let n = 1; n <= Math.min(4, lines.length); n++) {
    const text = lines[n - 1].text;
    if (text.length > 60 || text.includes('。')) return 0;
    joined += titleKey(text);
    if (joined === key) return n;
    if (!key.startsWith(joined)) return 0;
  }
  return 0;
}

function readClosing(run: DocumentRun): void {
  const at = closingStart(run.classified);
  run.closing = run.classified.slice(at).map((line) => run.block(closingRole(line.text) ?? 'note', line));
  run.bodyLines = run.classified.slice(0, at);
}

function buildStructure(run: DocumentRun): void {
  const ctx = { docId: run.docId, file: run.file, repairs: run.draft.repairs, original: run.original };
  run.legal = run.bodyLines.filter((line) => line.kind === 'article').length >= 2;
  run.body = run.legal ? buildLegalBody(run.bodyLines, ctx) : buildBody(run.bodyLines, ctx);
}

function assemble(run: DocumentRun): void {
  const { body, draft, decoded, meta, titleLines, input } = run;
  const clauses = clausesOf(body);
  const count = (type: string): number => [...nodesOf(body)].filter((node) => node.type === type).length;
  run.doc = {
    meta: meta
      ? toDocumentMeta(meta)
      : placeholderMeta(run.docId, titleLines.map((l) => l.text).join(''), run.script, run.history),
    source: {
      file: meta?.source.file ?? input.id,
      sha256: run.sha256,
      format: run.format,
      name: meta?.source.name ?? null,
      url: meta?.source.url ?? null,
    },
    title: titleLines.map((line) => line.text).join(''),
    titleOriginal: run.original(titleLines[0].start, titleLines.at(-1)!.end),
    titleLine: titleLines[0].no,
    preamble: run.preamble,
    history: run.history,
    body,
    closing: run.closing,
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
      markup: run.markdown?.removed ?? {},
    },
  };
}

function proveConservation(run: DocumentRun): void {
  const { repaired } = run;
  const proof = checkConservation(repaired, outputOriginals(run.doc));
  if (!proof.ok) {
    const at = offsetOfNonSpace(repaired, proof.offset);
    run.file.fail(
      `Conservation failed: the output has “${proof.actual}” where the source has “${proof.expected}”. ` +
        'A character was lost or doubled by a structure step; this is a bug in the pipeline.',
      {
        place: sourcePosition(run.draft, Math.min(at, repaired.length - 1)),
        ruleId: 'conservation',
        source: 'conservation',
      },
    );
  }
}

/** Takes the Markdown markup out of the draft (it is markup, not a repair) and reports what cannot be read as text. */
function removeMarkup(draft: Draft): MarkdownReading {
  const reading = readMarkdown(draft.repaired.text);
  for (const problem of reading.problems) {
    draft.file.message(problem.message, {
      place: { line: problem.line, column: problem.column },
      ruleId: problem.ruleId,
      source: 'markdown',
    });
  }
  draft.repaired = applyEdits(draft.repaired, reading.edits);
  return reading;
}

/**
 * How many lines after the title are front matter: in a Markdown source
 * everything above its `<!-- INFO END -->` comment; otherwise the run of
 * history lines (…通过, …批准, …施行) and 政府信息公开 table rows right
 * under the title.
 */
function frontMatterLength(lines: readonly Line[], comments: MarkdownReading['comments'] | undefined): number {
  const end = comments?.find((c) => c.text === 'INFO END');
  if (end) return lines.filter((line) => line.no < end.line).length;
  let n = 0;
  while (n < lines.length && (isHistoryLine(lines[n].text) || isInfoTableLine(lines[n].text))) n++;
  return n;
}

/** Metadata for a document inspected without a meta.yaml: only what the text shows. */
function placeholderMeta(id: string, title: string, script: Script, dates: DatedEvent[]): PolicyDocument['meta'] {
  return {
    id,
    title,
    jurisdiction: { name: '（未知）', pinyin: 'Unknown', level: '地级市', parent: null, province: null },
    genre: guessGenre(title) ?? '意见',
    category: null,
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
