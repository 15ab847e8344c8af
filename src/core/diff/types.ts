// The result of `stdkit diff`: its JSON shape is the contract of CLI.md.
import type { Kind } from '../model/types.js';

export type ChangeKind = 'added' | 'removed' | 'changed' | 'moved';
export type ChangeClass = 'major' | 'minor' | 'patch';
export type Bump = ChangeClass | 'none';

export interface Change {
  /** repository-relative file of the document (the head's, or the base's when it was removed) */
  file: string;
  kind: Kind;
  /** metadata.id of the document */
  document: string;
  /** document path naming list items by id, e.g. spec.steps[order-confirmation].sla; '' for the whole document */
  path: string;
  change: ChangeKind;
  class: ChangeClass;
  before: unknown;
  after: unknown;
}

export interface DiffResult {
  base: string;
  head: string;
  bump: Bump;
  changes: Change[];
}

export const CLASS_ORDER: readonly ChangeClass[] = ['major', 'minor', 'patch'];

/** the highest class among the changes, or 'none' */
export function bumpOf(changes: readonly Change[]): Bump {
  for (const c of CLASS_ORDER) if (changes.some((x) => x.class === c)) return c;
  return 'none';
}

/** true when `c` is at least as serious as `threshold` */
export function atLeast(c: ChangeClass, threshold: ChangeClass): boolean {
  return CLASS_ORDER.indexOf(c) <= CLASS_ORDER.indexOf(threshold);
}
