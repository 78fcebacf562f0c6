/**
 * The compare page's state in its URL: `?cities=weihai,ningbo&theme=use`.
 * Also accepts the form's own encoding (`?cities=weihai&cities=ningbo`).
 */

/** Selected cities (document ids) and theme id (`''` for all). */
export interface CompareState {
  cities: string[];
  theme: string;
}

/** Up to this many documents, the compare page starts with all of them; beyond, the reader picks. */
export const allCitiesUpTo = 6;

/**
 * Reads the state from a query string; unknown cities are dropped. No
 * cities means all of them for a small corpus (≤ `allCitiesUpTo`), none for a larger one.
 */
export function readCompareState(search: string, known: readonly string[]): CompareState {
  const params = new URLSearchParams(search);
  const asked = params.getAll('cities').flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => known.includes(v));
  const fallback = known.length <= allCitiesUpTo ? [...known] : [];
  return { cities: asked.length ? [...new Set(asked)] : fallback, theme: params.get('theme') ?? '' };
}

/** Writes the state as a query string (with `?`, or `''` when empty). */
export function writeCompareQuery(state: CompareState): string {
  const parts: string[] = [];
  if (state.cities.length) parts.push(`cities=${state.cities.map(encodeURIComponent).join(',')}`);
  if (state.theme) parts.push(`theme=${encodeURIComponent(state.theme)}`);
  return parts.length ? `?${parts.join('&')}` : '';
}
