import type { Command } from 'commander';
import type { IO } from '../io.js';
import type { GlobalOptions } from '../main.js';
import type { ServeFlags } from '../serve.js';

export function registerServe(program: Command, io: IO, globals: () => GlobalOptions, setCode: (c: number) => void): void {
  program
    .command('serve')
    .description('the HTML manual on localhost, reloaded in the browser when a file changes')
    .option('-p, --port <n>', 'port (0 picks a free one)', '8000')
    .option('--host <host>', 'address to bind (anything but loopback exposes the manual to the network)', '127.0.0.1')
    .addHelpText(
      'after',
      `
Lint findings are shown on top of the page; a broken file shows its error instead of stopping
the server. Ctrl-C stops it.

Examples:
  $ stdkit serve
  $ stdkit serve --port 0`,
    )
    .action(async (opts: ServeFlags) => {
      const { serveCommand } = await import('../serve.js');
      setCode(await serveCommand(io, globals(), opts));
    });
}
