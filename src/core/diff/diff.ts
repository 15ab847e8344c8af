// Semantic diff of two repositories: documents by kind and id, list items by their key,
// every change classified by the table of classify.ts.
import type { RepoIndex } from '../model/index-repo.js';
import type { LoadedDoc } from '../model/source.js';
import type { Kind } from '../model/types.js';
import { classify } from './classify.js';
import { deepEqual, keyed, LIST_KEYS, movedKeys } from './lists.js';
import type { Change, ChangeKind } from './types.js';
import { isRec, type Rec } from '../guards.js';

const isScalar = (v: unknown) => v === null || (typeof v !== 'object' && typeof v !== 'function');

interface Ctx {
  file: string;
  kind: Kind;
  document: string;
  out: Change[];
}

function emit(ctx: Ctx, path: string, pattern: string, change: ChangeKind, before: unknown, after: unknown): void {
  ctx.out.push({
    file: ctx.file,
    kind: ctx.kind,
    document: ctx.document,
    path,
    change,
    class: classify(ctx.kind, pattern, change, before, after),
    before: before === undefined ? null : before,
    after: after === undefined ? null : after,
  });
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

function walk(ctx: Ctx, path: string, pattern: string, before: unknown, after: unknown): void {
  if (deepEqual(before, after)) return;
  const listKey = LIST_KEYS[ctx.kind][pattern];
  const asList = (v: unknown) => (v === undefined ? [] : v);
  if (listKey && Array.isArray(asList(before)) && Array.isArray(asList(after))) {
    return walkKeyed(ctx, path, pattern, listKey, asList(before) as unknown[], asList(after) as unknown[]);
  }
  const scalars = (v: unknown) => Array.isArray(v) && v.every(isScalar);
  if ((scalars(before) || before === undefined) && (scalars(after) || after === undefined) && (before !== undefined || after !== undefined)) {
    return walkSet(ctx, path, pattern, (before ?? []) as unknown[], (after ?? []) as unknown[]);
  }
  if (isRec(before) && isRec(after)) {
    for (const k of new Set([...Object.keys(before), ...Object.keys(after)])) {
      walk(ctx, join(path, k), join(pattern, k), before[k], after[k]);
    }
    return;
  }
  const change: ChangeKind = before === undefined ? 'added' : after === undefined ? 'removed' : 'changed';
  emit(ctx, path, pattern, change, before, after);
}

function walkKeyed(ctx: Ctx, path: string, pattern: string, key: string, before: unknown[], after: unknown[]): void {
  const b = keyed(before, key);
  const a = keyed(after, key);
  const bKeys = [...b.keys()];
  const aKeys = [...a.keys()];
  const moved = movedKeys(bKeys, aKeys);
  const item = `${pattern}[]`;
  for (const k of bKeys) if (!a.has(k)) emit(ctx, `${path}[${k}]`, item, 'removed', b.get(k), undefined);
  for (const [i, k] of aKeys.entries()) {
    const at = `${path}[${k}]`;
    if (!b.has(k)) {
      emit(ctx, at, item, 'added', undefined, a.get(k));
      continue;
    }
    // positions are 1-based, as people count steps
    if (moved.has(k)) emit(ctx, at, item, 'moved', bKeys.indexOf(k) + 1, i + 1);
    walk(ctx, at, item, b.get(k), a.get(k));
  }
}

function walkSet(ctx: Ctx, path: string, pattern: string, before: unknown[], after: unknown[]): void {
  const b = new Set(before.map(String));
  const a = new Set(after.map(String));
  for (const v of b) if (!a.has(v)) emit(ctx, `${path}[${v}]`, `${pattern}[]`, 'removed', v, undefined);
  for (const v of a) if (!b.has(v)) emit(ctx, `${path}[${v}]`, `${pattern}[]`, 'added', undefined, v);
}

/** documents of a side by kind and id; the first wins when an id repeats (lint reports that) */
function documents(index: RepoIndex): Map<string, LoadedDoc & { kind: Kind; id: string }> {
  const out = new Map<string, LoadedDoc & { kind: Kind; id: string }>();
  for (const d of index.docs) {
    if (!d.kind || d.id === undefined || !isRec(d.data)) continue;
    const k = `${d.kind}\u0000${d.id}`;
    if (!out.has(k)) out.set(k, d as LoadedDoc & { kind: Kind; id: string });
  }
  return out;
}

const title = (d: LoadedDoc): unknown => (isRec(d.data) && isRec(d.data.metadata) ? d.data.metadata.title : undefined);
const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/**
 * Every change from `base` to `head`, grouped by document (ordered by file, kind, id).
 * A removed or added document is one change whose before/after is its title; a document
 * moved to another file is one `moved` change whose before/after are the two files.
 */
export function diffRepositories(base: RepoIndex, head: RepoIndex): Change[] {
  const b = documents(base);
  const a = documents(head);
  const keys = [...new Set([...b.keys(), ...a.keys()])];
  const fileOf = (k: string) => (a.get(k) ?? b.get(k))!.file;
  keys.sort((x, y) => cmp(fileOf(x), fileOf(y)) || cmp(x, y));
  const out: Change[] = [];
  for (const k of keys) {
    const before = b.get(k);
    const after = a.get(k);
    const doc = (after ?? before)!;
    const ctx: Ctx = { file: doc.file, kind: doc.kind, document: doc.id, out };
    if (!after) emit(ctx, '', '', 'removed', title(before!), undefined);
    else if (!before) emit(ctx, '', '', 'added', undefined, title(after));
    else {
      if (before.file !== after.file) emit(ctx, '', '', 'moved', before.file, after.file);
      const { apiVersion: _a, kind: _k, ...bRest } = before.data as Rec;
      const { apiVersion: _b, kind: _l, ...aRest } = after.data as Rec;
      walk(ctx, '', '', bRest, aRest);
    }
  }
  return out;
}
