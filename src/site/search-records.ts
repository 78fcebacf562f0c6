/**
 * The search units of the published corpus, computed once per site build
 * and data folder (the search page counts its facet values over them).
 */
import { memo, readCatalog, readCorpus } from '../data/published-data.ts';
import { searchRecords, type SearchRecord } from '../search/build/records.ts';

/** Every search unit of the published corpus, in reading order. */
export const publishedSearchRecords: () => SearchRecord[] = memo(() => searchRecords(readCorpus(), readCatalog()));
