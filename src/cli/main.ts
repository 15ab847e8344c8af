// Entry point: commander wiring only. Commands are imported when they run, so that
// `stdkit --help` loads nothing but commander.
import { readFileSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { StdkitError, formatLocation } from '../errors.js';
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

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
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
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .exitOverride();

  const globals = (): GlobalOptions => program.opts<GlobalOptions>();

  program
    .command('lint')
    .description('check every document: YAML, schemas, references and the domain rules')
    .argument('[paths...]', 'lint only these files or folders (references are still resolved across the whole repository)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['stylish', 'json', 'github', 'sarif', 'junit', 'gitlab']))
    .option('-o, --output-file <file>', 'write the report to a file instead of stdout')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', (v) => parseCount(v, '--max-warnings'))
    .option('--rule <id=severity>', 'set a rule to error, warn or off (repeatable)', collect)
    .option('--list-rules', 'print every rule with its default severity and what it checks')
    .option('--no-cache', 'ignore and do not write the lint cache (.stdkit/cache)')
    .option('--cache-location <dir>', 'where the lint cache lives')
    .addHelpText(
      'after',
      `
Examples:
  $ stdkit lint
  $ stdkit lint standards/order-fulfilment.yaml
  $ stdkit lint --format sarif -o stdkit.sarif
  $ stdkit lint --rule variant-stale=off --max-warnings 0`,
    )
    .action(async (paths: string[], opts) => {
      const { lintCommand } = await import('./lint.js');
      setCode(await lintCommand(io, globals(), paths, opts));
    });

  program
    .command('schema')
    .description('print the JSON Schema of a kind, or write all of them for editors')
    .argument('[kind]', 'Organization, Standard, ResponsibilityMatrix, DataDictionary, RolloutPlan or config')
    .option('--out <dir>', 'write every schema into <dir>')
    .addHelpText(
      'after',
      `
Examples:
  $ stdkit schema Standard
  $ stdkit schema --out .vscode/schemas`,
    )
    .action(async (kind: string | undefined, opts: { out?: string }) => {
      const { schemaCommand } = await import('./schema.js');
      setCode(schemaCommand(io, globals(), kind, opts));
    });

  return program;
}

function parseCount(v: string, flag: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) {
    throw new InvalidArgumentError(`${flag} takes a whole number ≥ 0.`);
  }
  return n;
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
