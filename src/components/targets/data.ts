/**
 * Site-side access to the published targets and agency data
 * (`public/data/targets.json`, `agencies.json`, written by
 * `npm run build:corpus`), read once per build, plus the Chinese labels the
 * pages show for ids.
 */
import { readPublished } from '../../data/published-data.ts';
import type { AgencyIndex } from '../../pipeline/agencies/build-index.ts';
import type { TargetsData } from '../../pipeline/targets/types.ts';
import { themeList } from '../../site/corpus.ts';


let targets: TargetsData | undefined;
let agencies: AgencyIndex | undefined;

/** `targets.json`, read once. */
export function loadTargets(): TargetsData {
  targets ??= readPublished('targets');
  return targets;
}

/** `agencies.json`, read once. */
export function loadAgencies(): AgencyIndex {
  agencies ??= readPublished('agencies');
  return agencies;
}

/** How a value accumulates, in words. */
export { basisLabel } from '../../pipeline/targets/types.ts';

/** Theme ids in the taxonomy's order with their Chinese labels, from the taxonomy data. */
export const themeLabels: Array<[string, string]> = themeList().map((theme) => [theme.id, theme.zh]);

/** Formats a normalized value for reading: 80000 → `80,000`. */
export function formatValue(value: number): string {
  return value.toLocaleString('zh-CN', { maximumFractionDigits: 4 });
}
