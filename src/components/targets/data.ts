/**
 * The Chinese labels the targets and agency pages show for ids (the data
 * itself is read by `src/data`): how a value accumulates, theme names, a
 * value for reading.
 */
import { themeList } from '../../site/corpus.ts';

/** How a value accumulates, in words. */
export { basisLabel } from '../../data/schemas/targets.ts';

/** Theme ids in the taxonomy's order with their Chinese labels, from the taxonomy data. */
export const themeLabels: Array<[string, string]> = themeList().map((theme) => [theme.id, theme.zh]);

/** Formats a normalized value for reading: 80000 → `80,000`. */
export function formatValue(value: number): string {
  return value.toLocaleString('zh-CN', { maximumFractionDigits: 4 });
}
