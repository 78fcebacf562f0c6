/**
 * Bad metadata stops the build with a fatal message on meta.yaml that
 * names the field, its line and what to write instead; the other
 * documents of the run are still built and reported.
 */
import { describe, expect, it } from 'vitest';
import { build, messages, metaFor, realSource } from './content-dir.ts';

const weihai = realSource('weihai');
const ningbo = realSource('ningbo');

/** Builds 威海 with changed metadata next to an intact 宁波, and returns the fatal messages. */
function fatalFor(fields: Record<string, unknown>) {
  const run = build([
    { folder: 'ningbo', source: ningbo },
    { folder: 'weihai', source: weihai, meta: metaFor('weihai', weihai, fields) },
  ]);
  expect(run.failed).toBe(true);
  expect(run.corpus.documents.map((d) => d.meta.id)).toContain('ningbo');
  return messages(run).filter((m) => m.fatal);
}

describe('metadata', () => {
  it('names a missing required field and how to fill it', () => {
    const [fatal, ...rest] = fatalFor({ genre: undefined });
    expect(rest).toEqual([]);
    expect(fatal).toMatchObject({ file: 'weihai/meta.yaml', line: 1, column: 1, ruleId: 'meta-schema' });
    expect(fatal.reason).toMatch(/missing required field “genre”; add it to meta.yaml/);
  });

  it('names an unknown genre with its line and the genres allowed', () => {
    const [fatal] = fatalFor({ genre: '公告' });
    expect(fatal).toMatchObject({ file: 'weihai/meta.yaml', line: 4, column: 8 });
    expect(fatal.reason).toMatch(
      /field “genre”.*'规划' \| '纲要' \| .*'条例' \| .*'规定' \| .*'实施细则'.*, received '公告'/,
    );
  });

  it('refuses a malformed date (2021-13-45) with the form expected', () => {
    const [fatal] = fatalFor({ dates: [{ event: '印发', date: '2021-13-45' }] });
    expect(fatal).toMatchObject({ file: 'weihai/meta.yaml', line: 9, column: 11 }); // the date: line of the first event
    expect(fatal.reason).toMatch(
      /field “dates.0.date”: not a real calendar date; write the date the text states as YYYY-MM-DD/,
    );
  });

  it('refuses a date that is not in YYYY-MM-DD form, and an event it does not know', () => {
    const problems = fatalFor({ dates: [{ event: '发文', date: '2021年12月22日' }] });
    const event = problems.find((p) => p.reason.includes('dates.0.event'))!;
    const date = problems.find((p) => p.reason.includes('dates.0.date'))!;
    expect(event.reason).toMatch(
      /field “dates.0.event”: .*'印发' \| '发布' \| '公布' \| '通过' \| '批准' \| '修正' \| '修订' \| '施行', received '发文'/,
    );
    expect(date.reason).toMatch(/field “dates.0.date”: expected a date as YYYY-MM-DD/);
  });

  it('asks for the parent of a city and refuses one for a province', () => {
    const [city] = fatalFor({
      jurisdiction: { name: '威海市', pinyin: 'Weihai', level: '地级市', parent: null, province: '山东省' },
    });
    expect(city.reason).toMatch(/field “jurisdiction.parent”: a 地级市 lies in a jurisdiction above it; name it/);
    const [province] = fatalFor({
      jurisdiction: { name: '山东省', pinyin: 'Shandong', level: '省', parent: '中国', province: '山东省' },
    });
    expect(province.reason).toMatch(/field “jurisdiction.parent”: a 省 has no parent jurisdiction; write null/);
  });

  it('reports a jurisdiction that does not appear in the text on its name', () => {
    const [fatal, ...rest] = fatalFor({
      jurisdiction: { name: '烟台市', pinyin: 'Yantai', level: '地级市', parent: '山东省', province: '山东省' },
    });
    expect(rest).toEqual([]);
    expect(fatal).toMatchObject({ file: 'weihai/meta.yaml', line: 4, column: 9, ruleId: 'city-mismatch' }); // the name: line
    expect(fatal.reason).toMatch(/Jurisdiction “烟台市” from meta.yaml does not appear in the text of source.txt/);
  });

  it('refuses a duplicate document id in a copied folder, naming both files', () => {
    const run = build([
      { folder: 'weihai', source: weihai },
      { folder: 'weihai-copy', source: weihai, meta: metaFor('weihai', weihai) },
    ]);
    expect(run.failed).toBe(true);
    const fatal = messages(run).filter((m) => m.fatal);
    expect(fatal.every((m) => m.file === 'weihai-copy/meta.yaml' && m.line === 1 && m.column === 5)).toBe(true);
    expect(fatal.map((m) => m.ruleId)).toEqual(['meta-id', 'duplicate-id']);
    expect(fatal[1].reason).toMatch(
      /Duplicate document id “weihai”, also used by .*weihai\/meta.yaml; give each document its own id/,
    );
    expect(run.corpus.documents.map((d) => d.meta.id)).toEqual(['weihai']);
  });

  it('refuses a changed source whose checksum no longer matches', () => {
    const run = build([
      { folder: 'weihai', source: Buffer.concat([weihai, Buffer.from('\n附件')]), meta: metaFor('weihai', weihai) },
    ]);
    const [fatal] = messages(run).filter((m) => m.fatal);
    expect(fatal).toMatchObject({ file: 'weihai/source.txt', line: 1, ruleId: 'checksum' });
    expect(fatal.reason).toMatch(/Sources are never edited/);
  });

  it('refuses a folder without meta.yaml and invalid YAML, with places', () => {
    const run = build([
      { folder: 'ningbo', source: ningbo, meta: 'id: ningbo\ncity: {zh: 宁波市\n' },
      { folder: 'weihai', source: weihai, meta: '' },
    ]);
    const fatal = messages(run).filter((m) => m.fatal);
    expect(fatal.find((m) => m.file === 'ningbo/meta.yaml')?.reason).toMatch(/^Invalid YAML/);
    expect(fatal.find((m) => m.file === 'weihai/meta.yaml')?.reason).toMatch(/Unexpected metadata/);
    expect(run.corpus.documents).toEqual([]);
  });
});
