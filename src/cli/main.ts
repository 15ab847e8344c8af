// Entry point: commander wiring only. Commands are imported when they run, so that
// `stdkit --help` loads nothing but commander.
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { StdkitError, formatLocation } from '../errors.js';
import { registerDiff } from './commands/diff.js';
import { registerInit } from './commands/init.js';
import { registerKpi } from './commands/kpi.js';
import { registerLint } from './commands/lint.js';
import { registerNew } from './commands/new.js';
import { registerRelease } from './commands/release.js';
import { registerRender } from './commands/render.js';
import { registerSchema } from './commands/schema.js';
import { registerServe } from './commands/serve.js';
import { registerStatus } from './commands/status.js';
import { processIO, type IO } from './io.js';

export interface GlobalOptions {
  cwd?: string;
  color?: boolean;
  quiet?: boolean;
}

export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export function buildProgram(io: IO, setCode: (code: number) => void): Command {
  const program = new Command('stdkit');
  program
    .description('Lint, diff, release and render operating standards kept as YAML in git.')
    .version(version(), '--version', 'print the version')
    .option('-C, --cwd <dir>', 'run as if started in <dir>')
    .option('--no-color', 'no colours (NO_COLOR and FORCE_COLOR are honoured too)')
    .option('-q, --quiet', 'print only what matters: errors, no warnings or progress')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText(
      'after',
      `
Examples:
  $ stdkit lint                          # check every document; exit 1 on errors
  $ stdkit -C path/to/standards lint --format sarif -o stdkit.sarif
  $ stdkit diff v1.2.0                   # what changed since that release
  $ stdkit render --region SC --lang en  # the manual as region SC sees it
  $ stdkit kpi measurements/2027.csv --exit-code

Exit codes: 0 success, 1 problems found (lint errors, --exit-code), 2 could not run.
Run \`stdkit <command> --help\` for a command's options and examples.`,
    )
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .exitOverride();

  const globals = (): GlobalOptions => program.opts<GlobalOptions>();

  registerInit(program, io, globals, setCode);
  registerNew(program, io, globals, setCode);
  registerLint(program, io, globals, setCode);
  registerDiff(program, io, globals, setCode);
  registerRelease(program, io, globals, setCode);
  registerRender(program, io, globals, setCode);
  registerServe(program, io, globals, setCode);
  registerStatus(program, io, globals, setCode);
  registerKpi(program, io, globals, setCode);
  registerSchema(program, io, globals, setCode);

  return program;
}

export async function run(argv: string[], io: IO = processIO()): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => (code = c));
  try {
    await program.parseAsync(argv);
    return code;
  } catch (e) {
    return reportError(e, io);
  }
}

export function reportError(e: unknown, io: IO): number {
  if (e instanceof CommanderError) {
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
    return 2; // commander already printed the usage problem
  }
  if (e instanceof StdkitError) {
    const where = formatLocation(e.location);
    io.stderr(`stdkit: ${where ? `${where}: ` : ''}${e.message}\n`);
    if (e.hint) io.stderr(`  ${e.hint}\n`);
    if (io.env.STDKIT_DEBUG === '1' && e.stack) io.stderr(`${e.stack}\n`);
    return e.exitCode;
  }
  const err = e instanceof Error ? e : new Error(String(e));
  io.stderr(`stdkit: internal error: ${err.message}\n`);
  if (io.env.STDKIT_DEBUG === '1') io.stderr(`${err.stack ?? ''}\n`);
  else io.stderr('  this is a bug in stdkit: run again with STDKIT_DEBUG=1 and report the output\n');
  return 2;
}
