/**
 * The conservation proof (src/pipeline/check/conservation.ts): it catches
 * a lost, doubled or changed character and points at it, and all five
 * real documents pass it — every character of the repaired source is in
 * the output once, in order.
 */
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { checkConservation, offsetOfNonSpace, outputOriginals } from '../../src/pipeline/check/conservation.ts';
import { buildCorpus } from '../../src/pipeline/corpus.ts';
import { createDraft } from '../../src/pipeline/draft.ts';
import { parseErrata } from '../../src/pipeline/errata.ts';
import { decode } from '../../src/pipeline/text/decode.ts';
import { repairMisDecodedSpans } from '../../src/pipeline/text/mis-decoding.ts';
import { removePinyinGlosses } from '../../src/pipeline/text/pinyin-glosses.ts';
import { allRealDocs, realDocs, realErrata, realSource } from './content-dir.ts';

/** The repaired source text of a real document, as processDocument proves it against. */
function repairedText(id: string): string {
  const file = new VFile({ path: `${id}/source.txt` });
  const draft = createDraft(file, decode(realSource(id), file).text);
  removePinyinGlosses(draft);
  const errata = realErrata(id);
  repairMisDecodedSpans(draft, errata ? parseErrata(errata, 'errata.yaml') : [], 'errata.yaml');
  return draft.repaired.text;
}

describe('checkConservation', () => {
  const source = '一、总体要求\n（一）加强保护。完善制度。\n';

  it('accepts output that holds every character once, in order, whatever the white space', () => {
    expect(checkConservation(source, ['一、总体要求', '（一）加强保护。\n完善制度。']).ok).toBe(true);
  });

  it('catches a lost character and says where', () => {
    const result = checkConservation(source, ['一、总体要求', '（一）加强保护。完善制。']);
    expect(result.ok).toBe(false);
    expect(result.offset).toBe(17);
    expect(result.expected).toBe('度。');
    expect(result.actual).toBe('。');
    expect(source[offsetOfNonSpace(source, result.offset)]).toBe('度');
  });

  it('catches a doubled character and a changed one', () => {
    expect(checkConservation(source, ['一、总体要求要求', '（一）加强保护。完善制度。']).ok).toBe(false);
    const changed = checkConservation(source, ['一、总体要求', '（一）加強保护。完善制度。']);
    expect(changed).toMatchObject({
      ok: false,
      offset: 10,
      expected: '强保护。完善制度。',
      actual: '強保护。完善制度。',
    });
  });
});

describe('conservation on the real corpus', () => {
  const run = buildCorpus('content');

  it('builds every document, plans and regulations, without a conservation message', () => {
    expect(run.corpus.documents.map((d) => d.meta.id)).toEqual(allRealDocs);
    expect(run.files.flatMap((f) => f.messages).filter((m) => m.ruleId === 'conservation')).toEqual([]);
  });

  it.each(realDocs)('%s: the output originals equal the repaired source, and one lost character is caught', (id) => {
    const doc = run.corpus.documents.find((d) => d.meta.id === id)!;
    const repaired = repairedText(id);
    const originals = outputOriginals(doc);
    expect(checkConservation(repaired, originals).ok).toBe(true);
    // Drop one character from the middle clause: the proof must fail exactly there.
    const index = Math.floor(originals.length / 2);
    const damaged = [...originals];
    const cut = damaged[index].search(/[^\s]/) + 1;
    damaged[index] = damaged[index].slice(0, cut) + damaged[index].slice(cut + 1);
    const result = checkConservation(repaired, damaged);
    expect(result.ok).toBe(false);
    const before = originals.slice(0, index).join('').replace(/\s+/g, '').length;
    const lostAt = before + damaged[index].slice(0, cut).replace(/\s+/g, '').length;
    expect(result.offset).toBeLessThanOrEqual(lostAt);
    expect(result.offset).toBeGreaterThanOrEqual(lostAt - 12);
  });
});
