/**
 * Reference quality on the hand-checked sample (src/eval/evaluate-references.ts):
 *
 *   npm run eval:references
 */
import { readCorpus } from '../../src/data/published-data.ts';
import { evaluateReferences, loadReferenceGold } from '../../src/eval/evaluate-references.ts';

const scores = evaluateReferences(readCorpus(), loadReferenceGold());
const pct = (n: number): string => n.toFixed(3);
console.log('部分\t引用数\t找到\t精确率\t召回率\t解析准确率');
for (const [name, s] of Object.entries(scores))
  console.log(`${name}\t${s.gold}\t${s.found}\t${pct(s.precision)}\t${pct(s.recall)}\t${pct(s.resolution)}`);
for (const error of scores['全部'].errors) console.log(`  ${error}`);
