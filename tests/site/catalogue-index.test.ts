/**
 * The compact catalogue index on the real catalog.json: its rows filter
 * exactly as the catalogue documents do, its views show what the table
 * shows, it stays small per document, and a list pages as the catalogue
 * pages it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { applyCatalogue, catalogueRow, defaultSort } from '../../src/browser/catalogue-filter.ts';
import {
  catalogueIndex,
  entryRow,
  entryView,
  pageCount,
  pageOf,
  type CatalogueIndex,
} from '../../src/browser/catalogue-index.ts';
import { readCatalog } from '../../src/data/published-data.ts';
import type { Catalog } from '../../src/data/schemas/catalog.ts';
import { dateLabel } from '../../src/site/corpus.ts';
import { ensureCorpus } from './build-site.ts';

let catalog: Catalog;
let index: CatalogueIndex;
const entry = (id: string) => index.docs.find((e) => e.i === id)!;

beforeAll(() => {
  ensureCorpus();
  catalog = readCatalog();
  // Through JSON, as the browser reads it.
  index = JSON.parse(JSON.stringify(catalogueIndex(catalog))) as CatalogueIndex;
});

describe('catalogue index', () => {
  it('gives every document the same filter row as the catalogue document, so filters and counts agree', () => {
    expect(index.docs.map((e) => e.i)).toEqual(catalog.documents.map((d) => d.id));
    for (const doc of catalog.documents) expect(entryRow(index, entry(doc.id))).toEqual(catalogueRow(doc));
    const rows = index.docs.map((e) => entryRow(index, e));
    const state = { filters: { family: ['legal'] }, sort: '-date' as const };
    expect(applyCatalogue(rows, state)).toEqual(applyCatalogue(catalog.documents.map(catalogueRow), state));
  });

  it('shows a document as the table does: label parts, a district with its city, issuers, dates and source', () => {
    for (const doc of catalog.documents) {
      const view = entryView(index, entry(doc.id));
      expect(view.where ? `${view.where} · ${view.what}` : view.what).toBe(doc.label);
      expect([view.place, view.level, view.genre, view.status, view.clauses, view.docNumber]).toEqual([
        doc.jurisdictionName,
        doc.level,
        doc.genre,
        doc.status,
        doc.clauses,
        doc.docNumber,
      ]);
      expect(view.issuers).toBe(doc.issuers.length ? doc.issuers.join('、') : null);
      expect(view.date).toBe(doc.date ? dateLabel(doc.date) : null);
      expect(view.effective).toBe(doc.effective ? dateLabel(doc.effective) : null);
      expect(view.source).toEqual(doc.source);
      expect(view.hant).toBe(doc.script === 'Hant');
    }
    expect(entryView(index, entry('luolong'))).toMatchObject({ place: '洛龙区', parent: '洛阳市', where: '洛龙区' });
    expect(entryView(index, entry('luoyang-patent')).parent).toBeNull();
  });

  it('keeps each place and issuer once, shared by the documents that name them', () => {
    expect(new Set(index.issuers).size).toBe(index.issuers.length);
    expect([...index.issuers].sort()).toEqual([...new Set(catalog.documents.flatMap((d) => d.issuers))].sort());
    const luolong = index.places[entry('luolong').p];
    expect(luolong.k).toBe('henan.luoyang.luolong');
    expect(index.places[luolong.a!].k).toBe('henan.luoyang');
  });

  it('pages a list in order, the last page holding the rest', () => {
    const ids = applyCatalogue(catalog.documents.map(catalogueRow), { filters: {}, sort: defaultSort }).visible;
    expect(pageCount(0, 6)).toBe(1);
    expect(pageCount(ids.length, 6)).toBe(Math.ceil(ids.length / 6));
    const pages = Array.from({ length: pageCount(ids.length, 6) }, (_, i) => pageOf(ids, i + 1, 6));
    expect(pages.flat()).toEqual(ids);
    expect(pages.at(-1)!.length).toBe(ids.length - 6 * (pages.length - 1));
  });
});
