// In GitHub Actions, lint annotates by default and writes a step summary.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { IO } from '../../src/cli/io.js';
import { run } from '../../src/cli/main.js';

const EXAMPLE = join(import.meta.dirname, '..', '..', 'examples', 'cross-region-ops');
const work = mkdtempSync(join(tmpdir(), 'stdkit-gha-'));
const repo = join(work, 'standards');
cpSync(EXAMPLE, repo, { recursive: true, filter: (src) => !src.includes(`${join('cross-region-ops', 'dist')}`) });
const file = join(repo, 'standards', 'order-fulfilment.yaml');
writeFileSync(file, readFileSync(file, 'utf8').replace('responsible: warehouse-lead', 'responsible: warehouse-leader'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function lint(env: NodeJS.ProcessEnv, args: string[] = []) {
  let stdout = '';
  let stderr = '';
  const io: IO = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTTY: false, env, cwd: repo };
  const code = await run(['node', 'stdkit', 'lint', '--no-cache', ...args], io);
  return { code, stdout, stderr };
}

describe('lint in GitHub Actions', () => {
  it('prints workflow annotations without --format, with paths from the checkout root', async () => {
    const r = await lint({ GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: work });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=standards\/standards\/order-fulfilment\.yaml,line=\d+,col=\d+,.*title=stdkit ref-role::unknown role "warehouse-leader"/m);
  });

  it('keeps an explicit --format', async () => {
    const r = await lint({ GITHUB_ACTIONS: 'true' }, ['--format', 'json']);
    expect(JSON.parse(r.stdout).summary.errors).toBe(1);
  });

  it('stays stylish outside Actions', async () => {
    const r = await lint({});
    expect(r.stdout).not.toContain('::error');
    expect(r.stdout).toContain('standards/order-fulfilment.yaml');
  });

  it('appends a markdown summary to $GITHUB_STEP_SUMMARY', async () => {
    const summary = join(work, 'summary.md');
    writeFileSync(summary, '# earlier step\n');
    await lint({ GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary });
    const text = readFileSync(summary, 'utf8');
    expect(text.startsWith('# earlier step\n## stdkit lint')).toBe(true);
    expect(text).toContain('❌ 1 error, 0 warnings');
    expect(text).toMatch(/\| `standards\/order-fulfilment\.yaml:\d+:\d+` \| error \| unknown role "warehouse-leader".* \| `ref-role` \|/);
  });
});
