/**
 * `search/t2s/<n>.json`: one shard of the traditional → simplified tables
 * for the search page's query converter.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { t2sShards } from '../../../search/build/t2s-shards.ts';

export const getStaticPaths = (() =>
  t2sShards().map((shard, n) => ({ params: { shard: String(n) }, props: { shard } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.shard), { headers: { 'Content-Type': 'application/json' } });
