import { type Command, InvalidArgumentError, Option } from 'commander';
import type { IO } from '../io.js';
import type { GlobalOptions } from '../main.js';

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

function parseCount(flag: string) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`${flag} takes a whole number ≥ 0.`);
    return n;
  };
}

export function registerLint(program: Command, io: IO, globals: () => GlobalOptions, setCode: (c: number) => void): void {
  program
    .command('lint')
    .description('check every document: YAML, schemas, references and the domain rules')
    .argument('[paths...]', 'lint only these files or folders (references are still resolved across the whole repository)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['stylish', 'json', 'github', 'sarif', 'junit', 'gitlab']))
    .option('-o, --output-file <file>', 'write the report to a file instead of stdout')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', parseCount('--max-warnings'))
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
      const { lintCommand } = await import('../lint.js');
      setCode(await lintCommand(io, globals(), paths, opts));
    });

}
