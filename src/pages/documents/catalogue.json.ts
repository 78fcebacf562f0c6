/**
 * `documents/catalogue.json`: the compact catalogue index
 * (src/browser/catalogue-index.ts) the paged catalogue filters and sorts on.
 */
import type { APIRoute } from 'astro';
import { catalogueIndex } from '../../browser/catalogue-index.ts';
import { readCatalog } from '../../data/published-data.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(catalogueIndex(readCatalog())), { headers: { 'Content-Type': 'application/json' } });
