import type { Command } from 'commander';
import type { IO } from '../io.js';
import type { GlobalOptions } from '../main.js';

export function registerSchema(program: Command, io: IO, globals: () => GlobalOptions, setCode: (c: number) => void): void {
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
      const { schemaCommand } = await import('../schema.js');
      setCode(schemaCommand(io, globals(), kind, opts));
    });

}
