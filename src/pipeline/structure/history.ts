/**
 * The adoption and amendment history a legal text states under its title
 * (`2003年9月26日 宁波市第十二届人民代表大会常务委员会第五次会议通过`,
 * `…批准`, `…修正`, `2016年1月1日 施行`), read into dated events. These
 * lines belong to the document's metadata and preamble, never to its
 * clauses.
 *
 * Example: `2013年8月1日 山东省第十二届人民代表大会常务委员会第三次会议通过` →
 * `{event: 通过, date: 2013-08-01, by: 山东省第十二届人民代表大会常务委员会第三次会议}`.
 */
import type { DateEvent, DatedEvent } from '../../model/types.ts';
import { chineseNumber } from './lines.ts';

const digits = '[0-9〇零一二三四五六七八九十]';
const dateRe = new RegExp(`(${digits}{4})年(${digits}{1,2})月(${digits}{1,3})日`, 'g');
const eventRe = /(印发|发布|公布|通过|批准|修正|修订|施行)/g;

/** `二〇一三` → 2013, `八` → 8, `2013` → 2013. */
function dateNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  if (/十/.test(text)) return chineseNumber(text);
  return Number([...text].map((c) => (c === '〇' || c === '零' ? '0' : String(chineseNumber(c)))).join(''));
}

/** An ISO date from its Chinese form, or null when it is not a real date. */
export function isoDate(year: string, month: string, day: string): string | null {
  const [y, m, d] = [dateNumber(year), dateNumber(month), dateNumber(day)];
  const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const parsed = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(iso) ? iso : null;
}

/** Names of other texts (《…》) may hold the words too (《关于修改…的决定》); they never name the event. */
const withoutTitles = (text: string): string => text.replace(/《[^》]*》/g, (m) => '　'.repeat(m.length));

/**
 * The dated events of one history line. A line may hold several events
 * (`（2003年9月26日…通过　2003年11月6日…批准）`); each runs from its date
 * to the next date, and its event is the last event word in it.
 */
export function parseHistory(line: string): DatedEvent[] {
  const dates = [...line.matchAll(dateRe)];
  const out: DatedEvent[] = [];
  const segments = dates.map((match, i) =>
    line.slice(match.index + match[0].length, i + 1 < dates.length ? dates[i + 1].index : line.length),
  );
  const eventOf = (i: number): RegExpExecArray | undefined => [...withoutTitles(segments[i]).matchAll(eventRe)].at(-1);
  dates.forEach((match, i) => {
    const date = isoDate(match[1], match[2], match[3]);
    const segment = segments[i];
    let found = eventOf(i);
    // Two bodies joined by 、 share the event named after the second (`…第1811次会议、2020年8月21日…第四十八次会议通过`).
    if (!found && /、\s*$/.test(segment) && i + 1 < dates.length) {
      const shared = eventOf(i + 1);
      if (shared)
        found = Object.assign([shared[0], shared[1]], {
          index: segment.replace(/[、\s]+$/, '').length,
          input: segment,
          groups: undefined,
        }) as RegExpExecArray;
    }
    if (!date || !found) return;
    // `…会议批准修订`: the meeting approved the revision; the event of this line is the approval.
    const approved = (found[1] === '修订' || found[1] === '修正') && segment.slice(0, found.index).endsWith('批准');
    if (approved) found[1] = '批准';
    // `…的决定》第一次修订`: the ordinal belongs to the event, not to the body that acted.
    const by = segment
      .slice(0, approved ? found.index! - 2 : found.index)
      .replace(/第[一二三四五六七八九十]+次$/, '')
      .replace(/^[\s，,：:]+|[\s，,（(）)]+$/g, '')
      .replace(/^(?:由|经)/, '');
    out.push({ event: found[1] as DateEvent, date, by: by.length >= 2 ? by : null });
  });
  return out;
}

/**
 * Whether a line is a line of history: it starts with a date (or an
 * opening bracket and a date), names an event and is no sentence of the
 * body (no 。, and not an article).
 */
export function isHistoryLine(line: string): boolean {
  const text = line.trim();
  if (!new RegExp(`^[（(]?${digits}{4}年`).test(text) || /。/.test(text)) return false;
  return parseHistory(text).length > 0;
}

/** Events ordered by date, then by the order in which the history names them. */
export function sortHistory(history: readonly DatedEvent[]): DatedEvent[] {
  return history
    .map((event, index) => ({ event, index }))
    .sort((a, b) => (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : a.index - b.index))
    .map(({ event }) => event);
}

const unclosedTitles = (text: string): number => (text.match(/《/g)?.length ?? 0) - (text.match(/》/g)?.length ?? 0);

/**
 * The history of the lines under a title, with a history line broken in
 * two read as one: `2019年8月26日 …《关于修改〈…土地管理法〉` and the next line
 * `〈…城市房地产管理法〉的决定》第三次修正` are one amendment (2019), not a
 * note and a loose line. Says which lines are history and the events read.
 */
export function readHistoryLines(texts: readonly string[]): { history: boolean[]; events: DatedEvent[] } {
  const history = texts.map(() => false);
  const events: DatedEvent[] = [];
  for (let i = 0; i < texts.length; i++) {
    let text = texts[i].trim();
    let last = i;
    // A line that opens a 《title》 it does not close continues on the next lines, up to the one that closes it.
    if (new RegExp(`^[（(]?${digits}{4}年`).test(text) && unclosedTitles(text) > 0) {
      while (last + 1 < texts.length && unclosedTitles(text) > 0 && last - i < 3) text += texts[++last].trim();
      if (unclosedTitles(text) > 0) [text, last] = [texts[i].trim(), i];
    }
    if (!isHistoryLine(text)) {
      // A dated line that is no history line (a sentence) may still name an event.
      events.push(...parseHistory(texts[i]));
      continue;
    }
    for (let k = i; k <= last; k++) history[k] = true;
    events.push(...parseHistory(text));
    i = last;
  }
  return { history, events: sortHistory(events) };
}
