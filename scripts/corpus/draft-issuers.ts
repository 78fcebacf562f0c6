/**
 * The issuing bodies of a text, drafted from what it states: the organs its
 * title starts with (`最高人民法院、最高人民检察院关于…`, `国务院关于…`), the
 * body that adopted or last revised it in the history under the title
 * (`…人民代表大会常务委员会第五次会议通过`, `最高人民法院审判委员会第1823次会议通过`,
 * `国家知识产权局令第17号公布`), else the 落款.
 *
 * Example: `2001年11月28日 国家知识产权局令第17号公布` → [国家知识产权局].
 */
import type { PolicyDocument } from '../../src/model/types.ts';

/** Organs of the state whose texts are national: the courts' and procuratorate's, the State Council's, the NPC's, a ministry's. */
export function isNationalOrgan(name: string): boolean {
  return (
    /^(?:最高人民法院|最高人民检察院|国务院|中华人民共和国国务院|全国人民代表大会(?:常务委员会)?|国务院办公厅)$/.test(
      name,
    ) || /^(?:中华人民共和国|国家)[\u4e00-\u9fa5]{1,14}(?:部|委员会|总局|局|署)$/.test(name)
  );
}

/** Bodies that act through a committee or meeting, named by the organ: `最高人民法院审判委员会` → 最高人民法院. */
const organs = /^(.*?(?:人民代表大会常务委员会|人民代表大会|国务院|人民政府|最高人民法院|最高人民检察院))/;

/** The body that adopted or issued a version, from a history `by`: `宁波市第十二届人民代表大会常务委员会第五次会议` → `宁波市人民代表大会常务委员会`. */
export function organOf(by: string): string | null {
  // A decision named by its title (`《国务院关于修改…的决定》`) was made by the organ its title starts with.
  const plain = by.replace(/^《/, '').replace(/第[一二三四五六七八九十]+届/g, '');
  // A ministry's order: `国家知识产权局令第17号`, `中华人民共和国国家工商行政管理总局令第6号`.
  const order = /^(?:中华人民共和国)?([\u4e00-\u9fa5]{2,16}?(?:部|委员会|总局|局|署))令/.exec(plain);
  if (order && !/国务院$/.test(order[1])) return order[1];
  const match = organs.exec(plain);
  if (!match) return null;
  return match[1] === '中华人民共和国国务院' ? '国务院' : match[1];
}

/** The organs a `…关于…` title starts with, when each is an organ: `最高人民法院 最高人民检察院关于…` → both. */
export function titleOrgans(title: string): string[] {
  const head = /^(.{2,30}?)关于/.exec(title)?.[1];
  if (!head) return [];
  const names = head
    .split(/[、\s]+/)
    .filter(Boolean)
    .flatMap((n) => n.match(/最高人民法院|最高人民检察院|.+/g) ?? []);
  return names.length &&
    names.every((n) => isNationalOrgan(n) || /(人民政府|人民代表大会常务委员会|办公厅|委员会|局|厅)$/.test(n))
    ? names
    : [];
}

/** Drafts the issuers; `found` and `missing` receive the report lines. */
export function draftIssuers(doc: PolicyDocument, found: string[], missing: string[]): string[] {
  const named = titleOrgans(doc.title);
  if (named.length) {
    found.push(`发布机关：${named.join('、')}（标题）`);
    return named;
  }
  // The body that adopted or revised the text; an approval (批准) or an amending decision approved elsewhere names the approver.
  const adopting = doc.history.filter(
    (e) => ['通过', '修订', '公布', '发布', '印发'].includes(e.event) && e.by && !e.by.includes('批准'),
  );
  const amending = doc.history.filter((e) => e.event === '修正' && e.by);
  const acting = [...adopting.reverse(), ...amending.reverse()].find((e) => organOf(e.by!));
  const organ = acting?.by ? organOf(acting.by) : null;
  if (organ) {
    found.push(`发布机关：${organ}（${acting!.date} ${acting!.event}）`);
    return [organ];
  }
  const lines = [...doc.closing, ...doc.preamble].filter((b) => b.role === 'issuer');
  const issuers = [...new Set(lines.flatMap((b) => b.original.split(/\s+/)).filter((s) => s.length >= 2))];
  if (issuers.length) found.push(`发布机关：${issuers.join('、')}（落款）`);
  else missing.push('发布机关：文中没有落款或制定机关，留空');
  return issuers;
}
