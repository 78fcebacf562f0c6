/**
 * Shared domain types of the corpus: what the pipeline writes to
 * `public/data/corpus.json` and what the site, search, tagging and
 * alignment read. One place, so every stage speaks the same shape.
 */

/** Script of a source text (ISO 15924). */
export type Script = 'Hans' | 'Hant';

/**
 * Genre of a document, as the document names itself (its title's last
 * word): plans and policy papers (规划 … 通知) and legal texts (法律 … 细则).
 */
export type Genre =
  | '规划'
  | '纲要'
  | '意见'
  | '实施意见'
  | '方案'
  | '实施方案'
  | '行动方案'
  | '行动计划'
  | '通知'
  | '决定'
  | '法律'
  | '条例'
  | '实施条例'
  | '规定'
  | '若干规定'
  | '办法'
  | '细则'
  | '实施细则'
  | '解释'
  | '批复'
  | '安排';

/**
 * What kind of rule a document is in the legal order (效力类别), the
 * grouping a reader expects beside the place: 法律 (NPC and its standing
 * committee), 行政法规 (State Council), 司法解释 (Supreme People's Court
 * or Procuratorate), 部门规章 (a ministry), 地方性法规 (a local people's
 * congress), 地方政府规章 (a local government), 政策文件 (plans, opinions,
 * programmes, notices).
 */
export type LegalCategory = '法律' | '行政法规' | '司法解释' | '部门规章' | '地方性法规' | '地方政府规章' | '政策文件';

/** Administrative level of a jurisdiction, from the state down to counties. */
export type JurisdictionLevel =
  | '国家'
  | '省'
  | '自治区'
  | '直辖市'
  | '特别行政区'
  | '地级市'
  | '自治州'
  | '地区'
  | '盟'
  | '县级市'
  | '市辖区'
  | '县'
  | '自治县'
  | '旗';

/** The jurisdiction a document belongs to: `{name: 洛龙区, level: 市辖区, parent: 洛阳市, province: 河南省}`. */
export interface Jurisdiction {
  /** Full name as the text writes it: 广东省, 宁波市, 洛龙区, 中华人民共和国. */
  name: string;
  /** Pinyin of the name without its level suffix, for ids and URLs: `Guangdong`. */
  pinyin: string;
  level: JurisdictionLevel;
  /** Name of the jurisdiction directly above (洛龙区 → 洛阳市, 宁波市 → 浙江省); null for the state and provincial level. */
  parent: string | null;
  /** Provincial-level jurisdiction it lies in (itself for a province); null for the state. */
  province: string | null;
}

/** What a dated event in a document's history is. */
export type DateEvent = '印发' | '发布' | '公布' | '通过' | '批准' | '修正' | '修订' | '施行';

/** One dated event of a document's history: `{event: 通过, date: 2013-08-01, by: 山东省第十二届人民代表大会常务委员会第三次会议}`. */
export interface DatedEvent {
  event: DateEvent;
  /** ISO date (YYYY-MM-DD). */
  date: string;
  /** The body or meeting that acted, as the text names it; null when not stated. */
  by: string | null;
}

/** Legal status, only where the text or its source states it. */
export type Status = '现行有效' | '已修订' | '已废止' | '尚未施行';

/** Metadata of one document, validated at build from `content/documents/<id>/meta.yaml`. */
export interface DocumentMeta {
  /** Readable, URL-safe id, e.g. `chongqing`, `guangdong-ip`; also the folder name. */
  id: string;
  /** Title in simplified, normalized form, as it stands in the text. */
  title: string;
  jurisdiction: Jurisdiction;
  genre: Genre;
  /** 效力类别, as meta.yaml states it or as it follows from genre, level and issuer; null when neither says. */
  category: LegalCategory | null;
  /** Issuing or enacting bodies the text names; empty when the text does not say. */
  issuers: string[];
  /** 文号, e.g. `包市监发〔2021〕369号`; null when the text does not state one. */
  docNumber: string | null;
  /** Dated events (issued, adopted, approved, amended, effective), oldest first; empty when none is stated. */
  dates: DatedEvent[];
  status: Status | null;
  /** Years the plan sets targets for (到2025年 …); empty when none is stated. */
  targetYears: number[];
  script: Script;
  /** Documents that are versions of one text share a work id (`patent-rules`); null otherwise. */
  work: string | null;
  /** Where the text comes from and what is known or unknown about it (Chinese). */
  provenance: string;
}

/** A change the pipeline made to the source text, kept so every repair is visible. */
export interface Repair {
  kind: 'decoding' | 'gloss' | 'mis-decoding' | 'heading-number' | 'line-join';
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

/** A feature that weighed for a learned label: `w:质押融资` (a word), `h:运用` (a heading word), `rule:themes:use` (a rule's label)…, with its share of the score. */
export interface LabelSignal {
  feature: string;
  weight: number;
}

/** What the learned labeller adds to a label: its probability and the features that weighed most. */
export interface LabelConfidence {
  /** Probability (0–1, three decimals) from the model trained on the gold; absent where the rules alone decided. */
  confidence?: number;
  signals?: LabelSignal[];
}

/** A theme, IP-object or instrument label on a clause; `score` and `evidence` are the rules' (score 0 where the rules did not give it). */
export interface Label extends LabelConfidence {
  id: string;
  score: number;
  evidence: LabelEvidence[];
}

/**
 * A 款 (paragraph), 项 (item) or 目 (sub-item) inside an article, each
 * addressable: `第十八条第二款第（三）项` is the part with id `…-a18-k2-x3`.
 */
export interface ClausePart {
  kind: '款' | '项' | '目';
  /** Anchor below the clause's own: `guangdong-ip-a18-k2`, `…-a18-k2-x3`; the 款 is left out when the article has one: `…-a9-x5`. */
  id: string;
  /** Citable label of the part within its article: `第二款`, `第二款第（三）项`, `第（五）项`. */
  label: string;
  /** Number as written (`（三）`, `1.`); null for a 款. */
  number: string | null;
  /** Reading text without the number. */
  text: string;
  line: number;
}

/**
 * One citable unit of a document: an article (第X条) of a legal text, a
 * numbered task, an unnumbered paragraph, a lead-in (——) paragraph or an
 * item of a boxed 专栏.
 */
export interface Clause {
  type: 'clause';
  /** Stable URL-safe id, also the anchor on the document page: `chongqing-2-1-1`. */
  id: string;
  docId: string;
  /** Human citable path: `第二章 第十八条`, `二、（一）1.`, `三、第2段`, `专栏1 2.`. */
  path: string;
  /** Heading chain from the document root (simplified, normalized). */
  headings: string[];
  /** Number marker as normalized (`第十八条`, `（一）`, `1.`), or null for unnumbered paragraphs. */
  number: string | null;
  /** The clause's own title (lead phrase) when it has one: `健全知识产权管理体制机制`. */
  title: string | null;
  /** Reading text: simplified, normalized, without number and responsible-unit note. Paragraphs (款) and items (项, with their numbers) joined by `\n`. */
  text: string;
  /** An article's 款, 项 and 目 in order; absent for the units of a plan. */
  parts?: ClausePart[];
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
  /** Policy-instrument labels (政策工具, added by tagging): `supply.funding`, `environment.regulation`, … */
  instruments: Label[];
  /** Policy strength (力度, added by tagging): the strongest commitment of the clause and the word that shows it; null when it commits to nothing. */
  strength: Strength | null;
  /** The clause's role in its document (任务, 目标, 法律责任…; added by tagging), with what decided it. */
  role?: ClauseRole;
}

/** A clause's role: `{id: goals, rule: heading, evidence: （三）主要目标}`; `default` when nothing decided it. */
export interface ClauseRole extends LabelConfidence {
  /** Role id from `content/taxonomy/roles.yaml`. */
  id: string;
  /** What decided it: the rules' reason when the model agrees with them, `learned` when the model alone did. */
  rule: 'heading' | 'text' | 'continues' | 'default' | 'learned';
  /** The heading or the words that decided it (empty for `default`). */
  evidence: string;
}

/** The strength of a clause: `{id: binding, evidence: 罚款}`. */
export interface Strength extends LabelConfidence {
  id: 'binding' | 'directive' | 'encouraging';
  /** The matched wording, as it stands in the clause (empty when the model alone decided). */
  evidence: string;
}

/** A heading with everything under it. */
export interface Section {
  type: 'section';
  id: string;
  path: string;
  /** Plans: 1 for `一、`, 2 for `（一）`, 3 for `1.`, 4 for `（1）`. Legal texts: 1 for 编, 2 for 章, 3 for 节. */
  level: number;
  /** The legal unit a heading opens (`第二章` → 章, `第二分编` → 分编); null for the headings of a plan and for an unnumbered heading (序言, 附件, a title without its 第X章). */
  unit: '编' | '分编' | '章' | '节' | null;
  /** 附则 (supplementary provisions) and 附件 (an attachment) have their own role; null for every other heading. */
  role: '附则' | '附件' | null;
  /** `第二章`, `一、`, `（一）`; null for an unnumbered heading. */
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
  /** The heading chain the table stands under, as a clause's `headings`. */
  headings?: string[];
  /** The themes and IP objects of each row, in row order (an indicator row on 质押融资登记金额 is 运用). */
  rowLabels?: TableRowLabels[];
}

/** The themes and IP objects of one table row, read and labelled as a clause's; its id is `<table id>-r<n>`, n from 1. */
export interface TableRowLabels {
  id: string;
  themes: Label[];
  objects: Label[];
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
  /** `history`: a line of the adoption and amendment history (…会议通过, …批准, …修正, …施行); `issuer`/`date`: a 落款 line; `record`: a row of a web page's 政府信息公开 table (索引号, 发布机构, 文号…); `page`: a page's chrome (navigation, footer, share bar, page numbers); `title`: the title written again at the head of the body. */
  role:
    | 'breadcrumb'
    | 'salutation'
    | 'letter'
    | 'doc-number'
    | 'issuer'
    | 'date'
    | 'note'
    | 'history'
    | 'record'
    | 'page'
    | 'title';
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
  /** Articles (第X条) among the clauses. */
  articles: number;
  /** Markup removed from a Markdown source, by kind (heading marks, comments, …); empty for plain text. */
  markup: Record<string, number>;
  tables: number;
  boxes: number;
  agencies: number;
}

/** One processed document. */
export interface PolicyDocument {
  meta: DocumentMeta;
  source: { file: string; sha256: string; format: 'text' | 'markdown'; name: string | null; url: string | null };
  /** Title as it stands in the text (simplified, normalized) and as written. */
  title: string;
  titleOriginal: string;
  /** 1-based source line where the title starts. */
  titleLine: number;
  /** Everything before the body but the title, in source order: what stands before the title (breadcrumbs, a notice) and after it (the history). */
  preamble: PreambleBlock[];
  /** The history the text states (from its history lines), oldest first; empty when it states none. */
  history: DatedEvent[];
  body: BodyNode[];
  /** What follows the body: the 落款 (issuers, date) and notes such as （此件公开发布）. */
  closing: PreambleBlock[];
  repairs: Repair[];
  stats: DocumentStats;
}

/** The whole published corpus (`/data/corpus.json`). */
export interface Corpus {
  /** Version of this data shape. */
  schema: 1;
  documents: PolicyDocument[];
}
