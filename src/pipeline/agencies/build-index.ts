/**
 * The agency index (`/data/agencies.json`): per document, every
 * responsible unit under its normalized name, the clauses it leads, the
 * clauses it takes part in, the clauses whose text names it without making
 * it responsible, and an agency × theme count.
 *
 * Lead: within each group of a note (the city's bodies; 重庆's central
 * bodies after the `；`), the first-named unit leads the clause and the
 * others take part. `（责任单位：市法院、市检察院）` → 市法院 leads, 市检察院
 * takes part.
 */
import type { Clause, Corpus } from '../../model/types.ts';
import { clausesOf } from '../../model/walk.ts';
import { resolveAlias, type AgencyAliases } from './aliases.ts';
import { noteGroups } from './note-groups.ts';
import type { Agency, AgencyIndex, DocumentAgencies } from '../../data/schemas/agencies.ts';

function documentAgencies(
  docId: string,
  place: string,
  clauses: readonly Clause[],
  aliases: AgencyAliases,
): DocumentAgencies {
  const entries = aliases[docId] ?? [];
  const byName = new Map<string, Agency>();
  const ensure = (written: string, national: boolean): Agency => {
    const alias = resolveAlias(entries, written);
    const name = alias?.name ?? written;
    let agency = byName.get(name);
    if (!agency) {
      const group = alias ? alias.group : national ? 'national' : 'local';
      agency = {
        id: `${docId}-a${byName.size + 1}`,
        name,
        written: [],
        group,
        collective: alias?.collective ?? false,
        note: alias?.note ?? null,
        lead: [],
        participating: [],
        mentioned: [],
        themes: {},
      };
      byName.set(name, agency);
    }
    if (!agency.written.includes(written)) agency.written.push(written);
    return agency;
  };
  const involved = (agency: Agency, id: string): boolean =>
    agency.lead.includes(id) || agency.participating.includes(id);
  const unassigned: string[] = [];
  for (const clause of clauses) {
    const groups = noteGroups(clause.agencyNote, clause.agencies);
    if (!groups.length) unassigned.push(clause.id);
    for (const group of groups) {
      group.units.forEach((unit, index) => {
        const agency = ensure(unit, group.national);
        if (involved(agency, clause.id)) return;
        (index === 0 ? agency.lead : agency.participating).push(clause.id);
        for (const theme of clause.themes) agency.themes[theme.id] = (agency.themes[theme.id] ?? 0) + 1;
      });
    }
  }
  // Mentions: names known from the notes or the alias data (four characters
  // or more, so 市法院 does not match inside longer names) found in a
  // clause's text while its note does not name them.
  const forms = new Set<string>([...byName.values()].flatMap((a) => a.written));
  for (const entry of entries) for (const form of [entry.name, ...entry.aliases]) forms.add(form);
  for (const clause of clauses) {
    for (const form of [...forms].filter((f) => f.length >= 4 && clause.text.includes(f))) {
      const agency = ensure(form, false);
      if (!involved(agency, clause.id) && !agency.mentioned.includes(clause.id)) agency.mentioned.push(clause.id);
    }
  }
  const first = (a: Agency): number => Number(a.id.slice(a.id.lastIndexOf('-a') + 2));
  const agencies = [...byName.values()].sort(
    (x, y) =>
      y.lead.length - x.lead.length ||
      y.participating.length - x.participating.length ||
      y.mentioned.length - x.mentioned.length ||
      first(x) - first(y),
  );
  for (const a of agencies)
    a.themes = Object.fromEntries(Object.entries(a.themes).sort(([p], [q]) => (p < q ? -1 : p > q ? 1 : 0)));
  return { docId, city: place, clauses: clauses.length, unassigned, agencies };
}

/** Builds the agency index of the corpus. */
export function buildAgencyIndex(corpus: Corpus, aliases: AgencyAliases): AgencyIndex {
  return {
    schema: 1,
    documents: corpus.documents.map((doc) =>
      documentAgencies(doc.meta.id, doc.meta.jurisdiction.name, clausesOf(doc.body), aliases),
    ),
  };
}
