/**
 * The catalogue the site reads (`data/catalog.json`): every document with
 * its jurisdiction, the labels that say what it is, and the facts a
 * catalogue row shows (文号, date, issuers, status, source); the
 * jurisdiction tree; and the taxonomy's labels and descriptions. Computed
 * once here, so no page recomputes a label or a count its own way.
 *
 * Example row: `{id: ningbo-patent, label: 宁波市 · 专利管理条例（2012）,
 * place: 宁波, jurisdiction: zhejiang.ningbo, family: 法律法规, year: 2012, …}`.
 */
import { documentLabel, effectiveDate, genreFamily, placeName, primaryDate, shortTitle } from '../../model/document-meta.ts';
import { jurisdictionTree, type JurisdictionNode } from '../../model/jurisdictions.ts';
import type { Corpus, Genre, JurisdictionLevel, LegalCategory, Status } from '../../model/types.ts';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { placePinyin } from '../place-pinyin.ts';
import { loadTaxonomy, type Taxonomy } from '../tag/load-taxonomy.ts';

/** A document as the catalogue lists it. */
export interface CatalogDocument {
  id: string;
  title: string;
  /** `宁波市 · 专利管理条例（2012）`: unique and says what the document is. */
  label: string;
  /** The title without the place's name: `专利管理条例`. */
  shortTitle: string;
  /** Short place name: 宁波, 洛龙区, 国家. */
  place: string;
  /** Key of the jurisdiction node (`zhejiang.ningbo`). */
  jurisdiction: string;
  jurisdictionName: string;
  level: JurisdictionLevel;
  province: string | null;
  genre: Genre;
  /** 效力类别 (法律, 行政法规, 司法解释, …, 政策文件); null when the metadata does not settle it. */
  category: LegalCategory | null;
  family: '法律法规' | '政策文件';
  /** The date the document is cited by (ISO), its year, and when it takes effect. */
  date: string | null;
  year: number | null;
  effective: string | null;
  issuers: string[];
  docNumber: string | null;
  status: Status | null;
  work: string | null;
  script: 'Hans' | 'Hant';
  source: { name: string | null; url: string | null };
  clauses: number;
  articles: number;
}

/** A theme or IP object as the site shows it. */
export interface CatalogLabel {
  id: string;
  zh: string;
  en: string;
  description: string;
}

/** The published catalogue. */
export interface Catalog {
  schema: 1;
  documents: CatalogDocument[];
  jurisdictions: JurisdictionNode[];
  taxonomy: { themes: CatalogLabel[]; objects: CatalogLabel[]; instruments: CatalogLabel[]; rules: CatalogRuleNotes };
}

/**
 * What each rule and damping entry recognises, in Chinese, by taxonomy file
 * and id: a label's evidence names a rule by id, a page shows this note.
 * Example: `themes['protection-penalty']` → `罚款、没收、责令改正等行政处罚，属于执法保护`.
 */
export type CatalogRuleNotes = Record<'themes' | 'objects' | 'instruments', Record<string, string>>;

const labels = (file: Taxonomy['themes']): CatalogLabel[] => file.labels.map(({ id, zh, en, description }) => ({ id, zh, en, description }));

const ruleNotes = (file: Taxonomy['themes']): Record<string, string> =>
  Object.fromEntries([...file.labels.flatMap((label) => label.rules), ...file.damping].map(({ id, zh }) => [id, zh]));

/** Builds the catalogue of a corpus; `pinyinOf` names jurisdictions no document belongs to directly. */
export function buildCatalog(corpus: Corpus, taxonomy: Taxonomy, pinyinOf: (name: string) => string = placePinyin): Catalog {
  const jurisdictions = jurisdictionTree(corpus.documents.map((d) => d.meta), pinyinOf);
  const keyOf = new Map(jurisdictions.flatMap((node) => node.documents.map((id) => [id, node.key] as const)));
  const documents = corpus.documents.map((doc): CatalogDocument => {
    const { meta } = doc;
    const date = primaryDate(meta);
    return {
      id: meta.id,
      title: doc.title,
      label: documentLabel(meta),
      shortTitle: shortTitle(meta),
      place: placeName(meta),
      jurisdiction: keyOf.get(meta.id)!,
      jurisdictionName: meta.jurisdiction.name,
      level: meta.jurisdiction.level,
      province: meta.jurisdiction.province,
      genre: meta.genre,
      category: meta.category,
      family: genreFamily(meta.genre),
      date,
      year: date ? Number(date.slice(0, 4)) : null,
      effective: effectiveDate(meta),
      issuers: meta.issuers,
      docNumber: meta.docNumber,
      status: meta.status,
      work: meta.work,
      script: meta.script,
      source: { name: doc.source.name, url: doc.source.url },
      clauses: doc.stats.clauses,
      articles: doc.stats.articles,
    };
  });
  // Two documents of one place with the same title and year (a reissue, a copy) are told apart by their ids.
  const count = new Map<string, number>();
  for (const doc of documents) count.set(doc.label, (count.get(doc.label) ?? 0) + 1);
  for (const doc of documents) if (count.get(doc.label)! > 1) doc.label = `${doc.label}〔${doc.id}〕`;
  return {
    schema: 1,
    documents,
    jurisdictions,
    taxonomy: {
      themes: labels(taxonomy.themes),
      objects: labels(taxonomy.objects),
      instruments: labels(taxonomy.instruments),
      rules: { themes: ruleNotes(taxonomy.themes), objects: ruleNotes(taxonomy.objects), instruments: ruleNotes(taxonomy.instruments) },
    },
  };
}

/** Writes `catalog.json` beside the other published data; returns its path. */
export function writeCatalog(corpus: Corpus, outDir: string, contentDir = 'content'): string {
  const path = join(outDir, 'catalog.json');
  writeFileSync(path, `${JSON.stringify(buildCatalog(corpus, loadTaxonomy(join(contentDir, 'taxonomy'))), null, 1)}\n`);
  return path;
}
