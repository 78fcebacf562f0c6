/**
 * A synthetic corpus of any size, made by recombining real clauses, for
 * scale benchmarks. Document k copies the structure of a real document
 * (round robin) and rewrites each clause: every sentence is kept (60 %),
 * swapped for a sentence of any real clause (30 %) or dropped (10 %); one
 * sentence in five is locally reworded (a two-character span replaced by
 * two characters from elsewhere in the corpus), and the template's city
 * name becomes the synthetic one, as local drafters do. Each document gets
 * its own city (`合成市0001`). Deterministic for a given seed.
 */
import { clausesOf } from '../../src/model/walk.ts';
import type { Clause, Corpus, PolicyDocument } from '../../src/model/types.ts';
import { seededRandom } from './seeded-random.ts';

const sentencesOf = (text: string): string[] => text.match(/[^。；！？\n]+[。；！？]?/g) ?? [text];

/** `documents` synthetic documents recombined from the clauses of `real`. */
export function syntheticCorpus(real: Corpus, documents: number, seed = 1): Corpus {
  const next = seededRandom(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(next() * xs.length)];
  const realClauses = real.documents.map((doc) => clausesOf(doc.body));
  const pool = realClauses.flat().flatMap((c) => sentencesOf(c.text));
  const chars = [...new Set(pool.join('').replace(/[\s\p{P}\d]/gu, ''))];
  const out: PolicyDocument[] = [];
  for (let k = 0; k < documents; k++) {
    const template = real.documents[k % real.documents.length];
    const id = `syn-${String(k + 1).padStart(4, '0')}`;
    const city = `合成市${String(k + 1).padStart(4, '0')}`;
    const cityName = template.meta.jurisdiction.name.replace(/[市区]$/, '');
    const body: Clause[] = realClauses[k % real.documents.length].map((clause, n) => {
      const kept = sentencesOf(clause.text).flatMap((s) => {
        const r = next();
        return r < 0.6 ? [s] : r < 0.9 ? [pick(pool)] : [];
      });
      const text = (kept.length ? kept : [pick(pool)])
        .map((s) => {
          if (next() >= 0.2 || s.length < 4) return s;
          const at = Math.floor(next() * (s.length - 2));
          return s.slice(0, at) + pick(chars) + pick(chars) + s.slice(at + 2);
        })
        .join('')
        .replaceAll(cityName, city);
      return { ...clause, id: `${id}-${n + 1}`, docId: id, text, original: text, themes: [], objects: [] };
    });
    out.push({
      ...template,
      meta: {
        ...template.meta,
        id,
        jurisdiction: { ...template.meta.jurisdiction, name: city, pinyin: id },
        title: `${city}${template.meta.title}`,
      },
      body,
      stats: { ...template.stats, clauses: body.length },
    });
  }
  return { schema: 1, documents: out };
}
