import { type Command, Option } from 'commander';
import type { InitFlags } from '../init.js';
import type { IO } from '../io.js';
import type { GlobalOptions } from '../main.js';

export function registerInit(program: Command, io: IO, globals: () => GlobalOptions, setCode: (c: number) => void): void {
  program
    .command('init')
    .description('create a standards repository: stdkit.yaml, one example of every kind, CI, editor schemas')
    .argument('[dir]', 'folder to create it in (default: the current folder)')
    .addOption(new Option('--lang <lang>', 'language of the examples (default: from LANG, zh* → zh-CN, else en)').choices(['zh-CN', 'en']))
    .option('--force', 'overwrite files that already exist')
    .option('--no-git', 'do not run `git init`')
    .addHelpText(
      'after',
      `
Writes stdkit.yaml, org/ standards/ matrices/ dictionaries/ rollouts/ (a complete example),
schemas/ (for editors), .vscode/settings.json, .gitignore, .github/workflows/stdkit.yml and
.gitlab-ci.yml, and runs \`git init\` when the folder is not in a git repository yet.
Refuses (exit 2, nothing written) when any of these files exists, unless --force.

Examples:
  $ stdkit init standards --lang en
  $ stdkit init --lang zh-CN
  $ stdkit init . --force`,
    )
    .action(async (dir: string | undefined, opts: InitFlags) => {
      const { initCommand } = await import('../init.js');
      setCode(await initCommand(io, globals(), dir, opts));
    });
}
