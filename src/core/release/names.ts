// Documents and items named for people: "Order fulfilment (order-fulfilment) › Shipment (shipment)".
import { describe, parsePath, type Segment } from '../diff/describe.js';
import type { Change } from '../diff/types.js';
import type { RepoIndex } from '../model/index-repo.js';
import type { LoadedDoc } from '../model/source.js';
import { isRec } from '../guards.js';

const ITEM_KEYS = ['id', 'code', 'region', 'q', 'topic', 'metric'];

/** the document a change is about, on the side where it exists (the base's when removed) */
export function docOf(c: Change, base: RepoIndex, head: RepoIndex): LoadedDoc | undefined {
  const find = (ix: RepoIndex) => ix.docs.find((d) => d.kind === c.kind && d.id === c.document);
  return c.change === 'removed' && c.path === '' ? find(base) : (find(head) ?? find(base));
}

export function docTitle(doc: LoadedDoc | undefined): string | undefined {
  const t = isRec(doc?.data) && isRec(doc.data.metadata) ? doc.data.metadata.title : undefined;
  return typeof t === 'string' ? t : undefined;
}

export interface Item {
  /** the list it is an item of, e.g. steps */
  list: string;
  key: string;
  name?: string;
  value: unknown;
}

/** the keyed items along a change's path, each with its name where it has one */
export function itemsOf(data: unknown, path: string): Item[] {
  const out: Item[] = [];
  let cur: unknown = data;
  const mainSteps = isRec(data) && isRec(data.spec) && Array.isArray(data.spec.steps) ? data.spec.steps : [];
  for (const seg of parsePath(path) as Segment[]) {
    cur = isRec(cur) ? cur[seg.name] : undefined;
    if (seg.key === undefined) continue;
    const list = Array.isArray(cur) ? cur : [];
    const hit = list.find((x) => isRec(x) && ITEM_KEYS.some((k) => String(x[k]) === seg.key));
    // a variant's step override has no name of its own: the main step's is the one people know
    const main = seg.name === 'steps' ? mainSteps.find((x) => isRec(x) && x.id === seg.key) : undefined;
    const name = isRec(hit) ? (hit.name ?? hit.title ?? hit.q ?? (isRec(main) ? main.name : undefined)) : undefined;
    out.push({ list: seg.name, key: seg.key, name: typeof name === 'string' ? name : undefined, value: hit });
    cur = hit;
  }
  return out;
}

const named = (name: string | undefined, id: string) => (name && name !== id ? `${name} (\`${id}\`)` : `\`${id}\``);

/** "Title (`id`) › Item (`key`)": the document and the items of a change, by title and id */
export function whereOf(c: Change, base: RepoIndex, head: RepoIndex): string {
  const doc = docOf(c, base, head);
  const parts = [named(docTitle(doc), c.document)];
  if (c.path) {
    const sideDoc = c.change === 'removed' ? (base.docs.find((d) => d.kind === c.kind && d.id === c.document) ?? doc) : doc;
    const items = itemsOf(sideDoc?.data, c.path);
    // a scalar list element (a region code in a list) is the change itself, not an item
    const shown = items.filter((it) => it.value !== undefined);
    for (const it of shown) parts.push(it.list === 'variants' ? `variant \`${it.key}\`` : named(it.name, it.key));
  }
  return parts.join(' › ');
}

/** what happened, in words; a whole document added or removed is named by `whereOf` already */
export function whatOf(c: Change): string {
  return c.path === '' && (c.change === 'added' || c.change === 'removed') ? `${c.kind} ${c.change}` : describe(c).what;
}
