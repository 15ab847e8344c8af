import { type Command, Option } from 'commander';
import type { IO } from '../io.js';
import type { DiffFlags } from '../diff.js';
import type { GlobalOptions } from '../main.js';

export function registerDiff(program: Command, io: IO, globals: () => GlobalOptions, setCode: (c: number) => void): void {
  program
    .command('diff')
    .description('what changed in the standards between two revisions, classified major, minor or patch')
    .argument('[base]', 'git revision to compare from (default: the latest release tag, else the first commit); A...B compares from their merge-base')
    .argument('[head]', 'git revision to compare to (default: the working tree, uncommitted edits included)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'markdown', 'json']).default('text'))
    .option('--exit-code', 'exit 1 when there are changes')
    .addOption(new Option('--fail-on <class>', 'exit 1 when a change is of this class or higher').choices(['major', 'minor', 'patch']))
    .option('--explain', 'print the classification rules and exit (--format markdown for a table)')
    .addHelpText(
      'after',
      `
Examples:
  $ stdkit diff                          # latest release tag → working tree
  $ stdkit diff v1.2.0 v1.3.0
  $ stdkit diff origin/main...HEAD --format markdown > diff.md
  $ stdkit diff --format json | jq '.bump'
  $ stdkit diff --fail-on major          # CI: block breaking changes
  $ stdkit diff --explain`,
    )
    .action(async (base: string | undefined, head: string | undefined, opts: DiffFlags) => {
      const { diffCommand } = await import('../diff.js');
      setCode(await diffCommand(io, globals(), base, head, opts));
    });
}
