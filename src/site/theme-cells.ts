/**
 * The one count behind every theme number on the site: a document's
 * clauses under a theme. By default (`counted`) only tasks, safeguards and
 * provisions count (clause roles); `all` takes every clause with the theme.
 * The matrix, the theme pages, the clause lists the matrix opens and the
 * matrix CSV all count through `themeClauses`, so they agree.
 *
 * Example: `themeClauses(浙江省专利条例, 'protection')` → its 20 保护 articles.
 */
import type { Clause, PolicyDocument } from '../model/types.ts';
import { documentClauses } from './corpus.ts';
import { isCounted } from './roles.ts';
import { url } from './urls.ts';

/** Which clauses a theme count takes: tasks, safeguards and provisions only, or every clause. */
export type ThemeScope = 'counted' | 'all';

/** The clauses a count over `scope` starts from. */
export function scopeClauses(clauses: readonly Clause[], scope: ThemeScope = 'counted'): Clause[] {
  return scope === 'all' ? [...clauses] : clauses.filter(isCounted);
}

/** The clauses among `clauses` that carry `themeId`, in scope, in text order. */
export function themeClauses(clauses: readonly Clause[], themeId: string, scope: ThemeScope = 'counted'): Clause[] {
  return scopeClauses(clauses, scope).filter((c) => c.themes.some((t) => t.id === themeId));
}

/** A document's clauses under a theme, in scope. */
export function documentThemeClauses(doc: PolicyDocument, themeId: string, scope: ThemeScope = 'counted'): Clause[] {
  return themeClauses(documentClauses(doc), themeId, scope);
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
