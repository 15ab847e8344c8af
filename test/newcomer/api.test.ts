// The programmatic API as a user calls it.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diff, lint, loadRepository, render, rules, status, StdkitError, type Finding } from '../../src/api.js';
import { PROJECT } from '../helpers/cli.js';
import { cleanTemps, tempDir } from './helpers.js';

afterAll(cleanTemps);

const copy = () => {
  const dir = tempDir();
  cpSync(join(PROJECT, 'examples/init-en'), dir, { recursive: true });
  return dir;
};

describe('stdkit API', () => {
  it('lints a repository: findings and summary, as --format json', async () => {
    const dir = copy();
    const clean = await lint({ cwd: dir, cache: false });
    expect(clean.result.summary).toMatchObject({ errors: 0, warnings: 0, documents: 5 });
    const file = join(dir, 'standards/customer-development.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('responsible: regional-manager', 'responsible: regional-boss'));
    const { result } = await lint(dir);
    const f: Finding = result.findings[0]!;
    expect(f).toMatchObject({ rule: 'ref-role', severity: 'error', file: 'standards/customer-development.yaml', path: 'spec.steps[2].responsible' });
    expect(rules.some((r) => r.meta.id === 'ref-role')).toBe(true);
  });

  it('diffs two loaded repositories and renders one', async () => {
    const before = await loadRepository(copy());
    const dir = copy();
    const file = join(dir, 'standards/customer-development.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('sla: 1w', 'sla: 2w'));
    const after = await loadRepository(dir);
    const d = diff(before, after.index);
    expect(d.bump).toBe('minor');
    expect(d.changes).toMatchObject([{ document: 'customer-development', change: 'changed', before: '1w', after: '2w' }]);
    const pages = render(after, { formats: ['html'], date: '2027-01-01' });
    expect([...pages.keys()]).toContain('html/index.html');
    expect(pages.get('html/index.html')).toContain('Operations standards manual');
  });

  it('gives the repository status and throws typed errors', async () => {
    expect((await status({ cwd: copy(), today: '2027-01-01' })).documents.total).toBe(5);
    await expect(loadRepository(tempDir())).rejects.toBeInstanceOf(StdkitError);
  });
});

describe("import from 'stdkit' (the built package)", () => {
  it('resolves through package.json exports, with type declarations next to it', async () => {
    const { existsSync } = await import('node:fs');
    const { execFileSync } = await import('node:child_process');
    if (!existsSync(join(PROJECT, 'dist/api.js'))) return; // npm run build first
    expect(existsSync(join(PROJECT, 'dist/api.d.ts'))).toBe(true);
    const dir = copy();
    const script = `import { lint, loadRepository, diff, render } from 'stdkit'; const { result } = await lint({ cwd: ${JSON.stringify(dir)}, cache: false }); const repo = await loadRepository(${JSON.stringify(dir)}); console.log(JSON.stringify({ errors: result.summary.errors, bump: diff(repo, repo).bump, pages: render(repo, { formats: ['markdown'] }).size > 1 }));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: PROJECT, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ errors: 0, bump: 'none', pages: true });
  });
});
