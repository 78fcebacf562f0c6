/**
 * The Chinese name of any label id a reader may meet in a label's evidence:
 * a theme, IP object or policy instrument, a policy strength or a clause
 * role (the learned model weighs the rules' labels of every kind).
 *
 * Example: `goals` → 目标, `binding` → 约束性, `use` → 运用.
 */
import { labelOf, strengthList } from './corpus.ts';
import { roleList } from './roles.ts';

/** The Chinese name of a label id of any kind; the id itself only when no list knows it. */
export function anyLabelName(id: string): string {
  return strengthList().find((s) => s.id === id)?.zh ?? roleList().find((r) => r.id === id)?.zh ?? labelOf(id);
}
