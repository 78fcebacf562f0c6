/**
 * The compare page's state in its URL:
 * `?docs=ningbo,ningbo-patent&theme=use&instrument=supply&strength=binding&scope=all&conf=mid`.
 * Also accepts the form's own encoding (`?docs=weihai&docs=ningbo`) and the
 * older `?cities=` links (their values were document ids too).
 */

/** Selected documents (ids, in the order of the document list), theme id, instrument or group id and strength id (`''` for all). */
export interface CompareState {
  docs: string[];
  theme: string;
  instrument: string;
  strength: string;
  /** `all` counts a theme's goals, look-backs… too; `''` only its tasks, safeguards and provisions (as the theme matrix does). */
  scope: string;
  /** `mid` leaves out the clauses whose label for the theme has low confidence; `''` keeps them. */
  conf: string;
}

/** Up to this many documents, the compare page starts with all of them; beyond, the reader picks. */
export const allDocumentsUpTo = 6;

/**
 * Reads the state from a query string; unknown documents are dropped. No
 * documents means all of them for a small corpus (≤ `allDocumentsUpTo`), none for a larger one.
 */
export function readCompareState(search: string, known: readonly string[]): CompareState {
  const params = new URLSearchParams(search);
  const asked = [...params.getAll('docs'), ...params.getAll('cities')]
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => known.includes(v));
  const fallback = known.length <= allDocumentsUpTo ? [...known] : [];
  return {
    docs: asked.length ? known.filter((id) => asked.includes(id)) : fallback,
    theme: params.get('theme') ?? '',
    instrument: params.get('instrument') ?? '',
    strength: params.get('strength') ?? '',
    scope: params.get('scope') === 'all' ? 'all' : '',
    conf: params.get('conf') === 'mid' ? 'mid' : '',
  };
}

/** Writes the state as a query string (with `?`, or `''` when empty). */
export function writeCompareQuery(state: Pick<CompareState, 'docs' | 'theme'> & Partial<CompareState>): string {
  const parts: string[] = [];
  if (state.docs.length) parts.push(`docs=${state.docs.map(encodeURIComponent).join(',')}`);
  if (state.theme) parts.push(`theme=${encodeURIComponent(state.theme)}`);
  if (state.instrument) parts.push(`instrument=${encodeURIComponent(state.instrument)}`);
  if (state.strength) parts.push(`strength=${encodeURIComponent(state.strength)}`);
  if (state.scope) parts.push(`scope=${encodeURIComponent(state.scope)}`);
  if (state.conf) parts.push(`conf=${encodeURIComponent(state.conf)}`);
  return parts.length ? `?${parts.join('&')}` : '';
}
