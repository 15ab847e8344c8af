// `stdkit serve`: run until Ctrl-C (or `stop` resolves, for tests), then close cleanly.
import { resolve } from 'node:path';
import { startServer, type RunningServer } from '../app/serve.js';
import { UsageError } from '../errors.js';
import type { IO } from './io.js';
import type { GlobalOptions } from './main.js';

export interface ServeFlags {
  port?: string;
  host?: string;
}

function untilSignal(): Promise<void> {
  return new Promise((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export async function serveCommand(io: IO, globals: GlobalOptions, flags: ServeFlags, stop?: (server: RunningServer) => Promise<void>): Promise<number> {
  const port = flags.port === undefined ? 8000 : Number(flags.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port takes a number from 0 to 65535, got "${flags.port}"`, '0 picks a free port');
  const host = flags.host ?? '127.0.0.1';
  const server = await startServer({
    cwd: resolve(io.cwd, globals.cwd ?? '.'),
    port,
    host,
    onRebuild: (file) => !globals.quiet && io.stderr(`stdkit serve: ${file} changed, reloading\n`),
  });
  io.stdout(`stdkit serve: ${server.url} (Ctrl-C to stop)\n`);
  if (!['127.0.0.1', 'localhost', '::1'].includes(host)) io.stderr(`stdkit serve: listening on ${host}: anyone who can reach this machine can read the manual\n`);
  await (stop ? stop(server) : untilSignal());
  await server.close();
  if (!globals.quiet) io.stderr('stdkit serve: stopped\n');
  return 0;
}
