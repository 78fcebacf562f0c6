/**
 * The one count behind every theme number on the site: a document's
 * clauses under a theme. By default (`counted`) only tasks, safeguards and
 * provisions count (clause roles); `all` takes every clause with the theme.
 * The matrix, the theme pages, the clause lists the matrix opens and the
 * matrix CSV all count through `themeClauses`, so they agree. A count can
 * leave out the labels the model gave with low confidence (`mid`: only 中
 * and 高, probability ≥ 0.5); `lowThemeClauses` says how many those are.
 *
 * Example: `themeClauses(浙江省专利条例, 'protection')` → its 20 保护 articles.
 */
import type { Clause, PolicyDocument } from '../model/types.ts';
import { isLowConfidence } from '../model/confidence.ts';
import type { ConfidenceFloor } from '../browser/confidence-floor.ts';
import { documentClauses } from './corpus.ts';
import { isCounted } from './roles.ts';
import { url } from './urls.ts';

/** Which clauses a theme count takes: tasks, safeguards and provisions only, or every clause. */
export type ThemeScope = 'counted' | 'all';

/** The clauses a count over `scope` starts from. */
export function scopeClauses(clauses: readonly Clause[], scope: ThemeScope = 'counted'): Clause[] {
  return scope === 'all' ? [...clauses] : clauses.filter(isCounted);
}

/** True where the clause's `themeId` label was given with low confidence (below 0.5). */
export function isLowTheme(clause: Clause, themeId: string): boolean {
  const label = clause.themes.find((t) => t.id === themeId);
  return label !== undefined && isLowConfidence(label);
}

/** The clauses among `clauses` that carry `themeId`, in scope, in text order; with `floor` `mid`, not those whose label has low confidence. */
export function themeClauses(
  clauses: readonly Clause[],
  themeId: string,
  scope: ThemeScope = 'counted',
  floor: ConfidenceFloor = 'any',
): Clause[] {
  return scopeClauses(clauses, scope).filter((c) =>
    c.themes.some((t) => t.id === themeId && (floor === 'any' || !isLowConfidence(t))),
  );
}

/** The clauses among `clauses` in scope whose `themeId` label has low confidence: what `mid` leaves out. */
export function lowThemeClauses(clauses: readonly Clause[], themeId: string, scope: ThemeScope = 'counted'): Clause[] {
  return scopeClauses(clauses, scope).filter((c) => isLowTheme(c, themeId));
}

/** A document's clauses under a theme, in scope. */
export function documentThemeClauses(
  doc: PolicyDocument,
  themeId: string,
  scope: ThemeScope = 'counted',
  floor: ConfidenceFloor = 'any',
): Clause[] {
  return themeClauses(documentClauses(doc), themeId, scope, floor);
}

/** The note a count carries: `其中低置信度 3 个`; empty when none is low. */
export function lowConfidenceNote(low: number): string {
  return low > 0 ? `其中低置信度 ${low} 个` : '';
}

/** The anchor of a theme's clause list on a document's theme page: `theme-protection` (counted), `all-protection` (every clause). */
export function themeListAnchor(themeId: string, scope: ThemeScope = 'counted'): string {
  return `${scope === 'all' ? 'all' : 'theme'}-${themeId}`;
}

/** The page listing a document's clauses theme by theme, optionally at one theme's list. */
export function themeDocumentUrl(docId: string, themeId?: string, scope: ThemeScope = 'counted'): string {
  return url(`themes/documents/${docId}/`) + (themeId ? `#${themeListAnchor(themeId, scope)}` : '');
}

/** The theme × document matrix as CSV. */
export const themeMatrixCsvUrl = (): string => url('themes/matrix.csv');
