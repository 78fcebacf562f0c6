/**
 * The targets table at any corpus size: the targets grouped by canonical
 * indicator (ungrouped ones last). Up to `targetsInlineUpTo` targets the
 * targets page shows them all; every group also has its own pages,
 * `targets/<indicator>/`, `targets/<indicator>/2/` …, of at most
 * `targetPageSize` rows, so no page grows with the corpus.
 */
import { readTargets } from '../../data/published-data.ts';
import type { Target, TargetsData } from '../../data/schemas/targets.ts';

/** Up to this many targets the targets page shows the whole table. */
export const targetsInlineUpTo = 600;

/** Rows per page of one indicator (≈ 350 bytes of HTML each). */
export const targetPageSize = 300;

/** One indicator group with all its targets. */
export interface TargetGroup {
  id: string;
  label: string;
  rows: Target[];
}

/** The targets by indicator, in the indicators' order, `other` (未归并) last; empty groups left out. */
export function targetGroups(data: TargetsData = readTargets()): TargetGroup[] {
  const byIndicator = new Map<string | null, Target[]>();
  for (const target of data.targets) {
    if (!byIndicator.has(target.canonical)) byIndicator.set(target.canonical, []);
    byIndicator.get(target.canonical)!.push(target);
  }
  return [
    ...data.indicators.map((indicator) => ({
      id: indicator.id,
      label: indicator.label,
      rows: byIndicator.get(indicator.id) ?? [],
    })),
    { id: 'other', label: '其他指标（未归并）', rows: byIndicator.get(null) ?? [] },
  ].filter((group) => group.rows.length);
}

/** One page of one indicator group. */
export interface TargetPage {
  group: TargetGroup;
  /** 1-based page number within the group, and the group's number of pages. */
  n: number;
  last: number;
  rows: Target[];
}

/** Every group's pages of at most `size` rows. */
export function targetPages(groups: readonly TargetGroup[] = targetGroups(), size = targetPageSize): TargetPage[] {
  return groups.flatMap((group) => {
    const last = Math.max(1, Math.ceil(group.rows.length / size));
    return Array.from({ length: last }, (_, i) => ({
      group,
      n: i + 1,
      last,
      rows: group.rows.slice(i * size, (i + 1) * size),
    }));
  });
}

/** Path of a group's page: `targets/patent-funding/`, `targets/patent-funding/2/`. */
export function targetPagePath(groupId: string, n = 1): string {
  return n === 1 ? `targets/${groupId}/` : `targets/${groupId}/${n}/`;
}
