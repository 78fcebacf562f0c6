/**
 * Site-side access to the published targets and agency data
 * (`public/data/targets.json`, `agencies.json`, written by
 * `npm run build:corpus`), read once per build, plus the Chinese labels the
 * pages show for ids.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AgencyIndex } from '../../pipeline/agencies/build-index.ts';
import type { Target, TargetBasis } from '../../pipeline/targets/types.ts';
import { themes } from '../../lib/taxonomy.ts';

/** The targets file. */
export interface TargetsData {
  indicators: Array<{ id: string; label: string; unit: string }>;
  targets: Target[];
}

const read = <T,>(name: string): T => {
  const path = join(process.cwd(), process.env.DATA_DIR ?? 'public/data', name);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (error) {
    throw new Error(`Cannot read ${path}: run \`npm run build:corpus\` first (${(error as Error).message})`);
  }
};

let targets: TargetsData | undefined;
let agencies: AgencyIndex | undefined;

/** `targets.json`, read once. */
export function loadTargets(): TargetsData {
  targets ??= read<TargetsData>('targets.json');
  return targets;
}

/** `agencies.json`, read once. */
export function loadAgencies(): AgencyIndex {
  agencies ??= read<AgencyIndex>('agencies.json');
  return agencies;
}

/** How a value accumulates, in words. */
export const basisLabel: Record<TargetBasis, string> = { level: '期末值', cumulative: '累计/总量', annual: '年度', 'per-item': '每项' };

/** Theme ids in the taxonomy's order with their Chinese labels, from the taxonomy data. */
export const themeLabels: Array<[string, string]> = themes.map((theme) => [theme.id, theme.zh]);

/** Formats a normalized value for reading: 80000 → `80,000`. */
export function formatValue(value: number): string {
  return value.toLocaleString('zh-CN', { maximumFractionDigits: 4 });
}
