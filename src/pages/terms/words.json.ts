/**
 * `terms/words.json`: the vocabulary of the concordance's 同现词 (each word
 * with the number of search units holding it), read when asked for.
 */
import type { APIRoute } from 'astro';
import { cowordVocabulary } from '../../search/build/coword-vocabulary.ts';
import { publishedSearchRecords } from '../../site/search-records.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(cowordVocabulary(publishedSearchRecords())), { headers: { 'Content-Type': 'application/json' } });
