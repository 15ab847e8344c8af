// `stdkit serve`: the manual over node:http with live reload (server-sent events), rebuilt when a
// file of the repository changes. Bound to loopback unless asked otherwise.
import { watch, type FSWatcher } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { findRoot } from '../adapters/config.js';
import { StdkitError } from '../errors.js';
import { buildSite, EVENTS_PATH } from './serve-page.js';

export interface ServeOptions {
  cwd: string;
  port?: number;
  host?: string;
  /** ms to wait for more changes before rebuilding */
  debounce?: number;
  onRebuild?: (changed: string) => void;
}

export interface RunningServer {
  url: string;
  host: string;
  port: number;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);
const IGNORED = /(^|[\\/])(\.git|\.stdkit|node_modules|dist)([\\/]|$)/;
const WATCHED = /\.(ya?ml|hbs|css|js|md)$/;

export async function startServer(opts: ServeOptions): Promise<RunningServer> {
  const root = findRoot(opts.cwd);
  const host = opts.host ?? '127.0.0.1';
  let site = buildSite(root);
  const clients = new Set<ServerResponse>();
  let generation = 0;

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    // a loopback server answers only to loopback names: a web page cannot reach it by DNS rebinding
    const hostHeader = (req.headers.host ?? '').replace(/:\d+$/, '');
    if (LOOPBACK.has(host) && !LOOPBACK.has(hostHeader)) return void res.writeHead(403).end('forbidden host\n');
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405, { allow: 'GET, HEAD' }).end();
    if (url.pathname === EVENTS_PATH) {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(`retry: 500\nevent: hello\ndata: ${generation}\n\n`);
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    void site.then((pages) => {
      const page = pages.get(url.pathname);
      if (page === undefined) return void res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`not found: ${url.pathname}\n`);
      const type = url.pathname === '/' || url.pathname.endsWith('.html') ? 'text/html' : url.pathname.endsWith('.css') ? 'text/css' : url.pathname.endsWith('.js') ? 'text/javascript' : 'text/plain';
      res.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : page);
    });
  });

  let timer: NodeJS.Timeout | undefined;
  const changed = (file: string) => {
    if (IGNORED.test(file) || !(WATCHED.test(file) || file.endsWith('stdkit.yaml'))) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      site = buildSite(root);
      void site.then(() => {
        generation++;
        for (const c of clients) c.write(`event: reload\ndata: ${generation}\n\n`);
        opts.onRebuild?.(file);
      });
    }, opts.debounce ?? 80);
  };
  let watcher: FSWatcher;
  try {
    watcher = watch(root, { recursive: true }, (_event, name) => changed(String(name ?? '')));
  } catch (e) {
    throw new StdkitError(`cannot watch ${root} for changes: ${(e as Error).message}`, { cause: e });
  }
  const keepAlive = setInterval(() => clients.forEach((c) => c.write(': keep-alive\n\n')), 15_000);

  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => {
      watcher.close();
      clearInterval(keepAlive);
      const hint = e.code === 'EADDRINUSE' ? 'pass another --port, or --port 0 for a free one' : 'check --host and --port';
      reject(new StdkitError(`cannot listen on ${host}:${opts.port ?? 8000}: ${e.code ?? e.message}`, { hint }));
    });
    server.listen(opts.port ?? 8000, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${port}/`,
    host,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        clearTimeout(timer);
        clearInterval(keepAlive);
        watcher.close();
        for (const c of clients) c.end();
        clients.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
