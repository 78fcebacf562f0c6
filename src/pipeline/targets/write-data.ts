/**
 * Writes the targets and agency data under the published data folder:
 * `targets.json`, `targets.csv` (UTF-8 BOM) and `agencies.json`. Output is
 * deterministic: the same corpus and content data give byte-identical files.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from '../../model/types.ts';
import { loadAgencyAliases } from '../agencies/aliases.ts';
import { buildAgencyIndex } from '../agencies/build-index.ts';
import { collectTargets } from './collect-targets.ts';
import { loadIndicatorRules } from './rules.ts';
import { toTargetsCsv } from './targets-csv.ts';
import type { AgencyIndex } from '../../data/schemas/agencies.ts';
import type { TargetsData } from '../../data/schemas/targets.ts';

/** Version of the targets and agencies data shape. */
export const TARGETS_SCHEMA: TargetsData['schema'] = 1;

/** Builds and writes targets and agency data; returns the written paths. */
export function writeTargetData(corpus: Corpus, outDir: string, contentDir = 'content'): string[] {
  const rules = loadIndicatorRules(contentDir);
  const targets = collectTargets(corpus, rules);
  const indicators = rules.indicators.map(({ id, label, unit }) => ({ id, label, unit }));
  const agencies = buildAgencyIndex(corpus, loadAgencyAliases(contentDir));
  const files: Array<[string, string]> = [
    [
      'targets.json',
      `${JSON.stringify({ schema: TARGETS_SCHEMA, indicators, targets } satisfies TargetsData, null, 1)}\n`,
    ],
    ['targets.csv', toTargetsCsv(targets)],
    ['agencies.json', `${JSON.stringify(agencies satisfies AgencyIndex, null, 1)}\n`],
  ];
  return files.map(([name, content]) => {
    const path = join(outDir, name);
    writeFileSync(path, content);
    return path;
  });
}
