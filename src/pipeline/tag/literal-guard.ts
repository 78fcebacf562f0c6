/**
 * The literal strings every match of a regular expression must contain,
 * read from the pattern itself, so that a regex can be skipped, with the
 * same result, on a text that lacks them. Many taxonomy patterns begin
 * with an unanchored wildcard (`[^。；，]{0,30}…`) that the engine tries at
 * every offset; most clauses hold none of the words after it.
 *
 * The guard is exact by construction: a match consumes, in order, strings
 * matched by each element of one alternative, so the text contains the
 * concatenation of any run of elements whose possible strings are known
 * (`(等)?(人员|专业人才)` → 人员, 专业人才, 等人员, 等专业人才); assertions consume
 * nothing, and a positive lookaround must itself match inside the text.
 * Anything unknown (wildcards, classes, back-references, case folding)
 * needs nothing.
 *
 * Example: `[^。；，]{0,30}(?=(等)?(人员|专业人才)(的专业能力|在职培训|培训))`
 * needs one of 人员培训, 人员在职培训, …, 等专业人才的专业能力.
 */
import { parseRegExpLiteral, type AST } from '@eslint-community/regexpp';

/** Lists of literals: the text must contain a member of every list. [] needs nothing. */
export type Needs = string[][];

/** A compiled pattern with the literals its matches need. */
export interface Guarded {
  re: RegExp;
  needs: Needs;
}

/** What a node of the pattern tells: the strings it can match when few, and what its matches need. */
interface Facts {
  exact: string[] | null;
  needs: Needs;
}

/** Most strings kept for one node, and most lists combined across alternatives. */
const most = 16;
const mostLists = 8;
const unknown: Facts = { exact: null, needs: [] };
const nothing: Facts = { exact: [''], needs: [] };

const product = (a: string[], b: string[]): string[] | null =>
  a.length * b.length > most ? null : [...new Set(a.flatMap((x) => b.map((y) => x + y)))];

/** Distinct lists, without those a text can satisfy while containing nothing. */
const real = (needs: Needs): Needs => [
  ...new Map(
    needs.filter((list) => list.length > 0 && !list.includes('')).map((list) => [list.join('\0'), list]),
  ).values(),
];

/** Shorter lists of longer strings first: they rule out most texts. */
const selective = (a: string[], b: string[]): number =>
  Math.min(...b.map((s) => s.length)) - Math.min(...a.map((s) => s.length)) || a.length - b.length;

/** Elements in a row: a match holds, unbroken, one string of each run of elements whose strings are known. */
function sequence(elements: AST.Element[]): Facts {
  const needs: Needs = [];
  let exact: string[] | null = [''];
  let run: string[] = [''];
  for (const element of elements) {
    const facts = element.type === 'Quantifier' ? quantifier(element) : atom(element);
    needs.push(...facts.needs);
    exact = exact && facts.exact && product(exact, facts.exact);
    const longer = facts.exact && product(run, facts.exact);
    if (!longer) needs.push(run);
    run = longer ?? facts.exact ?? [''];
  }
  needs.push(run);
  return { exact, needs: real(needs) };
}

/** A match satisfies one alternative, so it needs, for each choice of one list per alternative, their union. */
function disjunction(alternatives: AST.Alternative[]): Facts {
  const branches = alternatives.map((a) => sequence(a.elements));
  const strings = branches.every((b) => b.exact) ? [...new Set(branches.flatMap((b) => b.exact!))] : null;
  const exact = strings && strings.length <= most ? strings : null;
  if (branches.some((b) => b.needs.length === 0)) return { exact, needs: [] };
  const combinations = branches.reduce((n, b) => n * b.needs.length, 1);
  const choices = branches.map((b) => (combinations > mostLists ? [[...b.needs].sort(selective)[0]] : b.needs));
  const needs = choices.reduce<Needs>(
    (lists, options) => lists.flatMap((list) => options.map((option) => [...new Set([...list, ...option])])),
    [[]],
  );
  return { exact, needs: real(needs) };
}

/** `x?` may match `x` or nothing; `x+`, `x{2,}` hold at least one match of `x`. */
function quantifier(q: AST.Quantifier): Facts {
  const inner = atom(q.element);
  if (q.min === 0) return { exact: q.max === 1 && inner.exact ? ['', ...inner.exact] : null, needs: [] };
  return {
    exact: q.min === q.max && q.min === 1 ? inner.exact : null,
    needs: real([...inner.needs, inner.exact ?? []]),
  };
}

/** One element other than a quantifier. */
function atom(node: AST.QuantifiableElement | AST.Assertion): Facts {
  switch (node.type) {
    case 'Character':
      return { exact: [String.fromCodePoint(node.value)], needs: [] };
    case 'CharacterClass':
      return { exact: classChars(node), needs: [] };
    case 'CapturingGroup':
      return disjunction(node.alternatives);
    case 'Group':
      return node.modifiers ? unknown : disjunction(node.alternatives);
    case 'Assertion':
      // Assertions consume nothing; a positive lookaround's own match lies inside the text.
      if ((node.kind === 'lookahead' || node.kind === 'lookbehind') && !node.negate)
        return { exact: [''], needs: disjunction(node.alternatives).needs };
      return nothing;
    default:
      return unknown;
  }
}

/** The characters of a small, plain class such as `[、和]`; null for negated, large or set-based classes. */
function classChars(node: AST.CharacterClass): string[] | null {
  if (node.negate || node.unicodeSets) return null;
  const chars: string[] = [];
  for (const e of node.elements) {
    if (e.type === 'Character') chars.push(String.fromCodePoint(e.value));
    else if (e.type === 'CharacterClassRange' && e.max.value - e.min.value < most)
      for (let c = e.min.value; c <= e.max.value; c++) chars.push(String.fromCodePoint(c));
    else return null;
  }
  return chars.length <= most ? chars : null;
}

/** True when every literal of `list` contains one of `other`: a text holding `list` then holds `other`. */
const implies = (list: string[], other: string[]): boolean => list.every((s) => other.some((t) => s.includes(t)));

/** The literals every match of `re` contains: the two most selective lists, without one the other implies. */
export function requiredLiterals(re: RegExp): Needs {
  const literal = parseRegExpLiteral(re);
  if (literal.flags.ignoreCase) return [];
  const kept: Needs = [];
  for (const list of disjunction(literal.pattern.alternatives).needs.sort(selective))
    if (kept.length < 2 && !kept.some((k) => implies(k, list))) kept.push(list);
  return kept;
}

/**
 * True when a match can begin with a wildcard (`[^。；，]{0,30}…`) or a
 * positive lookbehind, which the engine must try at every offset of the
 * text. Patterns that begin with a literal or `^` are rejected quickly by
 * the engine itself, faster than a guard could.
 */
function startsAnywhere(re: RegExp): boolean {
  return parseRegExpLiteral(re).pattern.alternatives.some((alternative) => {
    for (const element of alternative.elements) {
      if (element.type !== 'Assertion') return sequence([element]).exact === null;
      if (element.kind === 'start') return false;
      if (element.kind === 'lookbehind' && !element.negate) return true;
    }
    return true;
  });
}

/** `re` with the literals its matches need, when it may begin anywhere; other patterns need nothing. */
export const guard = (re: RegExp): Guarded => ({ re, needs: startsAnywhere(re) ? requiredLiterals(re) : [] });

/** False when `text` lacks every literal of some needed list, so a pattern needing them cannot match anywhere in it. */
export function mayMatch(needs: Needs, text: string): boolean {
  for (const list of needs) if (!list.some((literal) => text.includes(literal))) return false;
  return true;
}
