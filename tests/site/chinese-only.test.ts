/**
 * Reader pages speak only Chinese: no taxonomy id, rule id, file path or
 * npm command in what a reader sees or hovers over. The ids are read from
 * content/taxonomy, so the test follows the data.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { developerTextPattern, findDeveloperText, scanPage } from '../../scripts/check/find-developer-text.ts';
import { loadTaxonomy } from '../../src/pipeline/tag/load-taxonomy.ts';
import { loadRoles } from '../../src/pipeline/tag/roles.ts';
import { buildSite } from './build-site.ts';

/** Every id the taxonomy data defines: labels, rules, damping entries, strength levels and clause roles. */
function taxonomyIds(): string[] {
  const taxonomy = loadTaxonomy(join('content', 'taxonomy'));
  const files = [taxonomy.themes, taxonomy.objects, taxonomy.instruments];
  return [
    ...files.flatMap((file) => [
      ...file.labels.flatMap((label) => [label.id, ...label.rules.map((rule) => rule.id)]),
      ...file.damping.map((d) => d.id),
    ]),
    ...(taxonomy.instruments.strength?.levels.map((level) => level.id) ?? []),
    ...loadRoles().roles.map((role) => role.id),
  ];
}

describe('finding developer text on a page', () => {
  const pattern = developerTextPattern(['supply.talent', 'protection-penalty', 'creation', 'use']);

  it('names the id in a hover text, the path and the command in the text, with where each was found', () => {
    const html = `<p>创造 creation</p><span title="依据：protection-penalty">保护</span><img alt="supply.talent">
      <p>见 content/taxonomy/instruments.yaml，运行 npm run eval:instruments</p><input placeholder="src/site/urls.ts">`;
    expect(scanPage(html, pattern, 'x/').map((f) => [f.where, f.found])).toEqual([
      ['text', 'creation'],
      ['text', 'content/taxonomy/instruments.yaml'],
      ['text', 'npm run eval:instruments'],
      ['title', 'protection-penalty'],
      ['alt', 'supply.talent'],
      ['placeholder', 'src/site/urls.ts'],
    ]);
  });

  it('reads what a browser without scripts shows', () => {
    expect(
      scanPage('<noscript><p aria-label="use">运用</p></noscript>', pattern, 'x/').map((f) => [f.where, f.found]),
    ).toEqual([['aria-label', 'use']]);
  });

  it('leaves ids in URLs, data attributes and scripts alone, and ids inside longer words', () => {
    const html = `<a href="/themes/creation/" data-instrument="supply.talent">创造</a><script>const t = 'protection-penalty';</script>
      <p>user reuse creations 运用</p><p id="use">使用</p>`;
    expect(scanPage(html, pattern, 'x/')).toEqual([]);
  });
});

describe('the built site', () => {
  let dist: string;
  beforeAll(() => {
    dist = buildSite({ name: 'sub', base: '/ip-policy/' });
  }, 300_000);

  it('shows no taxonomy or rule id, file path or npm command on any page', () => {
    const ids = taxonomyIds();
    expect(ids).toEqual(
      expect.arrayContaining(['creation', 'supply.talent', 'binding', 'protection-handle-dispute', 'overall-targets']),
    );
    const { pages, found } = findDeveloperText(dist, ids);
    expect(pages).toBeGreaterThan(100);
    expect(found.map((f) => `${f.page} [${f.where}] ${f.found} — ${f.context}`)).toEqual([]);
  });
});
