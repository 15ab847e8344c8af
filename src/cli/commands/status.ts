import { type Command, Option } from 'commander';
import type { IO } from '../io.js';
import type { GlobalOptions } from '../main.js';
import type { StatusFlags } from '../status.js';

export function registerStatus(program: Command, io: IO, globals: () => GlobalOptions, setCode: (c: number) => void): void {
  program
    .command('status')
    .description('the repository at a glance: documents, release, stale variants, old drafts, reviews due')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText(
      'after',
      `
Drafts are aged from the commit that added their file; reviews are due when
metadata.reviewed is older than review.interval of stdkit.yaml (default 90d).

Examples:
  $ stdkit status
  $ stdkit status --format json | jq '.release'`,
    )
    .action(async (opts: StatusFlags) => {
      const { statusCommand } = await import('../status.js');
      setCode(await statusCommand(io, globals(), opts));
    });
}
