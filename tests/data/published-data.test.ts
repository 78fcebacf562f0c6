import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { readCatalog, readDocumentUpstream } from '../../src/data/published-data.ts';

const published = JSON.parse(readFileSync('public/data/catalog.json', 'utf8')) as {
  documents: Array<Record<string, unknown>>;
};
const before = process.env.DATA_DIR;
afterEach(() => {
  if (before === undefined) delete process.env.DATA_DIR;
  else process.env.DATA_DIR = before;
});

describe('the published-data reader', () => {
  it('reads the built catalogue once and returns the same object on every call', () => {
    delete process.env.DATA_DIR;
    const first = readCatalog();
    expect(first.documents.length).toBe(published.documents.length);
    expect(readCatalog()).toBe(first);
  });

  it('stops on a catalogue row without its label, naming the file, the field and the command that rebuilds it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stale-data-'));
    const stale = { ...published, documents: published.documents.map(({ label: _label, ...row }) => row) };
    writeFileSync(join(dir, 'catalog.json'), JSON.stringify(stale));
    process.env.DATA_DIR = dir;
    expect(() => readCatalog()).toThrow(
      new RegExp(`${dir}/catalog.json[\\s\\S]*npm run build:corpus[\\s\\S]*documents\\.0\\.label: Required`),
    );
  });

  it('gives no upstream tracing for a national text and a checked one for a local document', () => {
    delete process.env.DATA_DIR;
    expect(readDocumentUpstream('national-patent-law')).toBeNull();
    expect(readDocumentUpstream('ningbo-patent')?.summary.clauses).toBeGreaterThan(0);
  });
});
