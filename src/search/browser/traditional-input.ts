/**
 * Traditional input on the search page: a query is converted with OpenCC's
 * t → cn tables (shared/t2s.ts), loaded only when the query holds a
 * character they convert (`convertible`, computed at build time by
 * build/traditional.ts), and then only the shards of the query's
 * characters. The converter is loaded once per page.
 */

let converter: Promise<(text: string) => Promise<string>> | undefined;

/** The query in simplified characters (converter loaded on first need); `shards`: URL of the shards' folder (`/search/t2s/`). */
export async function simplifiedQuery(q: string, convertible: ReadonlySet<string>, shards: string): Promise<string> {
  if (![...q].some((char) => convertible.has(char))) return q;
  converter ??= import('../shared/t2s.ts').then(({ queryConverter }) =>
    queryConverter(async (n) => {
      const response = await fetch(`${shards}${n}.json`);
      if (!response.ok) throw new Error(`繁简转换表 ${shards}${n}.json 无法加载（${response.status}）`);
      return response.json();
    }),
  );
  return (await converter)(q);
}
