/**
 * The compare page's document picker at any corpus size: a search box
 * (title, place, genre) and filters by place (province or the state),
 * 效力类别, level and year narrow the list of documents shown; documents
 * already chosen stay chosen when hidden. Each document's checkbox carries
 * what it is filtered on as data attributes.
 *
 * Example: level `national`, category `司法解释`, text `专利` → the patent interpretations.
 */

/** What the picker shows; empty values mean "any". */
export interface PickerCriteria {
  text: string;
  province: string;
  category: string;
  level: string;
  year: string;
}

/** What one document is filtered on (its checkbox's data attributes). */
export interface PickerEntry {
  text: string;
  province: string;
  category: string;
  level: string;
  year: string;
}

/** Whether a document passes the criteria: every filter set matches, every word of the search text is in its text. */
export function pickerMatches(entry: PickerEntry, criteria: PickerCriteria): boolean {
  const words = criteria.text.trim().split(/\s+/).filter(Boolean);
  return (
    words.every((w) => entry.text.includes(w)) &&
    (!criteria.province || entry.province === criteria.province) &&
    (!criteria.category || entry.category === criteria.category) &&
    (!criteria.level || entry.level === criteria.level) &&
    (!criteria.year || entry.year === criteria.year)
  );
}

/** Hides the documents (and places left empty) under `root` that do not pass; returns how many are shown. */
export function filterPicker(root: ParentNode, criteria: PickerCriteria): number {
  let shown = 0;
  for (const label of root.querySelectorAll<HTMLElement>('label[data-pick]')) {
    const data = label.dataset;
    const pass = pickerMatches(
      {
        text: data.text ?? '',
        province: data.province ?? '',
        category: data.category ?? '',
        level: data.level ?? '',
        year: data.year ?? '',
      },
      criteria,
    );
    label.hidden = !pass;
    if (pass) shown++;
  }
  for (const place of root.querySelectorAll<HTMLElement>('fieldset.place'))
    place.hidden = !place.querySelector('label[data-pick]:not([hidden])');
  return shown;
}
