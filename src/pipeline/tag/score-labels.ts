/**
 * Scores every label of one taxonomy file on one clause and keeps the
 * labels that are a real subject: the score must reach the file's
 * threshold and a share (`relative`) of the clause's best score, so a word
 * in passing in a long clause does not make a label. Each kept label
 * carries its evidence: matched terms with their place, and rules.
 *
 * Example: 推动知识产权质押融资服务进园区 → `use` with evidence
 * `{term: 质押融资, where: text, weight: 3}`.
 */
import type { Label, LabelEvidence, Strength } from '../../model/types.ts';
import { guard, mayMatch, type Guarded } from './literal-guard.ts';
import { blockedSpans, compileTerms, countTerms, matchesOf, type TermIndex } from './match-terms.ts';
import type { WordBoundaries } from './segment.ts';
import type { StrengthData, StrengthId, TaxonomyFile } from './taxonomy-schema.ts';

/** Where evidence is found in a clause. */
export type Where = 'text' | 'title' | 'heading';

/** The places of a clause that are evidence, with their word boundaries: its text, its title and its heading chain. */
export type ClausePlaces = Array<[Where, WordBoundaries]>;

/** A taxonomy file compiled once for repeated scoring. */
export interface CompiledTaxonomy {
  file: TaxonomyFile;
  terms: TermIndex;
  passing: Guarded[];
  rules: Map<string, Array<{ id: string; where: Where | 'any'; pattern: Guarded; weight: number }>>;
  damping: Array<{ id: string; where: Where | 'any'; pattern: Guarded; factor: number; except: string[] }>;
}

/** Compiles the terms and patterns of a validated taxonomy file. */
export function compileTaxonomy(file: TaxonomyFile): CompiledTaxonomy {
  return {
    file,
    terms: compileTerms(file.labels.map((label) => label.terms)),
    passing: file.passing.map((p) => guard(new RegExp(p.pattern, 'gu'))),
    damping: file.damping.map((d) => ({
      id: d.id,
      where: d.where,
      pattern: guard(new RegExp(d.pattern, 'u')),
      factor: d.factor,
      except: d.except,
    })),
    rules: new Map(
      file.labels.map((label) => [
        label.id,
        label.rules.map((r) => ({
          id: r.id,
          where: r.where,
          pattern: guard(new RegExp(r.pattern, 'u')),
          weight: r.weight,
        })),
      ]),
    ),
  };
}

const round = (n: number): number => Math.round(n * 100) / 100;

const byEvidence = (a: LabelEvidence, b: LabelEvidence): number =>
  b.weight - a.weight ||
  (a.where < b.where ? -1 : a.where > b.where ? 1 : 0) ||
  (a.term < b.term ? -1 : a.term > b.term ? 1 : 0);

/** True when `pattern` matches one of the places (`where`) of a clause; tried only where its needed literals are. */
function matches(places: ClausePlaces, where: Where | 'any', { re, needs }: Guarded): boolean {
  for (const [w, place] of places) {
    if ((where !== 'any' && where !== w) || !mayMatch(needs, place.text)) continue;
    re.lastIndex = 0; // a global pattern (strength) tests from the start
    if (re.test(place.text)) return true;
  }
  return false;
}

/** Scores one clause, given as its places, against one taxonomy file; labels sorted by score, then id. */
export function scoreLabels(places: ClausePlaces, taxonomy: CompiledTaxonomy): Label[] {
  const { scoring, labels } = taxonomy.file;
  const damping = taxonomy.damping.filter((d) => matches(places, d.where, d.pattern));
  const hits = places.map(([where, place]) => ({
    where,
    counts: countTerms(place, () => blockedSpans(place.text, taxonomy.passing), taxonomy.terms),
  }));

  const scored: Label[] = [];
  labels.forEach((label, index) => {
    const evidence: LabelEvidence[] = [];
    for (const { where, counts } of hits) {
      for (const [term, count] of counts[index] ?? []) {
        const weight = label.terms[term] * scoring.where[where] * (1 + scoring.repeat * (count - 1));
        evidence.push({ term, where, weight: round(weight) });
      }
    }
    for (const rule of taxonomy.rules.get(label.id) ?? []) {
      if (matches(places, rule.where, rule.pattern))
        evidence.push({ term: rule.id, where: 'rule', weight: rule.weight });
    }
    if (evidence.length === 0) return; // scores 0, below the (positive) threshold: never kept
    const factor = damping.filter((d) => !d.except.includes(label.id)).reduce((f, d) => f * d.factor, 1);
    const score = round(factor * evidence.reduce((sum, e) => sum + e.weight, 0));
    if (factor !== 1)
      for (const d of damping)
        if (!d.except.includes(label.id)) evidence.push({ term: d.id, where: 'rule', weight: d.factor });
    scored.push({ id: label.id, score, evidence: evidence.sort(byEvidence) });
  });

  const best = Math.max(0, ...scored.map((l) => l.score));
  return scored
    .filter((l) => l.score >= scoring.threshold && l.score >= scoring.relative * best)
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
}

/** The strength section compiled once: regexes by level, strongest first. */
export interface CompiledStrength {
  none: Array<{ where: Where | 'any'; pattern: Guarded }>;
  passing: Guarded[];
  levels: Array<{ id: StrengthId; patterns: Array<{ where: Where | 'any'; pattern: Guarded }> }>;
}

/** Compiles the strength section of instruments.yaml. */
export function compileStrength(data: StrengthData): CompiledStrength {
  const compile = (p: { where: Where | 'any'; pattern: string }): { where: Where | 'any'; pattern: Guarded } => ({
    where: p.where,
    pattern: guard(new RegExp(p.pattern, 'gu')),
  });
  return {
    none: data.none.map(compile),
    passing: data.passing.map((p) => guard(new RegExp(p.pattern, 'gu'))),
    levels: data.levels.map((level) => ({ id: level.id, patterns: level.patterns.map(compile) })),
  };
}

/**
 * The strength of one clause: the first level (strongest first) whose
 * pattern matches outside a passing span, with the matched words as
 * evidence; null when a `none` pattern matches or no level does.
 *
 * Example: 处一万元以上五万元以下的罚款 → `{id: binding, evidence: 罚款}`.
 */
export function scoreStrength(places: ClausePlaces, strength: CompiledStrength): Strength | null {
  const at = (where: Where | 'any'): ClausePlaces => places.filter(([w]) => where === 'any' || where === w);
  if (strength.none.some((n) => matches(places, n.where, n.pattern))) return null;
  const blocked = new Map(places.map(([w, place]) => [w, blockedSpans(place.text, strength.passing)]));
  for (const level of strength.levels) {
    for (const { where, pattern } of level.patterns) {
      for (const [w, place] of at(where)) {
        if (!mayMatch(pattern.needs, place.text)) continue;
        for (const m of matchesOf(pattern.re, place.text)) {
          const end = m.index + m[0].length;
          if (m[0].length > 0 && !blocked.get(w)!.some(([s, e]) => m.index < e && s < end))
            return { id: level.id, evidence: m[0] };
        }
      }
    }
  }
  return null;
}
