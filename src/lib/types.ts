/**
 * Shared domain types of the corpus: what the pipeline writes to
 * `public/data/corpus.json` and what the site, search, tagging and
 * alignment read. One place, so every stage speaks the same shape.
 */

/** Script of a source text (ISO 15924). */
export type Script = 'Hans' | 'Hant';

/** Genre of a policy document, as the documents name themselves. */
export type Genre = '实施意见' | '行动方案' | '规划' | '实施方案';

/** Administrative level of the issuing jurisdiction. */
export type AdminLevel = '直辖市' | '地级市' | '市辖区';

/** Metadata of one document, validated at build from `content/documents/<id>/meta.yaml`. */
export interface DocumentMeta {
  /** Readable, URL-safe id, e.g. `chongqing`; also the folder name. */
  id: string;
  city: { zh: string; pinyin: string };
  /** Parent city for a district (洛龙区 → 洛阳市); null otherwise. */
  parentCity: string | null;
  province: string | null;
  level: AdminLevel;
  /** Title in simplified, normalized form, as it stands in the text. */
  title: string;
  /** Issuing bodies the text names; empty when the text does not say. */
  issuers: string[];
  /** 文号, e.g. `包市监发〔2021〕369号`; null when the text does not state one. */
  docNumber: string | null;
  /** ISO date (YYYY-MM-DD) the text states; null when unknown. */
  date: string | null;
  genre: Genre;
  /** Years the plan sets targets for (到2025年 …); empty when none is stated. */
  targetYears: number[];
  script: Script;
  /** Where the text comes from and what is known or unknown about it. */
  provenance: string;
}

/** A change the pipeline made to the source text, kept so every repair is visible. */
export interface Repair {
  kind: 'decoding' | 'gloss' | 'mis-decoding' | 'heading-number';
  /** 1-based line and column in the source file. */
  line: number;
  column: number;
  before: string;
  after: string;
  reason: string;
}

/** Evidence that a label applies: the words or rules that produced it. */
export interface LabelEvidence {
  /** The matched term or rule id. */
  term: string;
  /** Where: `text`, `heading`, `title` or `rule`. */
  where: string;
  weight: number;
}

/** A theme or IP-object label on a clause. */
export interface Label {
  id: string;
  score: number;
  evidence: LabelEvidence[];
}

/**
 * One citable unit of a document: a numbered task, an unnumbered paragraph,
 * a lead-in (——) paragraph or an item of a boxed 专栏.
 */
export interface Clause {
  type: 'clause';
  /** Stable URL-safe id, also the anchor on the document page: `chongqing-2-1-1`. */
  id: string;
  docId: string;
  /** Human citable path: `二、（一）1.`, `三、第2段`, `专栏1 2.`. */
  path: string;
  /** Heading chain from the document root (simplified, normalized). */
  headings: string[];
  /** Number marker as normalized (`（一）`, `1.`), or null for unnumbered paragraphs. */
  number: string | null;
  /** The clause's own title (lead phrase) when it has one: `健全知识产权管理体制机制`. */
  title: string | null;
  /** Reading text: simplified, normalized, without number and responsible-unit note. Paragraphs joined by `\n`. */
  text: string;
  /** The repaired source text of the whole clause (number, text, responsible units), as written. */
  original: string;
  /** Responsible units named by the clause (simplified), in order. */
  agencies: string[];
  /** The responsible-unit note as normalized, e.g. `（责任单位：市法院、市检察院）`; null when none. */
  agencyNote: string | null;
  /** Title of the 专栏 box the clause belongs to, or null. */
  box: string | null;
  /** 1-based line of the source where the clause starts. */
  line: number;
  /** Position of the clause within its document, from 1. */
  order: number;
  /** Theme labels (added by tagging). */
  themes: Label[];
  /** IP-object labels (added by tagging). */
  objects: Label[];
}

/** A heading with everything under it. */
export interface Section {
  type: 'section';
  id: string;
  path: string;
  /** 1 for `一、`, 2 for `（一）`, 3 for `1.`, 4 for `（1）`. */
  level: number;
  number: string | null;
  /** Heading text without its number (simplified, normalized). */
  title: string;
  /** The heading line as written in the repaired source. */
  original: string;
  line: number;
  children: BodyNode[];
}

/** A table found in the text (rows separated by `|`). */
export interface Table {
  type: 'table';
  id: string;
  path: string;
  header: string[];
  rows: string[][];
  /** The table lines as written in the repaired source. */
  original: string;
  line: number;
}

/** A boxed 专栏 with its numbered items, attached where it stands in the text. */
export interface Box {
  type: 'box';
  id: string;
  path: string;
  /** `专栏1 高价值专利培育工程` */
  title: string;
  /** The box's title line as written. */
  original: string;
  line: number;
  children: Clause[];
}

export type BodyNode = Section | Clause | Table | Box;

/** A block kept before the document's own title: breadcrumbs, a reply letter, a notice. */
export interface PreambleBlock {
  role: 'breadcrumb' | 'salutation' | 'letter' | 'doc-number' | 'issuer' | 'date' | 'note';
  text: string;
  original: string;
  line: number;
}

/** Counts that describe what the pipeline did to one document. */
export interface DocumentStats {
  sourceBytes: number;
  sourceChars: number;
  encoding: string;
  glossesRemoved: number;
  spansRepaired: number;
  sections: number;
  clauses: number;
  tables: number;
  boxes: number;
  agencies: number;
}

/** One processed document. */
export interface PolicyDocument {
  meta: DocumentMeta;
  source: { file: string; sha256: string };
  /** Title as it stands in the text (simplified, normalized) and as written. */
  title: string;
  titleOriginal: string;
  preamble: PreambleBlock[];
  body: BodyNode[];
  repairs: Repair[];
  stats: DocumentStats;
}

/** The whole published corpus (`/data/corpus.json`). */
export interface Corpus {
  /** Version of this data shape. */
  schema: 1;
  documents: PolicyDocument[];
}
