// `stdkit serve` over loopback: the page, live reload on the event stream, a broken file shown.
import { get, request, type IncomingMessage } from 'node:http';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/app/serve.js';
import { serveCommand } from '../../src/cli/serve.js';
import type { IO } from '../../src/cli/io.js';
import { cleanTemps, cli, tempDir } from './helpers.js';

afterAll(cleanTemps);

function fetchText(url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string; type: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, type: String(res.headers['content-type']) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** the event stream, with a promise for the next event of a name */
function events(url: string): Promise<{ next(name: string): Promise<string>; close(): void; res: IncomingMessage }> {
  return new Promise((resolve, reject) => {
    const req = get(`${url}__stdkit/events`, (res) => {
      let buffer = '';
      const waiting: Array<{ name: string; done: (data: string) => void }> = [];
      const received: Array<{ name: string; data: string }> = [];
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const name = /^event: (.+)$/m.exec(block)?.[1] ?? '';
          const data = /^data: (.*)$/m.exec(block)?.[1] ?? '';
          const i = waiting.findIndex((w) => w.name === name);
          if (i >= 0) waiting.splice(i, 1)[0]!.done(data);
          else received.push({ name, data });
        }
      });
      // reloads of earlier changes are dropped: only an event after this call counts
      const next = (name: string) =>
        new Promise<string>((done) => {
          if (name === 'reload') received.length = 0;
          const i = received.findIndex((r) => r.name === name);
          if (i >= 0) done(received.splice(i, 1)[0]!.data);
          else waiting.push({ name, done });
        });
      resolve({ res, next, close: () => req.destroy() });
    });
    req.on('error', reject);
  });
}

describe('stdkit serve', () => {
  let dir = '';
  let server: RunningServer | undefined;
  beforeAll(async () => {
    dir = tempDir();
    expect((await cli(['init', '--lang', 'en', '--no-git'], dir)).code).toBe(0);
  });
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('serves the manual on 127.0.0.1 with the reload script and no lint banner', async () => {
    server = await startServer({ cwd: dir, port: 0 });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.host).toBe('127.0.0.1');
    const page = await fetchText(server.url);
    expect(page.status).toBe(200);
    expect(page.type).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('Customer development');
    expect(page.body).toContain("new EventSource(\"/__stdkit/events\")");
    expect(page.body).toContain("connect-src 'self'");
    expect(page.body).not.toContain('id="stdkit-lint"');
    expect((await fetchText(`${server.url}nope`)).status).toBe(404);
    expect((await fetchText(server.url, { host: 'evil.example:80' })).status).toBe(403);
  });

  it('signals a reload when a YAML file changes, and shows a broken file instead of crashing', async () => {
    server = await startServer({ cwd: dir, port: 0, debounce: 50 });
    const stream = await events(server.url);
    try {
      await stream.next('hello');
      const file = join(dir, 'standards/customer-development.yaml');
      const reload = stream.next('reload');
      writeFileSync(join(dir, 'standards/extra.yaml'), 'apiVersion: stdkit/v1\nkind: Standard\nmetadata: { id: extra, title: Extra process, version: 0.1.0, owner: hq-ops-director }\nspec:\n  steps:\n    - { id: only, name: Only step, responsible: hq-ops-director }\n');
      await reload;
      expect((await fetchText(server.url)).body).toContain('Extra process');

      const again = stream.next('reload');
      writeFileSync(file, 'apiVersion: stdkit/v1\nkind: Standard\nmetadata: {id: broken\n');
      await again;
      const page = await fetchText(server.url);
      expect(page.status).toBe(200);
      expect(page.body).toContain('id="stdkit-lint"');
      expect(page.body).toContain('standards/customer-development.yaml:');
      expect(page.body).toContain('yaml-syntax');
      expect(page.body).toContain('Extra process'); // the rest of the manual is still there

      const broken = stream.next('reload');
      writeFileSync(join(dir, 'stdkit.yaml'), 'manual: [\n');
      await broken;
      const error = await fetchText(server.url);
      expect(error.body).toContain('id="stdkit-error"');
      expect(error.body).toContain('stdkit.yaml');
    } finally {
      stream.close();
    }
  });

  it('stops cleanly through the command, printing its URL', async () => {
    let out = '';
    const io: IO = { stdout: (t) => void (out += t), stderr: () => undefined, isTTY: false, env: {}, cwd: tempDir() };
    const plain = tempDir();
    expect((await cli(['init', '--lang', 'en', '--no-git'], plain)).code).toBe(0);
    let seen = 0;
    const code = await serveCommand(io, { cwd: plain }, { port: '0' }, async (s) => {
      seen = (await fetchText(s.url)).status;
    });
    expect(code).toBe(0);
    expect(seen).toBe(200);
    expect(out).toMatch(/^stdkit serve: http:\/\/127\.0\.0\.1:\d+\/ \(Ctrl-C to stop\)\n$/);
    expect((await cli(['serve', '--port', 'x'], plain)).code).toBe(2);
  });
});

describe('stdkit serve as a process', () => {
  it('prints its URL and stops cleanly on Ctrl-C (SIGINT)', async () => {
    const { spawn } = await import('node:child_process');
    const { existsSync } = await import('node:fs');
    const { PROJECT } = await import('../helpers/cli.js');
    if (!existsSync(join(PROJECT, 'dist/cli/serve.js'))) return; // npm run build first
    const dir = tempDir();
    expect((await cli(['init', '--lang', 'en', '--no-git'], dir)).code).toBe(0);
    const script = `const { serveCommand } = await import(${JSON.stringify(join(PROJECT, 'dist/cli/serve.js'))}); const { processIO } = await import(${JSON.stringify(join(PROJECT, 'dist/cli/io.js'))}); process.exitCode = await serveCommand(processIO(), {}, { port: '0' });`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const url = await new Promise<string>((resolve) => child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) resolve(m[1]!);
    }));
    expect((await fetchText(url)).status).toBe(200);
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exit).toBe(0);
    expect(err).toContain('stdkit serve: stopped');
  });
});
