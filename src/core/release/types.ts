// A release plan: everything `stdkit release` would do, computed before anything is written.
import type { Bump, Change, ChangeClass } from '../diff/types.js';
import type { Kind } from '../model/types.js';

export interface VersionEdit {
  /** repository-relative file */
  file: string;
  /** ordinal of the document among the non-empty documents of the file */
  docIndex: number;
  /** where the version is, e.g. ['metadata', 'version'] */
  path: string[];
  kind: Kind | 'Config';
  /** document id, or 'manual' for stdkit.yaml */
  id: string;
  class: ChangeClass;
  from: string;
  to: string;
}

export interface ReleasePlan {
  /** the latest release tag the changes are counted from */
  base: string;
  /** the first release of the repository: no tag before it */
  initial?: boolean;
  /** the highest class among the changes */
  required: Bump;
  bump: ChangeClass;
  from: string;
  version: string;
  tag: string;
  date: string;
  message: string;
  /** the manual's version first, then each changed document's */
  edits: VersionEdit[];
  /** new documents: they keep the version they were written with */
  kept: Array<{ file: string; id: string; version: string }>;
  changelogFile: string;
  /** the CHANGELOG section, also the tag's annotation */
  changelog: string;
  changes: Change[];
}
