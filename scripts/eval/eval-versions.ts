/**
 * Accuracy of the version line-up on the hand-checked pairs
 * (`tests/gold/versions.yaml`): right counterpart and right status.
 *
 *   npm run build:corpus && npm run eval:versions
 */
import { readFileSync } from 'node:fs';
import type { Corpus } from '../../src/model/types.ts';
import { evaluateVersions, loadVersionGold } from '../../src/eval/evaluate-versions.ts';
import { compareVersions } from '../../src/pipeline/align/versions.ts';

const corpus = JSON.parse(readFileSync(process.env.CORPUS ?? 'public/data/corpus.json', 'utf8')) as Corpus;
const gold = loadVersionGold();
const doc = (id: string) => {
  const found = corpus.documents.find((d) => d.meta.id === id);
  if (!found) throw new Error(`tests/gold/versions.yaml names ${id}, which is not in the corpus`);
  return found;
};
const pair = compareVersions(doc(gold.older), doc(gold.newer));
const s = evaluateVersions(pair, gold);
console.log(`${gold.older} → ${gold.newer}: ${JSON.stringify(pair.counts)}`);
console.log(`金标准 ${s.pairs} 对：对应正确 ${s.mapping.toFixed(3)}，状态正确 ${s.status.toFixed(3)}`);
for (const w of s.wrong) console.log(`  ✗ ${w}`);
process.exitCode = s.mapping >= 0.95 && s.status >= 0.9 ? 0 : 1;
