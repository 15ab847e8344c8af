// The CLI with the newcomer commands registered (whether or not main.ts wires them yet),
// run in-process with captured output; temporary folders and git helpers.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import type { IO } from '../../src/cli/io.js';
import { buildProgram, reportError, type GlobalOptions } from '../../src/cli/main.js';
import { registerInit } from '../../src/cli/commands/init.js';
import { registerNew } from '../../src/cli/commands/new.js';
import { registerServe } from '../../src/cli/commands/serve.js';
import { registerStatus } from '../../src/cli/commands/status.js';

export interface CliResult { code: number; stdout: string; stderr: string }
type Register = (p: Command, io: IO, g: () => GlobalOptions, set: (c: number) => void) => void;

const RELEASE = '../../src/cli/commands/release.js';

/** `stdkit release` when someone has built it */
export async function releaseRegister(): Promise<Register | undefined> {
  try {
    return ((await import(/* @vite-ignore */ RELEASE)) as { registerRelease?: Register }).registerRelease;
  } catch {
    return undefined;
  }
}

export async function cli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  let code = 0;
  const io: IO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTTY: false, env, cwd };
  const program = buildProgram(io, (c) => (code = c));
  const globals = () => program.opts<GlobalOptions>();
  const have = new Set(program.commands.map((c) => c.name()));
  const extra: Array<[string, Register | undefined]> = [['init', registerInit], ['new', registerNew], ['status', registerStatus], ['serve', registerServe], ['release', await releaseRegister()]];
  for (const [name, register] of extra) if (!have.has(name) && register) register(program, io, globals, (c) => (code = c));
  try {
    await program.parseAsync(['node', 'stdkit', ...args]);
  } catch (e) {
    code = reportError(e, io);
  }
  return { code, stdout, stderr };
}

const temps: string[] = [];
export function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'stdkit-newcomer-'));
  temps.push(d);
  return d;
}
export function cleanTemps(): void {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
}

export const GIT_ENV = { GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 't@example.com' };

export function git(cwd: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', ...args], { cwd, env: { ...process.env, ...GIT_ENV, ...env }, encoding: 'utf8' });
}

/** `stdkit lint --format json --no-cache` parsed */
export async function lintJson(cwd: string): Promise<{ code: number; findings: Array<{ rule: string; message: string; file: string }> }> {
  const r = await cli(['lint', '--format', 'json', '--no-cache'], cwd);
  return { code: r.code, findings: r.stdout ? (JSON.parse(r.stdout) as { findings: Array<{ rule: string; message: string; file: string }> }).findings : [{ rule: 'crash', message: r.stderr, file: '' }] };
}
