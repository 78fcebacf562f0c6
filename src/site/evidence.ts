/**
 * A label's evidence as a reader reads it: the words matched in the clause,
 * then what each matched rule recognises (its Chinese note from the
 * catalogue), never the rule's id.
 *
 * Example: evidence `[查处, 假冒, protection-penalty]` of a theme →
 * `依据用语：查处、假冒；依据规则：罚款、没收、责令改正等行政处罚，属于执法保护`.
 */
import { readCatalog } from '../data/published-data.ts';
import type { CatalogRuleNotes } from '../data/schemas/catalog.ts';
import type { Label } from '../model/types.ts';

/** The taxonomy file a label comes from. */
export type LabelKind = keyof CatalogRuleNotes;

/** The evidence of a label in words; empty when it has none. Throws (a build error) for a rule the catalogue does not know. */
export function evidenceText(
  kind: LabelKind,
  label: Label,
  notes: CatalogRuleNotes = readCatalog().taxonomy.rules,
): string {
  const words = [...new Set(label.evidence.filter((e) => e.where !== 'rule').map((e) => e.term))];
  const rules = [...new Set(label.evidence.filter((e) => e.where === 'rule').map((e) => e.term))].map((id) => {
    const note = notes[kind][id];
    if (note === undefined)
      throw new Error(`Rule ${id} of ${kind} has no note in catalog.json: run \`npm run build:corpus\``);
    return note;
  });
  return [words.length ? `依据用语：${words.join('、')}` : '', rules.length ? `依据规则：${rules.join('；')}` : '']
    .filter(Boolean)
    .join('；');
}
