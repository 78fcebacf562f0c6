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
