// Reading a revision starts a fixed number of git processes, however many files it has.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, expect, test } from 'vitest';
import { BASE } from '../helpers/lint.js';
import { CONFIG_YAML, cleanup, commitAll, git, initRepo, runDiff, tempDir, write } from './git-repo.js';

afterAll(cleanup);
afterEach(() => {
  delete process.env.GIT_TRACE;
});

const S = 'standards/order.yaml';

function many(n: number, version: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < n; i++) {
    out[`standards/copy-${i}.yaml`] = BASE[S]!.replace('id: order-fulfilment', `id: copy-${i}`).replace('version: 1.0.0', `version: ${version}`);
  }
  return out;
}

test('no git process per file: ls-tree and cat-file --batch once per side', async () => {
  const dir = initRepo({ 'stdkit.yaml': CONFIG_YAML, ...BASE, ...many(60, '1.0.0') });
  git(dir, 'tag', 'v1.0.0');
  write(dir, many(60, '1.1.0'));
  commitAll(dir, 'bump all');
  const trace = join(tempDir(), 'trace');
  process.env.GIT_TRACE = trace;
  const r = await runDiff(dir, ['v1.0.0', 'HEAD', '--format', 'json']);
  delete process.env.GIT_TRACE;
  expect(r.code).toBe(0);
  expect((JSON.parse(r.stdout) as { changes: unknown[] }).changes).toHaveLength(60);
  const commands = readFileSync(trace, 'utf8').split('\n').filter((l) => /trace: built-in: git /.test(l));
  expect(commands.filter((l) => l.includes('cat-file')).length).toBeLessThanOrEqual(4);
  expect(commands.length).toBeLessThan(15);
});
