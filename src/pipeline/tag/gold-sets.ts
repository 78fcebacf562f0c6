/**
 * The hand-coded gold the labeller learns from, read from `tests/gold/`:
 * themes and objects (`themes.yaml`, and `indicator-rows.yaml` for the
 * rows of indicator tables), instruments and strength (`instruments.yaml`),
 * roles (`roles.yaml`, both its parts). Each label
 * set maps clause id → gold label ids; a clause without strength has the
 * strength `none`. A file that does not match its shape is a
 * configuration error naming the file and the entry.
 *
 * Example: `weihai-3-3` → themes `[protection, talent]`, strength `[directive]`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

/** The five learned label sets. */
export const labelSets = ['themes', 'objects', 'instruments', 'strength', 'roles'] as const;

/** One learned label set. */
export type LabelSetName = (typeof labelSets)[number];

/** One value per label set. */
export function perSet<T>(value: (set: LabelSetName) => T): Record<LabelSetName, T> {
  const out = {} as Record<LabelSetName, T>;
  for (const set of labelSets) out[set] = value(set);
  return out;
}

/** Gold labels per label set: clause id → label ids. */
export type GoldSets = Record<LabelSetName, Map<string, string[]>>;

/** The strength classes, with `none` for a clause that commits to nothing. */
export const strengthClasses = ['binding', 'directive', 'encouraging', 'none'] as const;

const split = z.enum(['tune', 'held-out']);
const themeEntry = z.object({ split, themes: z.array(z.string()), objects: z.array(z.string()) }).strict();
const themesSchema = z.object({ clauses: z.record(z.string(), themeEntry) }).strict();
const rowsSchema = z.object({ rows: z.record(z.string(), themeEntry) }).strict();
const instrumentsSchema = z
  .object({
    clauses: z.record(
      z.string(),
      z
        .object({
          split,
          instruments: z.array(z.string()),
          strength: z.enum(['binding', 'directive', 'encouraging']).nullable(),
        })
        .strict(),
    ),
  })
  .strict();
const rolesSchema = z
  .object({ roles: z.record(z.string(), z.string()), heldout: z.record(z.string(), z.string()).default({}) })
  .strict();

function read<T>(file: string, schema: z.ZodType<T, z.ZodTypeDef, unknown>): T {
  const parsed = schema.safeParse(parse(readFileSync(file, 'utf8')));
  if (parsed.success) return parsed.data;
  throw new Error(
    `Invalid gold data in ${file}; fix these entries:\n${parsed.error.issues.map((i) => `  ${file}: ${i.path.join(' › ')}: ${i.message}`).join('\n')}`,
  );
}

/** The gold entries of `dir` as the files give them. */
function readGold(dir: string) {
  const rowsFile = join(dir, 'indicator-rows.yaml');
  const themes = {
    ...read(join(dir, 'themes.yaml'), themesSchema).clauses,
    ...(existsSync(rowsFile) ? read(rowsFile, rowsSchema).rows : {}),
  };
  const instruments = read(join(dir, 'instruments.yaml'), instrumentsSchema).clauses;
  const roles = read(join(dir, 'roles.yaml'), rolesSchema);
  return { themes, instruments, roles };
}

/** Reads the gold files of `dir` (default `tests/gold`); the indicator rows' file may be absent. */
export function loadGoldSets(dir = join('tests', 'gold')): GoldSets {
  const { themes, instruments, roles } = readGold(dir);
  return {
    themes: new Map(Object.entries(themes).map(([id, e]) => [id, e.themes])),
    objects: new Map(Object.entries(themes).map(([id, e]) => [id, e.objects])),
    instruments: new Map(Object.entries(instruments).map(([id, e]) => [id, e.instruments])),
    strength: new Map(Object.entries(instruments).map(([id, e]) => [id, [e.strength ?? 'none']])),
    roles: new Map(Object.entries({ ...roles.roles, ...roles.heldout }).map(([id, role]) => [id, [role]])),
  };
}

/**
 * The gold clauses of each set kept out of tuning the rules: `split:
 * held-out` in the theme and instrument files, the `heldout` part of the
 * roles file. The rules were adjusted while reading only the others.
 */
export function loadHeldOutIds(dir = join('tests', 'gold')): Record<LabelSetName, ReadonlySet<string>> {
  const { themes, instruments, roles } = readGold(dir);
  const held = (entries: Record<string, { split: string }>): Set<string> =>
    new Set(Object.entries(entries).flatMap(([id, e]) => (e.split === 'held-out' ? [id] : [])));
  const themeIds = held(themes);
  const instrumentIds = held(instruments);
  return {
    themes: themeIds,
    objects: themeIds,
    instruments: instrumentIds,
    strength: instrumentIds,
    roles: new Set(Object.keys(roles.heldout)),
  };
}
