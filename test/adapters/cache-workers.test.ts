// The lint cache written by the worker threads (repositories of 150 files and more).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the benchmark's corpus generator is plain JavaScript without types
import { generate } from '../../bench/generate.mjs';
import { CACHE_DIR } from '../../src/adapters/cache.js';
import { lintRepository } from '../../src/app/lint.js';

const dir = mkdtempSync(join(tmpdir(), 'stdkit-cache-workers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
generate(dir, { count: 400, brokenEvery: 100 });

describe('the cache of a large repository', () => {
  it('is written by the workers, reused whole, and per file after an edit', async () => {
    const first = await lintRepository({ cwd: dir, today: '2026-12-01', threads: 2 });
    expect(first.result.summary).toMatchObject({ errors: 4, files: 402 });
    const files = JSON.parse(readFileSync(join(dir, CACHE_DIR, 'files.json'), 'utf8')) as { value: Record<string, { hash: string; result: { file: string } }> };
    expect(Object.keys(files.value)).toHaveLength(402);
    expect(files.value['standards/0/standard-7.yaml']!.result.file).toBe('standards/0/standard-7.yaml');

    const again = await lintRepository({ cwd: dir, today: '2026-12-01', threads: 2 });
    expect(again.result).toEqual(first.result);

    const edited = join(dir, 'standards', '0', 'standard-7.yaml');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('no-such-role', 'role-01'));
    const fixed = await lintRepository({ cwd: dir, today: '2026-12-01', threads: 2 });
    expect(fixed.result.summary.errors).toBe(3);
    expect(fixed.result.findings.map((f) => f.file)).not.toContain('standards/0/standard-7.yaml');
  });
});
