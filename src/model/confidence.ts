/**
 * Confidence of a learned label in words: 高 (probability ≥ 0.8: of such
 * labels about nine in ten are right when whole documents are held out),
 * 中 (≥ 0.5) or 低 (below: kept because its cross-validated threshold is
 * lower, and worth checking), and the features that weighed most, in
 * Chinese. One place for the chips, the CSV columns and the counts.
 *
 * Example: `{confidence: 0.93, signals: [{feature: 'w:质押融资'}, {feature: 'h:运用'}]}`
 * → `高`, `置信度高（0.93）；模型依据：词“质押融资”、标题中的“运用”`.
 */
import type { LabelConfidence } from './types.ts';

/** The three confidence levels. */
export type ConfidenceLevel = '高' | '中' | '低';

/** Lower bounds of 高 and 中. */
export const confidenceBounds = { high: 0.8, medium: 0.5 } as const;

/** The level of a label's probability; null where the rules alone decided (no probability). */
export function confidenceLevel(label: LabelConfidence): ConfidenceLevel | null {
  if (label.confidence === undefined) return null;
  return label.confidence >= confidenceBounds.high ? '高' : label.confidence >= confidenceBounds.medium ? '中' : '低';
}

/** True for a label the model gave with low confidence (below 0.5). */
export function isLowConfidence(label: LabelConfidence): boolean {
  return confidenceLevel(label) === '低';
}

/** The facts the labeller weighs about a label itself, in Chinese. */
const ownSignals: Readonly<Record<string, string>> = {
  rule: '规则判为此标签',
  'rule@国家': '国家层级文本中规则判为此标签',
  title: '文件标题指向此标签',
  share: '本文件多处条款有此标签',
};

/** The first and last clauses of a document, in Chinese (`pos:first0` …). */
const positionSignals: Readonly<Record<string, string>> = {
  first0: '全文第一条',
  first1: '全文第二条',
  last0: '全文最后一条',
  last1: '全文倒数第二条',
};

/** One feature in Chinese; `name` gives the Chinese name of a label, strength or role id. */
export function signalText(feature: string, name: (id: string) => string): string {
  if (feature.startsWith('国家|')) return `${signalText(feature.slice('国家|'.length), name)}（国家层级文本）`;
  const [kind, ...rest] = feature.split(':');
  const value = rest.join(':');
  if (kind === 'w') return `词“${value}”`;
  if (kind === 'c') return `字“${value}”`;
  if (kind === 'h') return value === 'none' ? '没有标题' : value === 'some' ? '有标题' : `标题中的“${value}”`;
  if (kind === 's') return `开头的“${value}”`;
  if (kind === 'a') return `“应当”“可以”等约束“${value}”`;
  if (kind === 'pos') return positionSignals[value] ?? `位于全文第${Number(value) + 1}个五分之一`;
  if (kind === 'own') return ownSignals[value] ?? value;
  if (kind === 'fam') return `体裁为${value}`;
  if (kind === 'lvl') return `层级为${value}`;
  if (kind === 'rule') {
    const [set, id] = [rest[0], rest.slice(1).join(':')];
    if (set === 'strength') return `规则判为${id === 'none' ? '无力度' : name(id)}`;
    if (set === 'group')
      return `规则判为${({ supply: '供给型', environment: '环境型', demand: '需求型' } as Record<string, string>)[id] ?? id}工具`;
    return `规则判为“${name(id)}”`;
  }
  return value || feature;
}

/** The hover note of a learned label: its level and probability, then what weighed most; empty where the rules alone decided. */
export function confidenceNote(label: LabelConfidence, name: (id: string) => string): string {
  const level = confidenceLevel(label);
  if (!level) return '';
  const texts = (label.signals ?? []).map((s) => signalText(s.feature, name));
  // A national text's feature and its national copy name the same thing: say it once, as the national one.
  const signals = texts.filter((text) => !texts.includes(`${text}（国家层级文本）`));
  return `置信度${level}（${label.confidence!.toFixed(2)}）${signals.length ? `；模型依据：${signals.join('、')}` : ''}`;
}

/** The labels of a list with their probability, for a CSV cell: `运用 0.93；保护 0.62`. */
export function confidenceCell(
  labels: ReadonlyArray<LabelConfidence & { id: string }>,
  name: (id: string) => string,
): string {
  return labels
    .filter((l) => l.confidence !== undefined)
    .map((l) => `${name(l.id)} ${l.confidence!.toFixed(2)}`)
    .join('；');
}
