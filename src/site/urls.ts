/// <reference types="astro/client" />
/**
 * Every internal URL goes through here so the site works under any base
 * path (`SITE_BASE=/ip-policy/`): `url('documents/weihai/')` →
 * `/ip-policy/documents/weihai/`.
 */
const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** A site-internal URL under the base path. */
export function url(path = ''): string {
  return `${base}${path.replace(/^\//, '')}`;
}

/** The URL of a document page. */
export function documentUrl(docId: string): string {
  return url(`documents/${docId}/`);
}

/** The URL of a clause: its document page plus the clause id as anchor. */
export function clauseUrl(docId: string, clauseId: string): string {
  return `${documentUrl(docId)}#${clauseId}`;
}

/** The URL of a theme page, optionally at one document's column (`#city-weihai`). */
export function themeUrl(themeId: string, docId?: string): string {
  return url(`themes/${themeId}/`) + (docId ? `#${documentAnchor(docId)}` : '');
}

/** The anchor id of a document's column (or row) on theme and compare pages; `city-` is kept so that old links still land. */
export function documentAnchor(docId: string): string {
  return `city-${docId}`;
}

/** The compare page with its state in the query: `compare/?docs=ningbo,ningbo-patent&theme=use`. */
export function compareUrl(docs: readonly string[] = [], theme?: string): string {
  const query = new URLSearchParams();
  if (docs.length) query.set('docs', docs.join(','));
  if (theme) query.set('theme', theme);
  const q = query.toString().replace(/%2C/g, ',');
  return url('compare/') + (q ? `?${q}` : '');
}

/** The concordance of a term: `terms/?q=质押融资`. */
export function termUrl(term: string): string {
  return `${url('terms/')}?q=${encodeURIComponent(term)}`;
}

/** A published data file: `data/corpus.json`, `data/markdown/weihai.md`. */
export function dataUrl(file: string): string {
  return url(`data/${file.replace(/^\//, '')}`);
}
