/**
 * The jurisdiction tree of a corpus: 国家 → 省/自治区/直辖市 → 地级市 → 区/县,
 * built from the documents' metadata. A jurisdiction a document names as
 * its parent is in the tree even when no document of its own is (包头市 lies
 * in 内蒙古自治区). Every node has a readable, stable key made of the
 * pinyin of its chain (`henan.luoyang.luolong`), used in URLs and data.
 *
 * Example: 洛龙区 (parent 洛阳市, province 河南省) and 洛阳市's regulation →
 * `henan` › `henan.luoyang` (1 document) › `henan.luoyang.luolong` (1 document).
 */
import type { DocumentMeta, JurisdictionLevel } from './types.ts';

/** One node of the tree. */
export interface JurisdictionNode {
  /** `cn` for the state; else the pinyin chain, `zhejiang.ningbo`. */
  key: string;
  name: string;
  level: JurisdictionLevel | null;
  /** Key of the node above; null for the root (the state). */
  parent: string | null;
  /** Province-level name it lies in; null for the state. */
  province: string | null;
  /** Depth: 0 the state, 1 provincial level, 2 cities, 3 districts and counties. */
  depth: number;
  /** Ids of the documents attached to this node itself, in corpus order. */
  documents: string[];
}

const provincial: readonly (JurisdictionLevel | null)[] = ['省', '自治区', '直辖市', '特别行政区'];

/** A pinyin slug from a jurisdiction's own pinyin (`Ningbo` → `ningbo`). */
const slug = (pinyin: string): string => pinyin.toLowerCase().replace(/[^a-z0-9]+/g, '');

/** Builds the tree; `pinyinOf` gives the pinyin of a name no document names as its own jurisdiction. */
export function jurisdictionTree(
  metas: readonly Pick<DocumentMeta, 'id' | 'jurisdiction'>[],
  pinyinOf: (name: string) => string,
): JurisdictionNode[] {
  const byName = new Map<string, JurisdictionNode>();
  const root: JurisdictionNode = {
    key: 'cn',
    name: '中华人民共和国',
    level: '国家',
    parent: null,
    province: null,
    depth: 0,
    documents: [],
  };
  const own = new Map(metas.map((m) => [m.jurisdiction.name, m.jurisdiction]));
  const ensure = (
    name: string,
    hint: { level: JurisdictionLevel | null; parent: string | null; province: string | null; pinyin: string },
  ): JurisdictionNode => {
    const found = byName.get(name);
    if (found) return found;
    if (hint.level === '国家') {
      byName.set(name, root);
      return root;
    }
    const declared = own.get(name);
    const level = declared?.level ?? hint.level;
    const parentName = declared ? declared.parent : hint.parent;
    const province = declared?.province ?? hint.province;
    const top = provincial.includes(level) || parentName === null;
    const parent = top
      ? root
      : ensure(parentName!, {
          level: parentName === province ? guessProvincial(parentName!) : '地级市',
          parent: province && parentName !== province ? province : null,
          province,
          pinyin: pinyinOf(parentName!),
        });
    const node: JurisdictionNode = {
      key:
        parent === root
          ? slug(declared?.pinyin ?? hint.pinyin)
          : `${parent.key}.${slug(declared?.pinyin ?? hint.pinyin)}`,
      name,
      level,
      parent: parent.key,
      province: top ? name : province,
      depth: parent.depth + 1,
      documents: [],
    };
    byName.set(name, node);
    return node;
  };
  for (const meta of metas) {
    const j = meta.jurisdiction;
    ensure(j.name, { level: j.level, parent: j.parent, province: j.province, pinyin: j.pinyin }).documents.push(
      meta.id,
    );
  }
  const nodes = [root, ...new Set(byName.values())].filter((n, i, all) => all.indexOf(n) === i);
  return nodes.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The level a provincial name says it has: …省, …自治区, 北京市 (直辖市). */
function guessProvincial(name: string): JurisdictionLevel {
  if (name.endsWith('自治区')) return '自治区';
  if (name.endsWith('特别行政区')) return '特别行政区';
  return name.endsWith('省') ? '省' : '直辖市';
}

/** The chain of keys from the root to `key`: `henan.luoyang` → [cn, henan, henan.luoyang]. */
export function keyChain(key: string): string[] {
  if (key === 'cn') return ['cn'];
  const parts = key.split('.');
  return ['cn', ...parts.map((_, i) => parts.slice(0, i + 1).join('.'))];
}
