// Which lists are matched by a key instead of by position, and the order of common items.
import type { Kind } from '../model/types.js';
import { isRec } from '../guards.js';

/** key of the items of each keyed list, by kind and list pattern */
export const LIST_KEYS: Record<Kind, Record<string, string>> = {
  Organization: { 'spec.regions': 'code', 'spec.roles': 'id', 'spec.systems': 'id', 'spec.forms': 'id' },
  Standard: { 'spec.steps': 'id', 'spec.variants': 'region', 'spec.variants[].steps': 'id', 'spec.faq': 'q' },
  ResponsibilityMatrix: { 'spec.activities': 'id', 'spec.boundaries': 'topic' },
  DataDictionary: { 'spec.fields': 'id', 'spec.metrics': 'id', 'spec.reports': 'id', 'spec.interfaces': 'id' },
  RolloutPlan: { 'spec.phases': 'id', 'spec.objectives': 'metric' },
};


/** items by key, in list order; an item without a usable key is named by position, a repeated key gets #n */
export function keyed(list: unknown[], key: string): Map<string, unknown> {
  const out = new Map<string, unknown>();
  list.forEach((item, i) => {
    const k = isRec(item) && (typeof item[key] === 'string' || typeof item[key] === 'number') ? String(item[key]) : `#${i + 1}`;
    let name = k;
    for (let n = 2; out.has(name); n++) name = `${k}#${n}`;
    out.set(name, item);
  });
  return out;
}

/**
 * Keys of `common` items that moved: those outside a longest common subsequence of the two
 * orders, so that moving one step reports one move, not every step after it.
 */
export function movedKeys(before: string[], after: string[]): Set<string> {
  const inAfter = new Set(after);
  const inBefore = new Set(before);
  const a = before.filter((k) => inAfter.has(k));
  const b = after.filter((k) => inBefore.has(k));
  const n = a.length;
  const m = b.length;
  if (n * m > 4_000_000) return new Set(); // absurdly long list: report no moves rather than stall
  const dp: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i]![j] = a[i] === b[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
    }
  }
  const stay = new Set<string>();
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      stay.add(a[i]!);
      i++;
      j++;
    } else if (dp[i + 1]![j]! >= dp[i]![j + 1]!) i++;
    else j++;
  }
  return new Set(a.filter((k) => !stay.has(k)));
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return a instanceof Date || b instanceof Date ? String(a) === String(b) : false;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => deepEqual(x, bb[i]));
  }
  if (a instanceof Date || b instanceof Date) return String(a) === String(b);
  const ka = Object.keys(a);
  const rb = b as Record<string, unknown>;
  if (ka.length !== Object.keys(rb).length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(rb, k) && deepEqual((a as Record<string, unknown>)[k], rb[k]));
}
