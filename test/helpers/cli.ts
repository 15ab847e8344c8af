// Running stdkit for tests: throwaway repositories on disk, the real binary spawned,
// and the same entry point in-process with every byte of output captured.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../../src/cli/main.js';
import type { IO } from '../../src/cli/io.js';
import { BASE } from './lint.js';

export const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = join(PROJECT, 'bin/stdkit.js');
export const EXAMPLE = join(PROJECT, 'examples/cross-region-ops');

export const CONFIG_YAML = `manual:
  title: Test manual
  version: 1.0.0
  language: en
  organization: acme
`;

/**
 * The small valid repository of test/helpers/lint.ts with its variant's `until` moved far
 * ahead: runs on the real clock (the CLI, the cache) must not go stale on a calendar date.
 */
export const REPO_FILES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(BASE).map(([file, text]) => [file, text.replace(/until: \d{4}-\d{2}-\d{2}/g, 'until: 2099-12-31')]),
);
export const REPO_STANDARD = REPO_FILES['standards/order.yaml']!;

export interface TempRepo {
  /** absolute path of the repository root */
  dir: string;
  /** absolute path of a file in the repository */
  path(rel: string): string;
  write(rel: string, content: string | Buffer): void;
  read(rel: string): string;
  cleanup(): void;
}

const live = new Set<TempRepo>();

/** A repository in a fresh temporary folder; `stdkit.yaml` defaults to CONFIG_YAML (pass `null` for none). */
export function makeRepo(files: Record<string, string | Buffer | null> = {}): TempRepo {
  const dir = mkdtempSync(join(tmpdir(), 'stdkit-test-'));
  const repo: TempRepo = {
    dir,
    path: (rel) => join(dir, rel),
    write(rel, content) {
      const abs = join(dir, rel);
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, content);
    },
    read: (rel) => readFileSync(join(dir, rel), 'utf8'),
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
      live.delete(repo);
    },
  };
  const all: Record<string, string | Buffer | null> = { 'stdkit.yaml': CONFIG_YAML, ...files };
  for (const [rel, content] of Object.entries(all)) if (content !== null) repo.write(rel, content);
  live.add(repo);
  return repo;
}

/** Removes every repository makeRepo created and that is still there (use in afterEach/afterAll). */
export function cleanupRepos(): void {
  for (const r of [...live]) r.cleanup();
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** The environment of a spawned run: the test runner's own colour settings removed. */
export function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ['NO_COLOR', 'FORCE_COLOR', 'STDKIT_DEBUG', 'NODE_OPTIONS', 'VITEST', 'VITEST_WORKER_ID', 'VITEST_POOL_ID', 'TEST']) delete env[k];
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

/** The built binary (`npm run build` first), spawned with pipes: never a TTY. */
export function runBin(args: string[], opts: { cwd?: string; env?: Record<string, string | undefined> } = {}): RunResult {
  if (!existsSync(join(PROJECT, 'dist/cli/main.js'))) throw new Error('dist/ is missing: run `npm run build` before the e2e tests');
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? PROJECT,
    env: cleanEnv(opts.env),
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export interface InProcessOptions {
  env?: NodeJS.ProcessEnv;
  isTTY?: boolean;
}

/** `run()` of src/cli/main.ts with a capturing IO; cwd is what process.cwd() would be. */
export async function runInProcess(args: string[], cwd: string, opts: InProcessOptions = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const io: IO = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    isTTY: opts.isTTY ?? false,
    env: opts.env ?? {},
    cwd,
  };
  const code = await run(['node', 'stdkit', ...args], io);
  return { code, stdout, stderr };
}

/** ANSI escape sequences (colours, cursor moves). */
export const ANSI = /\u001b\[[0-9;]*[A-Za-z]/;

/** A line of a JavaScript stack trace. */
export const STACK = /^\s{4}at /m;

/** The JSON report of `--format json`, typed. */
export interface JsonReport {
  findings: Array<{ rule: string; severity: 'error' | 'warning'; message: string; file: string; line: number; column: number; path: string }>;
  summary: { errors: number; warnings: number; files: number; documents: number };
}
