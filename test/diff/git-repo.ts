// Real temporary git repositories for end-to-end diff tests, and the command run in-process.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { run } from '../../src/cli/main.js';
import type { IO } from '../../src/cli/io.js';

export const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null',
};

export const CONFIG_YAML = 'manual: { title: Test manual, version: 1.0.0, language: en, organization: acme }\n';

const made: string[] = [];

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'stdkit-diff-'));
  made.push(dir);
  return dir;
}

export function cleanup(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: { ...process.env, ...GIT_ENV }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

export function write(dir: string, files: Record<string, string>): void {
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    writeFileSync(join(dir, f), text);
  }
}

/** a new repository with `files` committed on main */
export function initRepo(files: Record<string, string>, sub = ''): string {
  const dir = tempDir();
  git(dir, '-c', 'init.defaultBranch=main', 'init', '-q');
  write(join(dir, sub), files);
  commitAll(dir, 'initial');
  return dir;
}

export function commitAll(dir: string, message: string): void {
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--allow-empty', '-m', message);
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `stdkit diff ...` in-process, through the real entry point */
export async function runDiff(cwd: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: IO = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTTY: false, env: { ...env }, cwd };
  const code = await run(['node', 'stdkit', 'diff', ...args], io);
  return { code, stdout, stderr };
}
