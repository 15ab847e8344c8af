// `stdkit diff [base] [head]`: load both sides as whole repositories, diff, format, gate.
import { resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { findRoot, loadConfig } from '../adapters/config.js';
import * as gitx from '../adapters/git.js';
import { loadFromFiles, loadRepository, type LoadedRepository } from '../app/load.js';
import { diffRepositories } from '../core/diff/diff.js';
import { explainMarkdown, explainText } from '../core/diff/explain.js';
import { formatJson } from '../core/diff/format-json.js';
import { formatMarkdown } from '../core/diff/format-markdown.js';
import { formatText } from '../core/diff/format-text.js';
import { flowsOf } from '../core/diff/mermaid.js';
import { latestTag, parseRange } from '../core/diff/revisions.js';
import { atLeast, bumpOf, type ChangeClass, type DiffResult } from '../core/diff/types.js';
import { CONFIG_FILE } from '../core/model/config.js';
import { documentMatcher } from '../core/model/globs.js';
import { StdkitError, GitError } from '../errors.js';
import { useColor, type IO } from './io.js';
import type { GlobalOptions } from './main.js';

export interface DiffFlags {
  format?: 'text' | 'markdown' | 'json';
  exitCode?: boolean;
  failOn?: ChangeClass;
  explain?: boolean;
}

interface Side {
  label: string;
  commit?: string;
}

/** which revisions to compare, with the labels people read */
async function pickSides(repo: gitx.GitRepo, tagPrefix: string, baseArg: string | undefined, headArg: string | undefined, note: (s: string) => void): Promise<[Side, Side]> {
  const range = parseRange(baseArg, headArg);
  const head: Side = range.head === undefined ? { label: 'working tree' } : { label: range.head, commit: await gitx.resolveCommit(repo, range.head) };
  if (range.base !== undefined) {
    const commit = await gitx.resolveCommit(repo, range.base);
    if (!range.mergeBase) return [{ label: range.base, commit }, head];
    const mb = await gitx.mergeBase(repo, commit, head.commit ?? (await gitx.resolveCommit(repo, 'HEAD')));
    return [{ label: mb.slice(0, 12), commit: mb }, head];
  }
  const tag = latestTag(await gitx.listTags(repo, tagPrefix), tagPrefix);
  if (tag) return [{ label: tag, commit: await gitx.resolveCommit(repo, tag) }, head];
  if (repo.shallow) {
    throw new GitError(`no release tag ${tagPrefix}* in this shallow clone, and its first commit is not the repository's`, gitx.SHALLOW_HINT);
  }
  const first = await gitx.firstCommit(repo);
  note(`stdkit diff: no release tag ${tagPrefix}*: comparing with the first commit ${first.slice(0, 12)} (fetch tags with git fetch --tags if they exist on the remote)\n`);
  return [{ label: first.slice(0, 12), commit: first }, head];
}

interface Listed {
  entries: gitx.TreeEntry[];
  configText: string;
}

async function listSide(repo: gitx.GitRepo, side: Side): Promise<Listed | undefined> {
  if (!side.commit) return undefined;
  const entries = await gitx.listRevision(repo, side.commit);
  const cfg = entries.find((e) => e.path === CONFIG_FILE);
  if (!cfg) throw new GitError(`no ${repo.prefix}${CONFIG_FILE} at ${side.label}`, 'name a revision where the standards repository existed');
  const [config] = await gitx.readFiles(repo, [cfg]);
  return { entries, configText: new TextDecoder().decode(config!.bytes) };
}

/** a side as a whole repository; `unchanged` files (same path and blob on both sides) are left out, they diff to nothing */
async function loadSide(repo: gitx.GitRepo, root: string, side: Side, listed: Listed | undefined, unchanged: Set<string>): Promise<LoadedRepository> {
  if (!listed) return loadRepository(root, { skip: new Set([...unchanged].map((k) => k.slice(0, k.indexOf('\0')))) });
  const label = `${side.label}:${repo.prefix}${CONFIG_FILE}`;
  // the config of that revision decides which files are documents
  const { config } = loadFromFiles(root, listed.configText, [], label);
  const match = documentMatcher(config.include, config.exclude);
  const files = await gitx.readFiles(repo, listed.entries.filter((e) => match.file(e.path) && !unchanged.has(`${e.path}\0${e.oid}`)));
  return loadFromFiles(root, listed.configText, files, label);
}

/** a side with unreadable YAML would look like removed documents: refuse instead */
function checkReadable(side: Side, loaded: LoadedRepository): void {
  const bad = loaded.files.flatMap((f) => f.findings.filter((x) => x.rule === 'yaml-syntax'));
  if (bad.length === 0) return;
  const f = bad[0]!;
  throw new StdkitError(`${side.label}: cannot read ${f.file}:${f.line ?? 1}:${f.column ?? 1}: ${f.message}${bad.length > 1 ? ` (and ${bad.length - 1} more)` : ''}`, {
    hint: side.commit ? 'diff against a revision whose files parse' : 'fix the file (stdkit lint lists every problem) and run stdkit diff again',
  });
}

export async function diffCommand(io: IO, globals: GlobalOptions, base: string | undefined, head: string | undefined, opts: DiffFlags): Promise<number> {
  if (opts.explain) {
    io.stdout(opts.format === 'markdown' ? explainMarkdown() : explainText());
    return 0;
  }
  const root = findRoot(resolve(io.cwd, globals.cwd ?? '.'));
  const repo = await gitx.openGit(root);
  const { config, text: configText } = loadConfig(root);
  const prefix = config.release.tagPrefix;
  const [b, h] = await pickSides(repo, prefix, base, head, (s) => !globals.quiet && io.stderr(s));
  const [lb, lh] = await Promise.all([listSide(repo, b), listSide(repo, h)]);
  const unchanged = new Set<string>();
  if (lb && lh && lb.configText === lh.configText) {
    const keys = new Set(lb.entries.map((e) => `${e.path}\0${e.oid}`));
    for (const e of lh.entries) if (keys.has(`${e.path}\0${e.oid}`)) unchanged.add(`${e.path}\0${e.oid}`);
  }
  if (lb && !lh && configText === lb.configText) {
    // against the working tree: files git reports unmodified, with the base's blob, diff to nothing
    const keys = new Set(lb.entries.map((e) => `${e.path}\0${e.oid}`));
    for (const e of await gitx.unmodifiedInWorkingTree(repo)) if (keys.has(`${e.path}\0${e.oid}`)) unchanged.add(`${e.path}\0${e.oid}`);
  }
  const [before, after] = await Promise.all([loadSide(repo, root, b, lb, unchanged), loadSide(repo, root, h, lh, unchanged)]);
  checkReadable(b, before);
  checkReadable(h, after);
  const changes = diffRepositories(before.index, after.index);
  const result: DiffResult = { base: b.label, head: h.label, bump: bumpOf(changes), changes };
  const format = opts.format ?? 'text';
  if (format === 'json') io.stdout(formatJson(result));
  else if (format === 'markdown') io.stdout(formatMarkdown(result, flowsOf(changes, before.index, after.index)));
  else io.stdout(formatText(result, { color: useColor(io, globals.color) }));
  if (opts.failOn && changes.some((c) => atLeast(c.class, opts.failOn!))) return 1;
  if (opts.exitCode && changes.length > 0) return 1;
  return 0;
}
