import type { Command } from 'commander';
import type { IO } from '../io.js';
import type { GlobalOptions } from '../main.js';
import type { NewFlags } from '../new.js';

export function registerNew(program: Command, io: IO, globals: () => GlobalOptions, setCode: (c: number) => void): void {
  program
    .command('new')
    .description('add a skeleton document that lints clean, in the conventional folder')
    .argument('<kind>', 'Organization, Standard, ResponsibilityMatrix, DataDictionary or RolloutPlan (or org, standard, matrix, dictionary, rollout)')
    .argument('<id>', 'the document id: lowercase letters, digits and hyphens, e.g. order-fulfilment')
    .option('--title <title>', 'the title (default: from the id)')
    .option('--owner <role>', "owner role id (default: the organization's first hq role)")
    .addHelpText(
      'after',
      `
The file starts with a \`# yaml-language-server: $schema=...\` line, so editors validate and
complete it as you type. Refuses (exit 2) an id that exists or breaks ^[a-z][a-z0-9-]*$.

Examples:
  $ stdkit new standard returns-handling --title "Returns handling"
  $ stdkit new matrix returns-raci
  $ stdkit new RolloutPlan returns-rollout --owner hq-ops-director`,
    )
    .action(async (kind: string, id: string, opts: NewFlags) => {
      const { newCommand } = await import('../new.js');
      setCode(await newCommand(io, globals(), kind, id, opts));
    });
}
