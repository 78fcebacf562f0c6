/**
 * Finds quantities in Chinese policy text and normalizes them: a number,
 * an optional range end, an optional magnitude (万, 亿), a unit from the
 * data and a comparator (以上 → ≥). A number without unit or magnitude —
 * a year, a document number (〔2021〕369号), a code (“33618”) — is no
 * quantity.
 *
 * Example: `商标有效注册量达到8万件` → {written: `8万件`, value: 80000, unit: 件}.
 */
import type { IndicatorRules } from './rules.ts';

/** One quantity found in a text. */
export interface Quantity {
  /** Offsets in the searched text. */
  start: number;
  end: number;
  written: string;
  value: number;
  valueMax: number | null;
  unit: string | null;
  comparator: string;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Multiplies a decimal string by a power of ten without binary rounding noise: `10.7` × 1e8 → 1070000000. */
export function scale(decimal: string, factor: number): number {
  return Number((Number(decimal) * factor).toPrecision(15));
}

/** Every quantity in `text`, in order. */
export function findQuantities(text: string, rules: IndicatorRules['rules']): Quantity[] {
  const units = [...rules.units]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
  const magnitudes = Object.keys(rules.magnitudes).map(escape).join('|');
  const comparators = Object.keys(rules.comparators).map(escape).join('|');
  const pattern = new RegExp(
    `(?<![\\d.〔\\[(（第])(\\d+(?:\\.\\d+)?)(?:\\s*[-—~～至]\\s*(\\d+(?:\\.\\d+)?))?\\s*(${magnitudes})?\\s*(${units})?\\s*(${comparators})?`,
    'g',
  );
  const found: Quantity[] = [];
  for (const match of text.matchAll(pattern)) {
    const [written, low, high, magnitude, unit, comparator] = match;
    if (!unit && !magnitude) continue;
    const after = text.slice((match.index ?? 0) + written.length);
    if (/^[年号〕\]]/.test(after) || rules.rejectAfter.some((word) => after.startsWith(word))) continue;
    const factor = magnitude ? rules.magnitudes[magnitude] : 1;
    found.push({
      start: match.index ?? 0,
      end: (match.index ?? 0) + written.length,
      written: written.replace(/\s+/g, ''),
      value: scale(low, factor),
      valueMax: high ? scale(high, factor) : null,
      unit: unit ?? null,
      comparator: comparator ? rules.comparators[comparator] : '=',
    });
  }
  return found;
}
