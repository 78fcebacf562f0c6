/**
 * The 对照表 page (`align/table/?a=<clause id>`) in the browser: loads the
 * clause's document alignment, its upstream tracing (a local document's
 * national sources) and the texts of the documents they list,
 * draws the rows (`clause-table.ts`), and wires the order and filter
 * controls, the choice of two rows for the side-by-side comparison
 * (`align/?a=&b=`), and the CSV and Word exports.
 */
import { documentOf } from './align-view.ts';
import {
  filterRows,
  rowsToCsv,
  sortRows,
  tableRows,
  type RowOrder,
  type TableDocuments,
  type TableRow,
} from './clause-table.ts';
import type { DocumentAlignment } from '../data/schemas/alignment.ts';
import type { DocumentText } from '../data/schemas/alignment.ts';
import type { ClauseUpstream, DocumentUpstream } from '../data/schemas/upstream.ts';

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

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.split('/').slice(-2).join('/')} 加载失败（${response.status}）`);
  return (await response.json()) as T;
}

function download(name: string, blob: Blob): void {
  const link = element('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

function options(select: HTMLSelectElement, values: string[]): void {
  select.replaceChildren(
    element('option', undefined, '全部'),
    ...values.map((v) => Object.assign(element('option', undefined, v), { value: v })),
  );
  select.firstElementChild!.setAttribute('value', '');
}

/** What was listed and what was cut, in words. */
export function coverageNote(
  rows: readonly TableRow[],
  alignment: DocumentAlignment,
  clauseId: string,
  documents: number,
  method: { perCity: number; minScore: number },
): string {
  const listed = (alignment.counterparts[clauseId] ?? []).length;
  const unlisted = alignment.unlisted[clauseId] ?? 0;
  const none = Math.max(0, documents - 1 - listed - unlisted);
  const sources = rows.filter((r) => r.kind === 'source').length;
  const counterparts = rows.filter((r) => r.kind === 'counterpart').length;
  const parts = [
    `其他 ${documents - 1} 份文件中，${listed} 份列出相近条款（共 ${counterparts} 条；最相近的几份文件每份至多 ${method.perCity} 条，其余每份 1 条）`,
  ];
  if (sources) parts.unshift(`本条所依据的国家条文 ${sources} 条列在最前`);
  if (unlisted) parts.push(`另有 ${unlisted} 份文件有相近条款但相似度较低，未列出`);
  if (none) parts.push(`${none} 份文件没有相似度达到 ${method.minScore} 的条款`);
  return `${parts.join('；')}。`;
}

/** Renders the table for the query of `search` into `root`. */
export async function renderTable(
  root: HTMLElement,
  dataBase: string,
  docs: TableDocuments,
  method: { perCity: number; minScore: number },
  search: string,
  roleNames: Record<string, string> = {},
): Promise<void> {
  const a = new URLSearchParams(search).get('a') ?? '';
  const status = root.querySelector<HTMLElement>('.status')!;
  const docA = documentOf(a, Object.keys(docs));
  const missing = `没有条款“${a}”：链接可能已过期，请从文件页重新打开对照表。`;
  if (!docA) {
    status.textContent = a ? missing : '从文件页某一条款的“对照表”进入此页。';
    root.dataset.status = 'ready';
    return;
  }
  status.textContent = '正在加载…';
  const [alignment, traced] = await Promise.all([
    fetchJson<DocumentAlignment>(`${dataBase}align/${docA}.json`),
    // A local document's clauses have national sources; a national one's have none.
    docs[docA].national ? Promise.resolve(null) : fetchJson<DocumentUpstream>(`${dataBase}upstream/${docA}.json`),
  ]);
  const upstream: ClauseUpstream | null = traced?.clauses[a] ?? null;
  const lists = alignment.counterparts[a] ?? [];
  const texts = new Map<string, DocumentText>();
  await Promise.all(
    [...new Set([docA, ...(upstream?.sources ?? []).map((s) => s.docId), ...lists.map((l) => l.docId)])].map(
      async (id) => texts.set(id, await fetchJson<DocumentText>(`${dataBase}text/${id}.json`)),
    ),
  );
  const rows = tableRows(a, docA, alignment, texts, docs, roleNames, upstream);
  if (!rows.length) {
    status.textContent = missing;
    root.dataset.status = 'ready';
    return;
  }
  const [self] = rows;
  const title = `对照表：${self.label} ${self.path}`;
  document.title = `${title} · 知识产权政策比对`;
  const lead = root.querySelector<HTMLElement>('.lead')!;
  const link = element('a', undefined, `${self.label} ${self.path}`);
  link.href = self.href;
  lead.replaceChildren(link);
  const note = coverageNote(rows, alignment, a, Object.keys(docs).length, method);
  status.textContent = note;

  const order = root.querySelector<HTMLSelectElement>('select[name="order"]')!;
  const place = root.querySelector<HTMLSelectElement>('select[name="place"]')!;
  const genre = root.querySelector<HTMLSelectElement>('select[name="genre"]')!;
  const others = rows.slice(1);
  options(
    place,
    [...new Set(others.map((r) => r.place))].sort((x, y) => x.localeCompare(y, 'zh-CN')),
  );
  options(genre, [...new Set(others.map((r) => r.genre).filter(Boolean))]);
  const body = root.querySelector<HTMLElement>('tbody')!;
  const compare = root.querySelector<HTMLAnchorElement>('a.compare-two')!;
  const alignBase = compare.dataset.base ?? '';
  let shown: TableRow[] = rows;

  const chosen = (): string[] =>
    [...body.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')].map((box) => box.value);
  const updateCompare = (): void => {
    const ids = chosen();
    const ready = ids.length === 2;
    compare.toggleAttribute('aria-disabled', !ready);
    compare.classList.toggle('disabled', !ready);
    compare.textContent = ready ? '并排比对所选两条 →' : `选两条并排比对（已选 ${ids.length} 条）`;
    if (ready) compare.href = `${alignBase}?a=${encodeURIComponent(ids[0])}&b=${encodeURIComponent(ids[1])}`;
    else compare.removeAttribute('href');
  };
  const draw = (): void => {
    const kept = new Set(chosen());
    shown = filterRows(sortRows(rows, order.value as RowOrder), { place: place.value, genre: genre.value });
    body.replaceChildren(
      ...shown.map((r) => {
        const tr = element('tr', r.kind === 'self' ? 'self-row' : r.kind === 'source' ? 'source-row' : undefined);
        tr.dataset.clause = r.clauseId;
        const pick = element('td', 'pick');
        const box = Object.assign(element('input'), {
          type: 'checkbox',
          value: r.clauseId,
          checked: kept.has(r.clauseId),
        });
        box.setAttribute('aria-label', `选择 ${r.label} ${r.path}`);
        pick.append(box);
        const doc = element('td', 'doc');
        doc.append(
          element('span', 'doc-label', r.label),
          element('span', 'meta', [r.place, r.genre, r.date ?? '日期未载明'].join(' · ')),
        );
        const path = element('td', 'path');
        const to = element('a', undefined, r.path);
        to.href = r.href;
        path.append(to);
        const kind = r.kind === 'self' ? '本条' : r.kind === 'source' ? `国家来源（${r.upstream}）` : '';
        const context = [kind, r.role, r.headings.join(' › ')].filter(Boolean).join(' · ');
        if (context) path.append(element('span', 'meta', context));
        const text = element('td', 'text');
        const p = element('p');
        for (const s of r.segments)
          p.append(s.shared ? element('mark', undefined, s.text) : document.createTextNode(s.text));
        text.append(p);
        const score = element('td', 'score', r.score === null ? '—' : r.score.toFixed(2));
        tr.append(pick, doc, path, text, score);
        return tr;
      }),
    );
    root.querySelector<HTMLElement>('.shown')!.textContent = `显示 ${shown.length - 1} / ${rows.length - 1} 条`;
    updateCompare();
  };
  for (const select of [order, place, genre]) select.addEventListener('change', draw);
  body.addEventListener('change', updateCompare);
  const fileName = a;
  root.querySelector<HTMLButtonElement>('button.export-csv')!.addEventListener('click', () => {
    download(
      `对照表-${fileName}.csv`,
      new Blob([rowsToCsv(shown, location.href, new Date())], { type: 'text/csv;charset=utf-8' }),
    );
  });
  root.querySelector<HTMLButtonElement>('button.export-docx')!.addEventListener('click', async (event) => {
    const button = event.currentTarget as HTMLButtonElement;
    button.disabled = true;
    try {
      const { tableDocx } = await import('./table-docx.ts');
      download(`对照表-${fileName}.docx`, await tableDocx(title, note, shown, location.href, new Date()));
    } finally {
      button.disabled = false;
    }
  });
  for (const control of root.querySelectorAll<HTMLElement>('.controls [hidden]')) control.hidden = false;
  draw();
  root.dataset.status = 'ready';
}
