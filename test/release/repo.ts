// Real temporary git repositories for release tests, the command run in-process, and a
// fingerprint of a repository (status, HEAD, refs, every file's bytes) to prove nothing changed.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import type { IO } from '../../src/cli/io.js';
import { reportError } from '../../src/cli/main.js';
import { registerRelease } from '../../src/cli/commands/release.js';
import { releaseCommand, type ReleaseFlags } from '../../src/cli/release.js';

export const FIXTURE = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/release/basic');

// git run by stdkit itself inherits these: an identity, and no user or system config
Object.assign(process.env, {
  GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null',
});

const made: string[] = [];
export function cleanup(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

export function write(dir: string, rel: string, text: string | Buffer): void {
  mkdirSync(dirname(join(dir, rel)), { recursive: true });
  writeFileSync(join(dir, rel), text);
}
export const read = (dir: string, rel: string) => readFileSync(join(dir, rel), 'utf8');
export const edit = (dir: string, rel: string, f: (s: string) => string) => write(dir, rel, f(read(dir, rel)));

export function commitAll(dir: string, message: string): void {
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', message);
}

/** the fixture committed on main and tagged v1.0.0 */
export function releasedRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'stdkit-release-'));
  made.push(dir);
  git(dir, '-c', 'init.defaultBranch=main', 'init', '-q');
  cpSync(FIXTURE, dir, { recursive: true });
  rmSync(join(dir, 'gitignore.txt'));
  write(dir, '.gitignore', 'dist/\n');
  commitAll(dir, 'standards');
  git(dir, 'tag', '-a', 'v1.0.0', '-m', 'v1.0.0');
  return dir;
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `stdkit release ...` through commander, in-process; `render` replaces the real renderer */
export async function runRelease(cwd: string, args: string[], render?: (root: string, version: string) => Promise<void> | void): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: IO = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTTY: false, env: {}, cwd };
  let code = 0;
  const program = new Command('stdkit').exitOverride().configureOutput({ writeOut: (s) => (stdout += s), writeErr: (s) => (stderr += s) });
  registerRelease(program, io, () => ({}), (c) => (code = c));
  if (render) {
    program.commands[0]!.action(async (bump: string | undefined, opts: ReleaseFlags) => {
      code = await releaseCommand(io, {}, bump, opts, async (root, v) => render(root, v));
    });
  }
  try {
    await program.parseAsync(['node', 'stdkit', 'release', ...args]);
  } catch (e) {
    code = reportError(e, io);
  }
  return { code, stdout, stderr };
}

/** a renderer that does nothing: most tests are not about the manual */
export const noRender = () => undefined;

function files(dir: string, at = dir, out: Record<string, string> = {}): Record<string, string> {
  for (const e of readdirSync(at, { withFileTypes: true })) {
    const abs = join(at, e.name);
    if (e.name === '.git' && at === dir) continue;
    if (e.isDirectory()) files(dir, abs, out);
    else out[relative(dir, abs)] = readFileSync(abs).toString('base64');
  }
  return out;
}

/** everything a release could change: status, HEAD, branches and tags, the index, every file's bytes */
export function fingerprint(dir: string) {
  return {
    status: git(dir, 'status', '--porcelain', '--untracked-files=all', '--ignored'),
    head: git(dir, 'rev-parse', 'HEAD'),
    refs: git(dir, 'for-each-ref', '--format=%(refname) %(objectname)'),
    index: git(dir, 'ls-files', '-s'),
    files: files(dir),
  };
}
