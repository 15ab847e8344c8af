// The only door to git: revisions, tags, and a revision's files read in bulk
// (one `git ls-tree` and one `git cat-file --batch`, never a process per file).
import { spawn } from 'node:child_process';
import { simpleGit, type SimpleGit } from 'simple-git';
import { GitError } from '../errors.js';

const SHALLOW_HINT = 'shallow clone: run git fetch --tags --unshallow, or set fetch-depth: 0 in the CI checkout';

export interface GitRepo {
  git: SimpleGit;
  /** the repository's top folder */
  top: string;
  /** the standards root inside it, '' or 'sub/dir/' */
  prefix: string;
  shallow: boolean;
}

export interface RevisionFile {
  path: string;
  bytes: Uint8Array;
}

const firstLine = (e: unknown) => (e instanceof Error ? e.message : String(e)).trim().split('\n')[0] ?? '';

/** The git repository holding `root` (the folder of stdkit.yaml). */
export async function openGit(root: string): Promise<GitRepo> {
  const git = simpleGit({ baseDir: root, maxConcurrentProcesses: 4 });
  let out: string;
  try {
    out = await git.raw(['rev-parse', '--show-toplevel', '--show-prefix', '--is-shallow-repository']);
  } catch (e) {
    throw new GitError(`not a git repository: ${root} (${firstLine(e)})`, 'stdkit diff compares git revisions: run it inside a git clone of the standards, or `git init` and commit first');
  }
  const [top = root, prefix = '', shallow = 'false'] = out.split('\n');
  return { git, top, prefix, shallow: shallow.trim() === 'true' };
}

/** the commit a revision names, or a GitError that says why not */
export async function resolveCommit(repo: GitRepo, rev: string): Promise<string> {
  if (rev.startsWith('-')) throw new GitError(`not a revision: ${rev}`);
  let sha = '';
  try {
    // simple-git reports a failure only when git writes to stderr: no --quiet here
    sha = (await repo.git.raw(['rev-parse', '--verify', '--end-of-options', `${rev}^{commit}`])).trim();
  } catch {
    sha = '';
  }
  if (!/^[0-9a-f]{40,64}$/.test(sha)) {
    const hint = repo.shallow
      ? `${SHALLOW_HINT}; the revision may be outside the fetched history`
      : 'check the name with `git log --oneline --decorate` or `git tag`; fetch it first if it only exists on the remote (git fetch --tags)';
    throw new GitError(`unknown revision "${rev}": no such branch, tag or commit in this repository`, hint);
  }
  return sha;
}

export async function mergeBase(repo: GitRepo, a: string, b: string): Promise<string> {
  let sha = '';
  try {
    sha = (await repo.git.raw(['merge-base', a, b])).trim();
  } catch {
    sha = '';
  }
  if (!/^[0-9a-f]{40,64}$/.test(sha)) {
    throw new GitError(`${a} and ${b} have no common ancestor in this clone`, repo.shallow ? SHALLOW_HINT : 'compare them with two arguments instead: stdkit diff A B');
  }
  return sha;
}

export async function listTags(repo: GitRepo, prefix: string): Promise<string[]> {
  const out = await repo.git.raw(['tag', '--list', `${prefix}*`]);
  return out.split('\n').map((t) => t.trim()).filter(Boolean);
}

/** the first commit of the current branch */
export async function firstCommit(repo: GitRepo): Promise<string> {
  let out: string;
  try {
    out = await repo.git.raw(['rev-list', '--max-parents=0', 'HEAD']);
  } catch {
    throw new GitError('the repository has no commits yet', 'commit the standards first, or name two revisions');
  }
  const roots = out.trim().split('\n');
  return roots[roots.length - 1]!;
}

export { SHALLOW_HINT };

export interface TreeEntry {
  /** relative to the standards root */
  path: string;
  oid: string;
}

/** every file under the standards root at `commit` (one `git ls-tree`); symlinks and submodules left out */
export async function listRevision(repo: GitRepo, commit: string): Promise<TreeEntry[]> {
  const treeish = repo.prefix ? `${commit}:${repo.prefix.replace(/\/$/, '')}` : `${commit}^{tree}`;
  let listing: Buffer;
  try {
    listing = await run(repo.top, ['ls-tree', '-r', '-z', treeish]);
  } catch {
    throw new GitError(`the standards folder ${repo.prefix || '/'} does not exist at ${commit.slice(0, 12)}`, 'name a revision where stdkit.yaml existed');
  }
  const entries: TreeEntry[] = [];
  for (const rec of listing.toString('utf8').split('\0')) {
    const tab = rec.indexOf('\t');
    if (tab < 0) continue;
    const [mode, type, oid] = rec.slice(0, tab).split(' ');
    if (type === 'blob' && mode !== '120000' && oid) entries.push({ path: rec.slice(tab + 1), oid });
  }
  return entries;
}

/** the contents of many files at once (one `git cat-file --batch`) */
export async function readFiles(repo: GitRepo, entries: readonly TreeEntry[]): Promise<RevisionFile[]> {
  const blobs = await catFile(repo.top, [...new Set(entries.map((e) => e.oid))]);
  return entries.map((e) => ({ path: e.path, bytes: blobs.get(e.oid)! }));
}

/** blob contents by id, from one `git cat-file --batch` process */
async function catFile(cwd: string, oids: string[]): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  if (oids.length === 0) return out;
  const buf = await run(cwd, ['cat-file', '--batch'], `${oids.join('\n')}\n`);
  let p = 0;
  while (p < buf.length) {
    const nl = buf.indexOf(10, p);
    if (nl < 0) break;
    const [oid, type, size] = buf.toString('utf8', p, nl).split(' ');
    p = nl + 1;
    if (type === 'missing' || size === undefined) throw new GitError(`git object ${oid} is missing`, SHALLOW_HINT);
    const n = Number(size);
    out.set(oid!, buf.subarray(p, p + n));
    p += n + 1;
  }
  return out;
}

function run(cwd: string, args: string[], input?: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('error', (e) => reject(new GitError(`cannot run git: ${e.message}`, 'install git and make sure it is on PATH')));
    child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(chunks)) : reject(new GitError(`git ${args[0]} failed: ${err.trim().split('\n')[0]}`))));
    child.stdin.on('error', () => undefined);
    child.stdin.end(input ?? '');
  });
}

// ---- writing: what `stdkit release` needs (status, commit, tag, and their undo) ----

export interface GitRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** git in `cwd`, never throwing on a non-zero exit: the caller decides what a failure means */
export function runGit(cwd: string, args: string[], input?: string): Promise<GitRun> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', (e) => reject(new GitError(`cannot run git: ${e.message}`, 'install git and make sure it is on PATH')));
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
    child.stdin.on('error', () => undefined);
    child.stdin.end(input ?? '');
  });
}

/** runGit that throws a GitError with git's own words (hook output included) on failure */
async function must(cwd: string, args: string[], input?: string): Promise<string> {
  const r = await runGit(cwd, args, input);
  if (r.code !== 0) {
    const said = `${r.stderr}\n${r.stdout}`.trim().split('\n').filter(Boolean).slice(0, 6).join('; ');
    throw new GitError(`git ${args[0]} failed${said ? `: ${said}` : ` (exit ${r.code})`}`);
  }
  return r.stdout;
}

/** `git status --porcelain` of the whole working tree: '' when clean */
export async function statusPorcelain(repo: GitRepo): Promise<string> {
  return must(repo.top, ['status', '--porcelain', '--untracked-files=normal']);
}

/** the branch HEAD is on (refs/heads/…), or undefined when HEAD is detached */
export async function currentBranch(repo: GitRepo): Promise<string | undefined> {
  const r = await runGit(repo.top, ['symbolic-ref', '-q', 'HEAD']);
  return r.code === 0 ? r.stdout.trim() : undefined;
}

export async function tagExists(repo: GitRepo, tag: string): Promise<boolean> {
  return (await runGit(repo.top, ['rev-parse', '-q', '--verify', `refs/tags/${tag}`])).code === 0;
}

/** the commit of a ref, or undefined */
export async function refCommit(repo: GitRepo, ref: string): Promise<string | undefined> {
  const r = await runGit(repo.top, ['rev-parse', '-q', '--verify', `${ref}^{commit}`]);
  return r.code === 0 ? r.stdout.trim() : undefined;
}

/** true when git ignores `path` (relative to the standards root) */
export async function isIgnored(repo: GitRepo, path: string): Promise<boolean> {
  return (await runGit(`${repo.top}/${repo.prefix}`, ['check-ignore', '-q', '--', path])).code === 0;
}

/** stages paths relative to the standards root (removals included) */
export async function stagePaths(repo: GitRepo, paths: readonly string[]): Promise<void> {
  if (paths.length > 0) await must(`${repo.top}/${repo.prefix}`, ['add', '-A', '--', ...paths]);
}

/** commits the index; hooks run, and a failing hook is a failure. Returns the new commit. */
export async function commitIndex(repo: GitRepo, message: string): Promise<string> {
  await must(repo.top, ['commit', '-q', '--cleanup=whitespace', '-F', '-'], message);
  return (await must(repo.top, ['rev-parse', 'HEAD'])).trim();
}

/** an annotated tag on HEAD whose message is kept as written (markdown headings included) */
export async function createAnnotatedTag(repo: GitRepo, tag: string, message: string): Promise<void> {
  await must(repo.top, ['tag', '-a', '--cleanup=whitespace', '-F', '-', '--', tag], message);
}

export async function deleteTag(repo: GitRepo, tag: string): Promise<void> {
  await must(repo.top, ['tag', '-d', '--', tag]);
}

/** moves `ref` back from `from` to `to` (only if it still points at `from`) */
export async function moveRef(repo: GitRepo, ref: string, to: string, from: string): Promise<void> {
  await must(repo.top, ['update-ref', '-m', 'stdkit release: rolled back', ref, to, from]);
}

/** the index back to HEAD, the working tree untouched */
export async function resetIndex(repo: GitRepo): Promise<void> {
  await must(repo.top, ['reset', '-q']);
}

/** a tag's annotation (empty for a lightweight tag) and the day it was made, YYYY-MM-DD */
export async function tagInfo(repo: GitRepo, tag: string): Promise<{ message: string; date?: string }> {
  const r = await runGit(repo.top, ['for-each-ref', '--format=%(creatordate:short)%00%(contents)', `refs/tags/${tag}`]);
  if (r.code !== 0 || !r.stdout.includes('\0')) return { message: '' };
  const [date, ...message] = r.stdout.split('\0');
  return { message: message.join('\0'), date: date?.trim() || undefined };
}

/** a commit whose subject starts with `release:` exists (stdkit release made one before) */
export async function hasReleaseCommit(repo: GitRepo): Promise<boolean> {
  const r = await runGit(repo.top, ['log', '-1', '--format=%H', '--extended-regexp', '--grep=^release: ']);
  return r.code === 0 && r.stdout.trim() !== '';
}

/** tracked files of the standards root whose working-tree content is the index's, with their blob ids
 * (paths relative to the standards root; symbolic links and conflicted entries left out) */
export async function unmodifiedInWorkingTree(repo: GitRepo): Promise<TreeEntry[]> {
  const pathspec = repo.prefix ? ['--', repo.prefix] : [];
  const [staged, changed] = await Promise.all([run(repo.top, ['ls-files', '-s', '-z', ...pathspec]), run(repo.top, ['diff', '--name-only', '-z', ...pathspec])]);
  const modified = new Set(changed.toString('utf8').split('\0').filter(Boolean));
  const out: TreeEntry[] = [];
  for (const rec of staged.toString('utf8').split('\0')) {
    const tab = rec.indexOf('\t');
    if (tab < 0) continue;
    const [mode, oid, stage] = rec.slice(0, tab).split(' ');
    const path = rec.slice(tab + 1);
    if (stage !== '0' || mode === '120000' || !oid || modified.has(path) || !path.startsWith(repo.prefix)) continue;
    out.push({ path: path.slice(repo.prefix.length), oid });
  }
  return out;
}
