/**
 * Reads the targets written in a clause's prose. Each quantity is read
 * with the comma-segment it stands in: the words before it name the
 * indicator (a trailing 达到 is cut), the words after it complete it
 * (`培育6家以上知识产权运营机构` → `培育…知识产权运营机构`), and a segment
 * that opens with 每件/一次性/给予 takes its subject from the segment
 * before (`对已授权的国内发明专利，每件给予5000元的资金支持`). The target
 * year is the nearest 到2025年 / 到“十四五”末 before the value in the
 * clause, else the one the section set before (a per-item amount takes
 * only a year its own clause states); 以上指标均为预期性指标 gives
 * the nature of the values before it.
 */
import type { Clause, PolicyDocument } from '../../model/types.ts';
import { findQuantities } from './quantity.ts';
import { canonicalOf, type IndicatorRules } from './rules.ts';
import type { Target, TargetBasis } from '../../data/schemas/targets.ts';

const segmentBreak = /[，；。！？\n]/;
const sentenceBreak = /[。！？\n]/;

/** Positions and years of the target-year markers in a text. */
export function yearMarks(text: string, rules: IndicatorRules['rules']): Array<{ at: number; year: number }> {
  return rules.targetYear
    .flatMap((source) =>
      [...text.matchAll(new RegExp(source, 'g'))].map((match) => ({
        at: match.index ?? 0,
        year: /^\d{4}$/.test(match[1]) ? Number(match[1]) : (rules.planPeriods[match[1]] ?? NaN),
      })),
    )
    .filter((mark) => Number.isFinite(mark.year))
    .sort((a, b) => a.at - b.at);
}

const lastBreak = (text: string, before: number, pattern: RegExp): number => {
  for (let i = before - 1; i >= 0; i--) if (pattern.test(text[i])) return i + 1;
  return 0;
};
const nextBreak = (text: string, from: number, pattern: RegExp): number => {
  for (let i = from; i < text.length; i++) if (pattern.test(text[i])) return i;
  return text.length;
};

/** How a value accumulates, judged by the words of its indicator. */
export function basisOf(indicator: string, rules: IndicatorRules['rules']): TargetBasis {
  for (const basis of ['per-item', 'cumulative', 'annual'] as const) {
    if (rules.basis[basis].some((word) => indicator.includes(word))) return basis;
  }
  return 'level';
}

/** The targets of one clause; `inheritedYear` is the target year its section set before it. */
export function proseTargets(
  doc: PolicyDocument,
  clause: Clause,
  rules: IndicatorRules,
  inheritedYear: number | null,
): Target[] {
  const text = clause.text;
  const quantities = findQuantities(text, rules.rules);
  const years = yearMarks(text, rules.rules);
  return quantities.map((q, index): Target => {
    const segStart = lastBreak(text, q.start, segmentBreak);
    const segEnd = nextBreak(text, q.end, segmentBreak);
    const previous = quantities[index - 1];
    const next = quantities[index + 1];
    const preStart = previous && previous.end > segStart ? previous.end : segStart;
    const postEnd = next && next.start < segEnd ? next.start : segEnd;
    let head = text
      .slice(preStart, q.start)
      .replace(/^[、\s]+/, '')
      .trim();
    const tail = text.slice(q.end, postEnd);
    // A list of values (`专业人员5人、每个市场监管所2人`): the next item starts at 、.
    const post = (next && next.start < segEnd ? tail.split('、')[0] : tail)
      .replace(/（[^）]*）$/, '')
      .replace(/[、\s]+$/, '')
      .trim();
    let subject = '';
    if (rules.rules.needsSubject.some((word) => head.startsWith(word)) && segStart > 0) {
      subject = text.slice(lastBreak(text, segStart - 1, segmentBreak), segStart - 1).trim();
    }
    if (!post)
      for (const verb of rules.rules.trailingVerbs) if (head.endsWith(verb)) head = head.slice(0, -verb.length);
    const indicator = `${subject ? `${subject}，` : ''}${head}${post ? `…${post}` : ''}`;
    const canonical = canonicalOf(rules, indicator);
    const basis = basisOf(indicator, rules.rules);
    const stated = years.filter((mark) => mark.at < q.start).at(-1)?.year ?? null;
    // A per-item amount (每件给予5000元) is a rule, not a level to reach: it
    // takes a year only when its own clause states one.
    const lineEnd = nextBreak(text, q.end, /\n/);
    const natureWord = Object.keys(rules.rules.nature).find((word) => {
      const at = text.indexOf(word, q.end);
      return at >= 0 && at < lineEnd;
    });
    const sentence = text
      .slice(lastBreak(text, q.start, sentenceBreak), nextBreak(text, q.end, sentenceBreak) + 1)
      .trim();
    return {
      id: `${clause.id}-t${index + 1}`,
      docId: doc.meta.id,
      city: doc.meta.jurisdiction.name,
      sourceId: clause.id,
      sourceKind: 'clause',
      path: clause.path,
      indicator,
      canonical: canonical?.id ?? null,
      written: q.written,
      value: q.value,
      valueMax: q.valueMax,
      unit: q.unit ?? canonical?.unit ?? null,
      unitSource: q.unit ? 'text' : canonical ? 'indicator' : null,
      comparator: q.comparator,
      baseline: null,
      targetYear: basis === 'per-item' ? stated : (stated ?? inheritedYear),
      nature: natureWord ? rules.rules.nature[natureWord] : null,
      basis,
      context: sentence,
      note: null,
    };
  });
}
