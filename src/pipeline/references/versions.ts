/**
 * Which version of a cited text was in force when the citing text was
 * made. A text's versions are the dated events of its history (通过,
 * 公布, 修正, 修订 …) as every document of the work in the corpus
 * records them; a corpus document is the version of its own latest event
 * (primaryDate). A version counts from its 施行 date where the document
 * states one, else from the event's own date.
 *
 *   专利法 (corpus: the 2020 text; history 1984, 1992, 2000, 2008, 2020),
 *   cited by a regulation of 2012-03-01 → the 2008 version: not in the corpus.
 */
import { effectiveDate, primaryDate } from '../../model/document-meta.ts';
import type { PolicyDocument } from '../../model/types.ts';

/** The version a citation names: the corpus document holding it, or none, with a label (`2008年修正`). */
export interface VersionChoice {
  doc: PolicyDocument | null;
  label: string;
}

interface Version {
  /** When the version takes effect (ISO). */
  from: string;
  label: string;
  doc: PolicyDocument | null;
}

const versionEvents = new Set(['印发', '发布', '公布', '通过', '批准', '修正', '修订']);

/** The versions of a work (its documents in the corpus), oldest first. */
export function workVersions(docs: readonly PolicyDocument[]): Version[] {
  const byDate = new Map<string, Version>();
  for (const doc of docs) {
    for (const event of doc.meta.dates) {
      if (!versionEvents.has(event.event) || byDate.has(event.date)) continue;
      byDate.set(event.date, { from: event.date, label: `${event.date.slice(0, 4)}年${event.event}`, doc: null });
    }
  }
  for (const doc of docs) {
    const date = primaryDate(doc.meta);
    if (!date) continue;
    const version = byDate.get(date)!;
    version.doc = doc;
    const effective = effectiveDate(doc.meta);
    if (effective && effective > date) version.from = effective;
  }
  return [...byDate.values()].sort((a, b) => a.from.localeCompare(b.from));
}

/** The version of a work in force on `date` (ISO); with no date known, the work's only corpus document when it has one version in all. */
export function versionOn(versions: readonly Version[], date: string | null): VersionChoice {
  if (date === null) {
    const held = versions.filter((v) => v.doc);
    return held.length === 1 && versions.length === 1 ? held[0] : { doc: null, label: '引用文件日期未知' };
  }
  const version = versions.filter((v) => v.from <= date).at(-1);
  return version ?? { doc: null, label: `${date.slice(0, 4)}年以前的版本` };
}
