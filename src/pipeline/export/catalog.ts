/**
 * The catalogue the site reads (`data/catalog.json`): every document with
 * its jurisdiction, the labels that say what it is, and the facts a
 * catalogue row shows (文号, date, issuers, status, source); the
 * jurisdiction tree; the taxonomy's labels and descriptions, the strength
 * levels and how instruments are scored; the build's steps; and the
 * quality figures (`./quality.ts`). Computed once here, so no page
 * recomputes a label, a count or a score its own way.
 *
 * Example row: `{id: ningbo-patent, label: 宁波市 · 专利管理条例（2012）,
 * place: 宁波, jurisdiction: zhejiang.ningbo, family: 法律法规, year: 2012, …}`.
 */
import {
  documentLabel,
  effectiveDate,
  genreFamily,
  placeName,
  primaryDate,
  shortTitle,
} from '../../model/document-meta.ts';
import { jurisdictionTree } from '../../model/jurisdictions.ts';
import type { Corpus } from '../../model/types.ts';
import type {
  Catalog,
  CatalogDocument,
  CatalogLabel,
  CatalogStrength,
  InstrumentCoding,
} from '../../data/schemas/catalog.ts';
import type { Quality } from '../../data/schemas/quality.ts';
import { upstreamDefaults } from '../align/upstream.ts';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { placePinyin } from '../place-pinyin.ts';
import { loadTaxonomy, type Taxonomy } from '../tag/load-taxonomy.ts';
import { loadRoles, type RoleFile } from '../tag/roles.ts';
import { pipelineSteps } from '../steps.ts';
import { buildQuality } from './quality.ts';

const labels = (file: Taxonomy['themes']): CatalogLabel[] =>
  file.labels.map(({ id, zh, en, description }) => ({ id, zh, en, description }));

const ruleNotes = (file: Taxonomy['themes']): Record<string, string> =>
  Object.fromEntries([...file.labels.flatMap((label) => label.rules), ...file.damping].map(({ id, zh }) => [id, zh]));

/** The strength levels, strongest first, with up to 12 of the plain Chinese words of their patterns. */
const strengths = (file: Taxonomy['instruments']): CatalogStrength[] =>
  (file.strength?.levels ?? []).map(({ id, zh, description, patterns }) => ({
    id,
    zh,
    description,
    words: patterns
      .flatMap((p) => p.pattern.split('|'))
      .filter((w) => /^[\p{Script=Han}]+$/u.test(w))
      .slice(0, 12),
  }));

/** How instruments are scored: terms heaviest first (ties in code-point order), rule and passing counts, scoring, damping ids. */
const instrumentCoding = (file: Taxonomy['instruments']): InstrumentCoding => ({
  terms: Object.fromEntries(
    file.labels.map((l) => [
      l.id,
      Object.entries(l.terms)
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .map(([term, weight]) => ({ term, weight })),
    ]),
  ),
  rules: file.labels.reduce((n, l) => n + l.rules.length, 0),
  scoring: {
    threshold: file.scoring.threshold,
    relative: file.scoring.relative,
    where: { ...file.scoring.where },
    repeat: file.scoring.repeat,
  },
  passing: file.passing.length,
  damping: file.damping.map((d) => d.id),
});

/**
 * Builds the catalogue of a corpus; `pinyinOf` names jurisdictions no
 * document belongs to directly; `quality` defaults to the figures measured
 * on this corpus (`./quality.ts`).
 */
export function buildCatalog(
  corpus: Corpus,
  taxonomy: Taxonomy,
  roles: RoleFile,
  pinyinOf: (name: string) => string = placePinyin,
  quality: Quality = buildQuality(corpus, taxonomy),
): Catalog {
  const jurisdictions = jurisdictionTree(
    corpus.documents.map((d) => d.meta),
    pinyinOf,
  );
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
  // Every upstream setting is published but `mask`, which the build always applies.
  const { mask: _mask, ...upstream } = upstreamDefaults;
  return {
    schema: 1,
    documents,
    jurisdictions,
    taxonomy: {
      themes: labels(taxonomy.themes),
      objects: labels(taxonomy.objects),
      instruments: labels(taxonomy.instruments),
      roles: roles.roles.map(({ id, zh, description, counted }) => ({ id, zh, description, counted })),
      strengths: strengths(taxonomy.instruments),
      instrumentCoding: instrumentCoding(taxonomy.instruments),
      rules: {
        themes: ruleNotes(taxonomy.themes),
        objects: ruleNotes(taxonomy.objects),
        instruments: ruleNotes(taxonomy.instruments),
      },
    },
    steps: [...pipelineSteps],
    quality,
    methods: {
      upstream,
    },
  };
}

/** Writes `catalog.json` beside the other published data; returns its path. */
export function writeCatalog(corpus: Corpus, outDir: string, contentDir = 'content'): string {
  const path = join(outDir, 'catalog.json');
  writeFileSync(
    path,
    `${JSON.stringify(buildCatalog(corpus, loadTaxonomy(join(contentDir, 'taxonomy')), loadRoles(join(contentDir, 'taxonomy', 'roles.yaml'))), null, 1)}\n`,
  );
  return path;
}
