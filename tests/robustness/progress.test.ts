import { describe, expect, it } from 'vitest';
import { createProgress } from '../../scripts/corpus/progress.ts';

/** A stream that keeps what is written, as a log (not a terminal) would. */
function logStream(): { stream: NodeJS.WriteStream; text: () => string } {
  let written = '';
  const stream = {
    isTTY: false,
    write: (chunk: string) => ((written += chunk), true),
  } as unknown as NodeJS.WriteStream;
  return { stream, text: () => written };
}

describe('build progress in a log', () => {
  it('names each stage, counts its documents or clauses, and reports finished steps', () => {
    const { stream, text } = logStream();
    const progress = createProgress(stream, false);
    for (let i = 1; i <= 40; i++) progress.update(i, 40, `doc-${i}`);
    progress.stage('corpus', '40 documents');
    progress.begin('tag');
    for (let i = 1; i <= 40; i++) progress.update(i, 40, `doc-${i}`);
    progress.stage('tag');
    progress.begin('align');
    progress.step('index');
    for (let i = 1; i <= 200; i++) progress.update(i, 200, `clause-${i}`, '条');
    progress.stage('align');
    const lines = text().trim().split('\n');
    expect(
      lines.filter((l) => l.startsWith('[corpus] ') && / \d+\/40 文件 · doc-\d+ · \d+\.\ds$/.test(l)),
    ).toHaveLength(11);
    expect(lines).toContainEqual(expect.stringMatching(/^\[tag\] started · /));
    expect(lines.filter((l) => /^\[tag\] \d+\/40 文件 · /.test(l))).toHaveLength(11);
    expect(lines).toContainEqual(expect.stringMatching(/^\[align\] index ✓ · \d+\.\ds$/));
    expect(lines).toContainEqual(expect.stringMatching(/^\[align\] 200\/200 条 · clause-200 · /));
    expect(lines.filter((l) => /^\[align\] \d+\/200 条/.test(l)).length).toBeLessThanOrEqual(11);
    expect(lines.at(-1)).toMatch(/^\[align\] \d+\.\d\ds · total \d+\.\ds$/);
  });
});
