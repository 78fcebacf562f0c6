/**
 * The comparison page (`align/?a=<clause id>[&b=<clause id>]`), built in
 * the browser from small published files: the clause's document alignment
 * (`data/align/<doc>.json`) and the clause texts of the documents it
 * needs (`data/text/<doc>.json`). Counterparts are grouped by place; each
 * is shown side by side with the clause, shared wording marked. With `b`,
 * that counterpart comes first and is scrolled to; a `b` that is no
 * counterpart (a national article the clause draws on) is shown first, on
 * its own, with the shared wording marked the same way.
 *
 * Example: `?a=weihai-3-3` → 宁波市's 2-1 (技术调查官) first, its shared wording marked.
 */
import { diffSegments, type Segment } from './diff-segments.ts';
import type {
  DocumentAlignment,
  PublishedDocumentCounterparts as DocumentCounterparts,
} from '../data/schemas/alignment.ts';
import type { DocumentText } from '../data/schemas/alignment.ts';

/** What the page knows of each document: its label and its place. */
export type DocumentNames = Record<string, { label: string; place: string; url: string; national?: boolean }>;

/** The document a clause id belongs to: the longest document id it starts with. */
export function documentOf(clauseId: string, docIds: readonly string[]): string | null {
  return docIds.filter((id) => clauseId.startsWith(`${id}-`)).sort((a, b) => b.length - a.length)[0] ?? null;
}

/** Counterpart lists grouped by place, places in the order of their best match; `first` (a clause id) leads. */
export function groupByPlace(
  lists: readonly DocumentCounterparts[],
  names: DocumentNames,
  first: string | null,
): Array<{ place: string; lists: DocumentCounterparts[] }> {
  const ordered = first
    ? [...lists].sort(
        (x, y) => Number(y.items.some((i) => i.clauseId === first)) - Number(x.items.some((i) => i.clauseId === first)),
      )
    : [...lists];
  const groups = new Map<string, DocumentCounterparts[]>();
  for (const list of ordered) {
    const place = names[list.docId]?.place ?? list.docId;
    groups.set(place, [...(groups.get(place) ?? []), list]);
  }
  return [...groups].map(([place, grouped]) => ({ place, lists: grouped }));
}

const element = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] => {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
};

function segments(parts: Segment[], mark: 'del' | 'ins'): HTMLElement {
  const p = element('p', 'text');
  for (const part of parts)
    p.append(part.shared ? element('mark', undefined, part.text) : element(mark, undefined, part.text));
  return p;
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.split('/').slice(-2).join('/')} 加载失败（${response.status}）`);
  return (await response.json()) as T;
}

/** Renders the comparison for the query of `location` into `root`. */
export async function renderComparison(
  root: HTMLElement,
  dataBase: string,
  names: DocumentNames,
  search: string,
): Promise<void> {
  const params = new URLSearchParams(search);
  const a = params.get('a') ?? '';
  const b = params.get('b');
  const status = root.querySelector<HTMLElement>('.status')!;
  const docA = documentOf(a, Object.keys(names));
  if (!docA) {
    status.textContent = a
      ? `没有条款“${a}”：链接可能已过期，请从文件页重新打开比对。`
      : '从文件页某一条款的“逐字对比”进入此页。';
    return;
  }
  status.textContent = '正在加载…';
  const [alignment, ownText] = await Promise.all([
    fetchJson<DocumentAlignment>(`${dataBase}align/${docA}.json`),
    fetchJson<DocumentText>(`${dataBase}text/${docA}.json`),
  ]);
  const self = ownText.clauses[a];
  if (!self) {
    status.textContent = `没有条款“${a}”：链接可能已过期，请从文件页重新打开比对。`;
    return;
  }
  const listed = alignment.counterparts[a] ?? [];
  // A `b` outside the counterparts becomes a list of its own, first: a national source, or a second row of a 对照表 (compared all the same, unscored).
  const docB = b ? documentOf(b, Object.keys(names)) : null;
  const extra =
    b && docB && !listed.some((l) => l.items.some((i) => i.clauseId === b))
      ? [{ docId: docB, items: [{ clauseId: b, docId: docB, score: Number.NaN, passages: [] }] }]
      : [];
  const lists = [...extra, ...listed];
  const texts = new Map<string, DocumentText>([[docA, ownText]]);
  await Promise.all(
    [...new Set(lists.map((l) => l.docId))]
      .filter((id) => !texts.has(id))
      .map(async (id) => texts.set(id, await fetchJson<DocumentText>(`${dataBase}text/${id}.json`))),
  );

  const head = root.querySelector<HTMLElement>('.self')!;
  const link = element('a', undefined, `${names[docA].label} ${self.path}`);
  link.href = `${names[docA].url}#${a}`;
  head.replaceChildren(element('p', 'lead'), element('blockquote', undefined, self.text));
  head.firstElementChild!.append(link);
  document.title = `其他文件怎么写：${names[docA].label} ${self.path} · 知识产权政策比对`;

  const out = root.querySelector<HTMLElement>('.results')!;
  out.replaceChildren();
  if (listed.length === 0)
    status.textContent = extra.length
      ? names[extra[0].docId]?.national
        ? '与所依据的国家条文逐字对比；其他文件中未找到相近条款。'
        : '两条逐字对比；其他文件中未找到相近条款。'
      : '其他文件中未找到相近条款。';
  else
    status.textContent = `${new Set(listed.map((l) => names[l.docId]?.place)).size} 个地区、${listed.length} 份文件中有相近条款${alignment.unlisted[a] ? `（另有 ${alignment.unlisted[a]} 份相似度较低，未列出）` : ''}。`;
  for (const { place, lists: grouped } of groupByPlace(lists, names, b)) {
    const section = element('section', 'place');
    section.append(element('h2', undefined, place));
    for (const list of grouped) {
      for (const item of list.items) {
        const other = texts.get(list.docId)?.clauses[item.clauseId];
        if (!other) continue;
        const article = element('article', 'pair');
        article.id = `vs-${item.clauseId}`;
        const title = element('h3');
        const to = element('a', undefined, `${names[list.docId]?.label ?? list.docId} ${other.path}`);
        to.href = `${names[list.docId]?.url ?? ''}#${item.clauseId}`;
        title.append(
          to,
          element(
            'span',
            'score',
            Number.isNaN(item.score)
              ? names[list.docId]?.national
                ? '国家来源'
                : '不在本条最相近的条款之列'
              : `相似度 ${item.score.toFixed(2)}`,
          ),
        );
        article.append(title);
        if (item.passages.length)
          article.append(
            element(
              'p',
              'passages',
              `共同表述：${item.passages.map((p) => `「${self.text.slice(p.at, p.at + p.length)}」`).join(' ')}`,
            ),
          );
        const sides = diffSegments({ text: self.text, docId: docA }, { text: other.text, docId: list.docId });
        const grid = element('div', 'clause-diff');
        grid.append(segments(sides.left, 'del'), segments(sides.right, 'ins'));
        article.append(grid);
        section.append(article);
      }
    }
    out.append(section);
  }
  if (b) document.getElementById(`vs-${b}`)?.scrollIntoView();
  root.dataset.status = 'ready';
}
