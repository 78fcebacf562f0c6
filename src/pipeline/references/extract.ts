/**
 * Finds every explicit reference in a clause's text (法条联想):
 *
 *   《中华人民共和国专利法》第六十五条      a title in 《》, with or without articles
 *   依照专利法第十一条、第十二条的规定      a short title before an article (two references)
 *   本细则第十三条第一款第（二）项          the text itself (本法、本条例、本规定、本细则、本办法…)
 *   前款、前条、前两款、本条第二款          relative to the citing article
 *   依照第六十五条的规定                    a bare article: the text itself
 *
 * Each reference keeps its span in the text (what a link covers: the
 * title with the first article, then each further article alone) and its
 * locator (article, 款, 项 as numbers). A short title is recognised when
 * an article follows it, or when it is one of `knownTitles` (the corpus's
 * own short titles, e.g. 专利法) standing alone and not inside a longer
 * word (专利法律 is not 专利法).
 */
import { chineseNumber } from '../structure/lines.ts';

/** Where a reference points. */
export type ReferenceTarget =
  | { kind: 'title'; title: string }
  | { kind: 'self' }
  | { kind: 'previous'; unit: '条' | '款' | '项'; count: number }
  | { kind: 'this-article' };

/** One reference found in a text. */
export interface RawReference {
  /** Offsets of the linked span in the text. */
  start: number;
  end: number;
  /** The span as written. */
  text: string;
  target: ReferenceTarget;
  /** Article number (第六十五条 → 65), `之一` as `sub`; null for a whole text. */
  article: number | null;
  sub: number | null;
  /** 款 and 项 numbers, null when not given. */
  paragraph: number | null;
  item: number | null;
}

const N = '(?:[一二三四五六七八九十百千零〇两]+|\\d{1,4})';
/** 第（三）项, also written 第三项. */
const ITEM = `第[（(]?${N}[)）]?项`;
const LOC = `第${N}条(?:之${N})?(?:第${N}款)?(?:${ITEM})?`;
const JOIN = '(?:、|和|及|以及|或者|或|至|到)';
const LIST = `${LOC}(?:${JOIN}${LOC})*`;
const locatorRe = new RegExp(`第(${N})条(?:之(${N}))?(?:第(${N})款)?(?:第[（(]?(${N})[)）]?项)?`, 'g');
const value = (numeral: string | undefined): number | null =>
  numeral === undefined ? null : /^\d+$/.test(numeral) ? Number(numeral) : chineseNumber(numeral);

/** Words that end the text before a short title (依照|专利法 …). */
const boundary =
  /^.*(?:依照|依据|按照|根据|违反|符合|适用|参照|执行|贯彻|落实|规定|以及|或者|和|与|及|或|、|的|由|在|对|即|经|按|照|依|是|为|未|不)/;

/**
 * The references of a text, in order. `knownTitles`: short titles that
 * count even without an article (the corpus's own, longest first is not
 * needed: the longest match wins).
 */
export function extractReferences(text: string, knownTitles: readonly string[] = []): RawReference[] {
  const known = [...knownTitles]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
  const re = new RegExp(
    [
      `(?<quoted>《(?<qtitle>[^《》\\n]{1,80})》)(?:[（(]以下简称[^）)]{1,20}[)）])?(?<qlist>${LIST})?`,
      `(?<self>本(?:实施细则|细则|条例|规定|办法|法|决定|规则|准则))(?<slist>${LIST})`,
      `(?<prev>前(?<pn>[两二三四五]?)(?<pu>条|款|项))`,
      `(?<thisart>本条)(?<tlist>第${N}款(?:${ITEM})?|${ITEM})`,
      // A short title holds no 第, 条, 款 or 项 (第二款的规定不适用专利法第二十四条 is two references).
      `(?<short>(?:(?![第条款项])[\\u4e00-\\u9fa5]){1,14}?(?:法|条例|细则))(?<shlist>${LIST})`,
      ...(known ? [`(?<known>${known})(?![律人院庭官学治典务]|规(?!定))`] : []),
      `(?<bare>${LIST})`,
      `(?<bpara>第${N}款(?:${ITEM})?)`,
    ].join('|'),
    'g',
  );
  const out: RawReference[] = [];
  for (const m of text.matchAll(re)) {
    const g = m.groups!;
    const at = m.index!;
    let head = at;
    let target: ReferenceTarget;
    let list: string | undefined;
    if (g.quoted) {
      target = { kind: 'title', title: g.qtitle };
      list = g.qlist;
    } else if (g.self) {
      target = { kind: 'self' };
      list = g.slist;
    } else if (g.prev) {
      const count = g.pn ? chineseNumber(g.pn) : 1;
      out.push({
        start: at,
        end: at + g.prev.length,
        text: g.prev,
        target: { kind: 'previous', unit: g.pu as '条' | '款' | '项', count },
        article: null,
        sub: null,
        paragraph: null,
        item: null,
      });
      continue;
    } else if (g.thisart) {
      out.push(withinArticle(at, m[0], g.tlist));
      continue;
    } else if (g.short) {
      // The title starts after the last word that cannot be part of it (依照专利法 → 专利法).
      const ownTitle = /本(?:实施细则|细则|条例|规定|办法|法|决定|规则|准则)$/.exec(g.short);
      if (ownTitle) {
        pushList(out, text, at + g.short.length, g.shlist, { kind: 'self' }, at + ownTitle.index);
        continue;
      }
      const title =
        knownTitles.filter((t) => g.short.endsWith(t)).sort((a, b) => b.length - a.length)[0] ??
        g.short.replace(boundary, '');
      if (title.length < 2) {
        pushList(out, text, at + g.short.length, g.shlist, { kind: 'self' }, at + g.short.length);
        continue;
      }
      head = at + g.short.length - title.length;
      target = { kind: 'title', title };
      list = g.shlist;
    } else if (g.known) {
      target = { kind: 'title', title: g.known };
    } else if (g.bare) {
      target = { kind: 'self' };
      list = g.bare;
      head = at;
    } else {
      out.push(withinArticle(at, g.bpara, g.bpara));
      continue;
    }
    const listStart = at + m[0].length - (list?.length ?? 0);
    if (!list) {
      out.push({
        start: head,
        end: at + m[0].length,
        text: text.slice(head, at + m[0].length),
        target,
        article: null,
        sub: null,
        paragraph: null,
        item: null,
      });
      continue;
    }
    pushList(out, text, listStart, list, target, head);
  }
  return out;
}

/** One reference per article of a list (`第十条至第十二条` is three); the first span starts at `head` (the title). */
function pushList(
  out: RawReference[],
  text: string,
  listStart: number,
  list: string,
  target: ReferenceTarget,
  head: number,
): void {
  const locators = [...list.matchAll(locatorRe)];
  locators.forEach((loc, index) => {
    const start = index === 0 ? head : listStart + loc.index!;
    const end = listStart + loc.index! + loc[0].length;
    const article = value(loc[1])!;
    out.push({
      start,
      end,
      text: text.slice(start, end),
      target,
      article,
      sub: value(loc[2]),
      paragraph: value(loc[3]),
      item: value(loc[4]),
    });
    // A range (第十条至第十二条) cites every article between its ends.
    const next = locators[index + 1];
    if (next && /^[至到]$/.test(list.slice(loc.index! + loc[0].length, next.index!))) {
      for (let between = article + 1; between < value(next[1])! && between - article <= 50; between++) {
        out.push({
          start,
          end: listStart + next.index! + next[0].length,
          text: text.slice(start, listStart + next.index! + next[0].length),
          target,
          article: between,
          sub: null,
          paragraph: null,
          item: null,
        });
      }
    }
  });
}

/** A 款 or 项 of the citing article itself (本条第二款, 第一款第（三）项). */
function withinArticle(at: number, span: string, locator: string): RawReference {
  const paragraph = value(/第(.+?)款/.exec(locator)?.[1]);
  const item = value(/第[（(]?([^（(）)]+?)[)）]?项/.exec(locator)?.[1]);
  return {
    start: at,
    end: at + span.length,
    text: span,
    target: { kind: 'this-article' },
    article: null,
    sub: null,
    paragraph,
    item,
  };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
