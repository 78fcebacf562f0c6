/**
 * The dated events of a text, drafted from what it states: the history
 * under its title (通过, 批准, 修正, 施行 …), else the date of its 落款
 * (印发); and the date it takes effect as its last articles state it
 * (`本条例自2002年7月1日起施行`, `本规定自公布之日起施行`), when the history
 * does not already give one and it is no earlier than the text's last
 * amendment (an amended text keeps its first version's date).
 *
 * Example: 上海市专利保护条例, no history, 第三十四条 `本条例自2002年7月1日起施行。`
 * → [{event: 施行, date: 2002-07-01}].
 */
import type { DatedEvent, PolicyDocument } from '../../src/model/types.ts';
import { clausesOf } from '../../src/model/walk.ts';
import { isoDate, sortHistory } from '../../src/pipeline/structure/history.ts';

const digits = '[0-9〇零一二三四五六七八九十]';
const effectiveOn = new RegExp(
  `本[\\u4e00-\\u9fa5]{1,6}?自(${digits}{4})年(${digits}{1,2})月(${digits}{1,3})日起(?:施行|生效|实施)`,
);
const effectiveOnIssue = /本[\u4e00-\u9fa5]{1,6}?自(公布|发布|颁布|印发)之日起(?:施行|生效|实施)/;
/** The history events a relative effective date may refer to: `自颁布之日起` is the day of its 公布 or 发布. */
const issueEvents: Record<string, readonly string[]> = {
  公布: ['公布', '发布'],
  发布: ['公布', '发布'],
  颁布: ['公布', '发布'],
  印发: ['印发'],
};

/** The 施行 event the body states, with the article it was read from; null when it states none or only relative to an unknown date. */
export function bodyEffective(
  doc: PolicyDocument,
  events: readonly DatedEvent[],
): { event: DatedEvent; where: string } | null {
  // The effective-date article stands near the end; the latest that states one wins.
  for (const clause of [...clausesOf(doc.body)].reverse().slice(0, 6)) {
    const dated = effectiveOn.exec(clause.text);
    const date = dated && isoDate(dated[1], dated[2], dated[3]);
    if (date) return { event: { event: '施行', date, by: null }, where: clause.path };
    const relative = effectiveOnIssue.exec(clause.text);
    const issued = relative && events.filter((e) => issueEvents[relative[1]].includes(e.event)).at(-1);
    if (issued)
      return {
        event: { event: '施行', date: issued.date, by: null },
        where: `${clause.path}（自${relative![1]}之日起施行）`,
      };
  }
  return null;
}

/** Drafts the dated events; `found` and `missing` receive the report lines. */
export function draftDates(doc: PolicyDocument, found: string[], missing: string[]): DatedEvent[] {
  let events: DatedEvent[] = [];
  if (doc.history.length) {
    found.push(`日期：${doc.history.map((e) => `${e.date} ${e.event}`).join('；')}（标题下的制定与修改记录）`);
    events = [...doc.history];
  } else {
    const dated = [...doc.closing, ...doc.preamble].find((b) => b.role === 'date');
    const match = dated && /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(dated.text);
    if (match) {
      const date = `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`;
      found.push(`日期：${date} 印发（第 ${dated!.line} 行的落款日期）`);
      events = [{ event: '印发', date, by: null }];
    }
  }
  if (!events.some((e) => e.event === '施行')) {
    const effective = bodyEffective(doc, events);
    const latest = events
      .filter((e) => e.event !== '施行')
      .map((e) => e.date)
      .sort()
      .at(-1);
    // An amended text keeps its first version's effective date (专利法 2020: 本法自1985年4月1日起施行); it is no date of this version.
    if (effective && latest && effective.event.date < latest)
      missing.push(
        `施行日期：${effective.where}所载 ${effective.event.date} 是最初文本的施行日期，早于最后一次修改（${latest}），本版的施行日期文中未载明`,
      );
    else if (effective) {
      found.push(`施行日期：${effective.event.date}（${effective.where}）`);
      events.push(effective.event);
    }
  }
  if (!events.length) missing.push('日期：文中没有日期，留空');
  return sortHistory(events);
}
