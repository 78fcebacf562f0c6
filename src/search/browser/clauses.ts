/**
 * The clauses of the groups read, from their Pagefind fragments: each
 * clause's tokens as indexed (for matching in the browser, engine.ts) and
 * its data as a result shows it (id, path, citation, text). A group's
 * fragment is read once, through the index parts (index-parts.ts).
 */
import type { GroupClause } from '../shared/index-data.ts';
import { decodeTokens, separatorToken } from '../shared/text.ts';
import type { IndexParts } from './index-parts.ts';

/** One clause as a result shows it. */
export interface ClauseData extends GroupClause {
  ordinal: number;
  doc: string;
  /** The document's catalogue label. */
  label: string;
  /** The matched text: reading text and responsible-unit note, as on the document page. */
  text: string;
}

/** The groups read so far: their clauses' tokens and data. */
export class GroupClauses {
  private readonly fragments = new Map<number, Promise<ClauseData[]>>();
  /** Per loaded group, each clause's tokens (as indexed), for matching in the browser. */
  private readonly groupTokens = new Map<number, string[][]>();
  /** The group of every clause of the groups read (the first page's clauses, before the core data). */
  private readonly clauseGroup = new Map<number, number>();

  constructor(private readonly parts: IndexParts) {}

  /** Each clause's tokens of a group read (`group` resolved). */
  tokens(group: number): string[][] {
    return this.groupTokens.get(group)!;
  }

  /** The group of a clause of a group read; undefined for any other clause. */
  groupOf(ordinal: number): number | undefined {
    return this.clauseGroup.get(ordinal);
  }

  /** The clauses of a group, from its Pagefind fragment (loaded once). */
  group(group: number): Promise<ClauseData[]> {
    let clauses = this.fragments.get(group);
    if (!clauses) {
      clauses = (async () => {
        const { content, meta } = await this.parts.fragment(group);
        // Clauses are parted by the separator token, which no character encodes to.
        const clauseTokens: string[][] = [[]];
        for (const token of content.split(/\s+/)) {
          if (token === separatorToken) clauseTokens.push([]);
          else if (token !== '') clauseTokens.at(-1)!.push(token);
        }
        const [, first, count] = this.parts.groupAt(group);
        if (clauseTokens.length !== count)
          throw new Error(
            `检索索引与检索数据不一致（第 ${group} 组应有 ${count} 条，索引中有 ${clauseTokens.length} 条），请重新构建网站`,
          );
        this.groupTokens.set(group, clauseTokens);
        for (let k = 0; k < count; k++) this.clauseGroup.set(first + k, group);
        return (JSON.parse(meta.c) as GroupClause[]).map((clause, k) => ({
          ...clause,
          ordinal: first + k,
          doc: meta.doc,
          label: meta.title,
          text: clause.text ?? decodeTokens(clauseTokens[k].join(' ')),
        }));
      })();
      this.fragments.set(group, clauses);
    }
    return clauses;
  }
}
