// The release plan, pure: the diff since the last release tag in, versions and texts out.
import semver from 'semver';
import { atLeast, bumpOf, CLASS_ORDER, type Change, type ChangeClass } from '../diff/types.js';
import { CONFIG_FILE } from '../model/config.js';
import type { RepoIndex } from '../model/index-repo.js';
import { StdkitError } from '../../errors.js';
import { changelogSection } from './changelog.js';
import { isRec } from '../guards.js';
import type { ReleasePlan, VersionEdit } from './types.js';

export interface PlanInput {
  /** the release tag compared from */
  base: string;
  baseIndex: RepoIndex;
  headIndex: RepoIndex;
  changes: readonly Change[];
  /** manual.version of stdkit.yaml now */
  current: string;
  /** a bump asked for on the command line */
  requested?: ChangeClass;
  force?: boolean;
  date: string;
  tagPrefix: string;
  changelogFile: string;
  /** commit message template: {version} and {tag} are replaced */
  message?: string;
  /** no release tag yet: publish manual.version as it stands (or bumped, when asked), every document new */
  initial?: boolean;
}

export const DEFAULT_MESSAGE = 'release: {tag}';

/** release bookkeeping is not a change of the standards */
export const isBookkeeping = (c: Change) => c.path === 'metadata.version';

function inc(version: string, cls: ChangeClass, what: string): string {
  const next = semver.valid(version) ? semver.inc(version, cls) : null;
  if (!next) throw new StdkitError(`${what} is not a semantic version: ${JSON.stringify(version)}`, { hint: 'write it as MAJOR.MINOR.PATCH, e.g. 1.2.0 (stdkit lint checks this)' });
  return next;
}

export function planRelease(input: PlanInput): ReleasePlan {
  const changes = input.changes.filter((c) => !isBookkeeping(c));
  const required = bumpOf(changes);
  if (required === 'none') {
    throw new StdkitError(`nothing to release: the standards have not changed since ${input.base}`, { hint: 'edit and commit the standards first; `stdkit diff` shows what changed' });
  }
  const bump = input.requested ?? required;
  if (input.initial) return firstRelease(input, changes, required, bump);
  if (!atLeast(bump, required) && !input.force) {
    const why = changes.find((c) => c.class === required)!;
    throw new StdkitError(`a ${bump} release is not enough: the changes since ${input.base} need ${required} (e.g. ${why.document} ${why.path || why.change})`, {
      hint: `run stdkit release ${required}, or add --force to release as ${bump} anyway`,
    });
  }
  const version = inc(input.current, bump, `manual.version in ${CONFIG_FILE}`);
  const edits: VersionEdit[] = [{ file: CONFIG_FILE, docIndex: 0, path: ['manual', 'version'], kind: 'Config', id: 'manual', class: bump, from: input.current, to: version }];
  const kept: ReleasePlan['kept'] = [];
  for (const key of new Set(changes.map((c) => `${c.kind}\u0000${c.document}`))) {
    const own = changes.filter((c) => `${c.kind}\u0000${c.document}` === key);
    const doc = input.headIndex.docs.find((d) => `${d.kind}\u0000${d.id}` === key);
    const meta = isRec(doc?.data) && isRec(doc.data.metadata) ? doc.data.metadata : undefined;
    if (!doc || !meta) continue; // removed: nothing left to edit
    const now = String(meta.version);
    if (own.some((c) => c.path === '' && c.change === 'added')) {
      kept.push({ file: doc.file, id: doc.id!, version: now });
      continue;
    }
    const cls = CLASS_ORDER.find((k) => own.some((c) => c.class === k))!;
    const old = input.baseIndex.docs.find((d) => `${d.kind}\u0000${d.id}` === key);
    const was = isRec(old?.data) && isRec(old.data.metadata) ? String(old.data.metadata.version) : now;
    const to = inc(was, cls, `metadata.version of ${doc.id} (${doc.file})`);
    // a version already raised by hand to at least the required one is left alone
    if (semver.valid(now) && semver.gte(now, to)) continue;
    edits.push({ file: doc.file, docIndex: doc.index, path: ['metadata', 'version'], kind: doc.kind!, id: doc.id!, class: cls, from: now, to });
  }
  return assemble(input, { changes, required, bump, version, edits, kept });
}

/** The first release: nothing to count from, so manual.version is published as it is
 * (bumped only when a bump is asked for) and every document keeps its own version. */
function firstRelease(input: PlanInput, changes: Change[], required: ReleasePlan['required'], bump: ChangeClass): ReleasePlan {
  const version = input.requested ? inc(input.current, input.requested, `manual.version in ${CONFIG_FILE}`) : input.current;
  const edits: VersionEdit[] =
    version === input.current ? [] : [{ file: CONFIG_FILE, docIndex: 0, path: ['manual', 'version'], kind: 'Config', id: 'manual', class: bump, from: input.current, to: version }];
  const kept = input.headIndex.docs
    .filter((d) => d.kind && d.id !== undefined && isRec(d.data) && isRec(d.data.metadata))
    .map((d) => ({ file: d.file, id: d.id!, version: String((d.data as { metadata: { version: unknown } }).metadata.version) }));
  return assemble(input, { changes, required, bump, version, edits, kept });
}

type Decided = Pick<ReleasePlan, 'changes' | 'required' | 'bump' | 'version' | 'edits' | 'kept'>;

/** the plan from what was decided: tag, message and changelog follow from the version */
function assemble(input: PlanInput, d: Decided): ReleasePlan {
  const tag = `${input.tagPrefix}${d.version}`;
  const fill = (t: string) => t.replace(/\{version\}/g, d.version).replace(/\{tag\}/g, tag);
  return {
    ...d,
    base: input.base,
    ...(input.initial ? { initial: true } : {}),
    from: input.current,
    tag,
    date: input.date,
    message: fill(input.message ?? DEFAULT_MESSAGE),
    changelogFile: input.changelogFile,
    changelog: changelogSection(d.version, input.date, d.changes, input.baseIndex, input.headIndex),
  };
}
