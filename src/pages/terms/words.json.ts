/**
 * `terms/words.json`: the vocabulary of the concordance's 同现词 (each word
 * with the number of search units holding it), read when asked for.
 */
import type { APIRoute } from 'astro';
import { readCatalog, readCorpus } from '../../data/published-data.ts';
import { cowordVocabulary } from '../../search/build/coword-vocabulary.ts';
import { searchRecords } from '../../search/build/records.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(cowordVocabulary(searchRecords(readCorpus(), readCatalog()))), { headers: { 'Content-Type': 'application/json' } });
