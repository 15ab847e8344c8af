// The release use case: guards, then the plan applied atomically (files, render, commit, tag).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { findRoot, loadConfig } from '../adapters/config.js';
import * as gitx from '../adapters/git.js';
import { readText, ReleaseSnapshot, writeText } from '../adapters/release-files.js';
import { diffRepositories } from '../core/diff/diff.js';
import { latestTag } from '../core/diff/revisions.js';
import type { ChangeClass } from '../core/diff/types.js';
import { CONFIG_FILE } from '../core/model/config.js';
import { documentMatcher } from '../core/model/globs.js';
import { RepoIndex } from '../core/model/index-repo.js';
import { editVersion, planRelease, prependChangelog, type ReleasePlan } from '../core/release/index.js';
import { GitError, StdkitError, UsageError } from '../errors.js';
import { lintRepository, localToday } from './lint.js';
import { loadFromFiles, type LoadedRepository } from './load.js';

export interface ReleaseOptions {
  cwd: string;
  bump?: ChangeClass;
  force?: boolean;
  dryRun?: boolean;
  /** default true; false leaves the edits uncommitted (and untagged) */
  commit?: boolean;
  /** default true */
  tag?: boolean;
  message?: string;
  /** YYYY-MM-DD for the changelog; defaults to today */
  date?: string;
  /** renders the manual of `root` (now at `version`) into render.out; left out when undefined */
  render?: (root: string, version: string) => Promise<void> | void;
}

export interface PreparedRelease {
  root: string;
  repo: gitx.GitRepo;
  plan: ReleasePlan;
  /** new contents by repository-relative file */
  writes: Map<string, string>;
  /** absolute render.out */
  renderOut: string;
  /** set in a dry run on a dirty tree: a real release would refuse */
  dirty?: string;
}

export interface ReleaseOutcome extends PreparedRelease {
  commit?: string;
  tag?: string;
}

const refuse = (message: string, hint: string) => new StdkitError(message, { hint });

/** a release tag's revision as a whole repository */
export async function loadRevision(repo: gitx.GitRepo, root: string, rev: string): Promise<LoadedRepository> {
  const commit = await gitx.resolveCommit(repo, rev);
  const entries = await gitx.listRevision(repo, commit);
  const cfg = entries.find((e) => e.path === CONFIG_FILE);
  if (!cfg) throw new GitError(`no ${repo.prefix}${CONFIG_FILE} at ${rev}`, 'the release tag must point at a commit of the standards repository');
  const configText = new TextDecoder().decode((await gitx.readFiles(repo, [cfg]))[0]!.bytes);
  const { config } = loadFromFiles(root, configText, [], `${rev}:${CONFIG_FILE}`);
  const match = documentMatcher(config.include, config.exclude);
  return loadFromFiles(root, configText, await gitx.readFiles(repo, entries.filter((e) => match.file(e.path))), `${rev}:${CONFIG_FILE}`);
}

/** every guard, then the plan and the new file contents; nothing is written */
export async function prepareRelease(opts: ReleaseOptions): Promise<PreparedRelease> {
  if (opts.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.date)) throw new UsageError(`--date must be YYYY-MM-DD, not "${opts.date}"`);
  const root = findRoot(opts.cwd);
  const { config } = loadConfig(root);
  const repo = await gitx.openGit(root);
  if (!(await gitx.currentBranch(repo))) throw refuse('HEAD is detached: a release commit must go on a branch', 'check out the branch to release from, e.g. git switch main');
  const status = await gitx.statusPorcelain(repo);
  if (status && !opts.dryRun) {
    const first = status.split('\n')[0]!.slice(3);
    throw refuse(`the working tree is not clean (${first}${status.trim().includes('\n') ? ' and more' : ''})`, 'commit or stash your changes first (git status shows them), then run stdkit release again');
  }
  if (repo.shallow) throw new GitError('this is a shallow clone: the last release and its history may be missing', gitx.SHALLOW_HINT);
  const prefix = config.release.tagPrefix;
  const base = latestTag(await gitx.listTags(repo, prefix), prefix);
  if (!base && (await releasedBefore(repo, root, config.release.changelog))) {
    throw refuse(`no release tag ${prefix}* in this repository, although it has been released before: the tags are missing`, `fetch the tags (git fetch --tags), or tag the commit of the published manual: git tag -a ${prefix}${config.manual.version} -m "${prefix}${config.manual.version}" <commit>`);
  }
  const lint = await lintRepository({ cwd: root, cache: false });
  if (lint.result.summary.errors > 0) {
    const n = lint.result.summary.errors;
    throw refuse(`lint found ${n} error${n === 1 ? '' : 's'}: a manual with errors cannot be released`, 'run stdkit lint, fix what it reports, commit, and release again');
  }
  // no release tag yet: the first release publishes everything as new
  const before = base ? await loadRevision(repo, root, base) : { index: new RepoIndex([], config) };
  const plan = planRelease({
    base: base ?? 'the beginning (first release)',
    initial: !base,
    baseIndex: before.index,
    headIndex: lint.index,
    changes: diffRepositories(before.index, lint.index),
    current: config.manual.version,
    requested: opts.bump,
    force: opts.force,
    date: opts.date ?? localToday(),
    tagPrefix: prefix,
    changelogFile: config.release.changelog,
    message: opts.message,
  });
  if (await gitx.tagExists(repo, plan.tag)) {
    throw refuse(`the tag ${plan.tag} already exists`, `set manual.version in ${CONFIG_FILE} past ${plan.from}, or delete the tag if it was made by mistake (git tag -d ${plan.tag})`);
  }
  return { root, repo, plan, writes: newContents(root, plan), renderOut: resolve(root, config.render.out), dirty: status || undefined };
}

/** the edited files' new texts, computed before anything is written: an edit that cannot be made is a guard */
function newContents(root: string, plan: ReleasePlan): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of plan.edits) {
    const text = out.get(e.file) ?? readText(root, e.file) ?? '';
    try {
      out.set(e.file, editVersion(text, e.docIndex, e.path, e.to));
    } catch (err) {
      throw refuse(`cannot edit ${e.path.join('.')} in ${e.file}: ${(err as Error).message}`, 'fix the version value by hand, commit, and release again');
    }
  }
  out.set(plan.changelogFile, prependChangelog(readText(root, plan.changelogFile), plan.changelog));
  return out;
}

/** the prepared release applied; on any failure every file, the index, HEAD and tags are put back */
export async function applyRelease(p: PreparedRelease, opts: ReleaseOptions): Promise<ReleaseOutcome> {
  const { repo, plan } = p;
  const commit = opts.commit !== false;
  const tag = commit && opts.tag !== false;
  const branch = (await gitx.currentBranch(repo))!;
  const head = (await gitx.refCommit(repo, 'HEAD'))!;
  const snap = new ReleaseSnapshot(p.root);
  for (const file of p.writes.keys()) snap.file(file);
  if (opts.render) snap.folder(p.renderOut);
  let step = 'writing the files';
  let staged = false;
  let made: string | undefined;
  let tagged = false;
  try {
    for (const [file, text] of p.writes) writeText(p.root, file, text);
    if (opts.render) {
      step = 'rendering the manual';
      await opts.render(p.root, plan.version);
    }
    if (commit) {
      step = 'staging the files';
      const paths = [...p.writes.keys()];
      if (opts.render && existsSync(p.renderOut) && !(await gitx.isIgnored(repo, p.renderOut))) paths.push(p.renderOut);
      staged = true;
      await gitx.stagePaths(repo, paths);
      step = `committing "${plan.message}"`;
      made = await gitx.commitIndex(repo, plan.message);
    }
    if (tag) {
      step = `creating the tag ${plan.tag}`;
      await gitx.createAnnotatedTag(repo, plan.tag, plan.changelog);
      tagged = true;
    }
    return { ...p, commit: made, tag: tagged ? plan.tag : undefined };
  } catch (e) {
    const left: string[] = [];
    const undo = async (what: string, f: () => Promise<void>) => f().catch(() => left.push(what));
    if (tagged) await undo(`tag ${plan.tag}`, () => gitx.deleteTag(repo, plan.tag));
    if (made) await undo(`commit ${made.slice(0, 12)} on ${branch}`, () => gitx.moveRef(repo, branch, head, made!));
    if (staged) await undo('the index', () => gitx.resetIndex(repo));
    left.push(...snap.restore());
    const why = e instanceof Error ? e.message : String(e);
    throw new StdkitError(`release ${plan.tag} failed while ${step}: ${why}`, {
      hint: left.length === 0 ? 'the repository was restored exactly as it was: nothing was written, committed or tagged' : `could not restore: ${left.join(', ')}; check git status and git log`,
      cause: e,
    });
  } finally {
    snap.dispose();
  }
}

/** guards, then the release (or, with dryRun, only the plan) */
export async function release(opts: ReleaseOptions): Promise<ReleaseOutcome> {
  const prepared = await prepareRelease(opts);
  return opts.dryRun ? prepared : applyRelease(prepared, opts);
}

/** a release commit or a released CHANGELOG section means the tags exist somewhere: never start over */
async function releasedBefore(repo: gitx.GitRepo, root: string, changelog: string): Promise<boolean> {
  if (/^## \[\d+\.\d+\.\d+[^\]]*\]/m.test(readText(root, changelog) ?? '')) return true;
  return gitx.hasReleaseCommit(repo);
}
