/**
 * The search units of the published corpus, computed once per site build
 * (the search page counts its facet values over them). Keyed by the data
 * folder, as the published-data reader is.
 */
import { dataDir, readCatalog, readCorpus } from '../data/published-data.ts';
import { searchRecords, type SearchRecord } from '../search/build/records.ts';

const built = new Map<string, SearchRecord[]>();

/** Every search unit of the published corpus, in reading order. */
export function publishedSearchRecords(): SearchRecord[] {
  const key = dataDir();
  let records = built.get(key);
  if (!records) built.set(key, (records = searchRecords(readCorpus(), readCatalog())));
  return records;
}
