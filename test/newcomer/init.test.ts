// init → lint → render (→ release when it exists) on real temporary repositories, in both languages.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { GIT_ENV, cleanTemps, cli, git, lintJson, releaseRegister, tempDir } from './helpers.js';

afterAll(cleanTemps);

describe.each(['en', 'zh-CN'] as const)('stdkit init --lang %s', (lang) => {
  const dir = join(tempDir(), 'standards');

  it('creates a repository that lints clean and renders straight away', async () => {
    const r = await cli(['init', dir, '--lang', lang], tempDir());
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Created a standards repository');
    for (const f of ['stdkit.yaml', '.gitignore', '.github/workflows/stdkit.yml', '.gitlab-ci.yml', '.vscode/settings.json', 'schemas/standard.schema.json', '.git']) {
      expect(existsSync(join(dir, f)), f).toBe(true);
    }
    for (const folder of ['org', 'standards', 'matrices', 'dictionaries', 'rollouts']) expect(existsSync(join(dir, folder)), folder).toBe(true);
    expect(readFileSync(join(dir, 'stdkit.yaml'), 'utf8')).toContain(`language: ${lang}`);
    expect(await lintJson(dir)).toEqual({ code: 0, findings: [] });
    const render = await cli(['render'], dir);
    expect(render.code, render.stderr).toBe(0);
    expect(render.stderr).toBe('');
    expect(readFileSync(join(dir, 'dist/manual/html/index.html'), 'utf8')).toContain(lang === 'en' ? 'Customer development' : '客户开发流程');
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toMatch(/^dist\/$/m);
  });

  it('maps every schema for the editor, to files that exist', () => {
    const settings = JSON.parse(readFileSync(join(dir, '.vscode/settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string[]> };
    expect(Object.keys(settings['yaml.schemas'])).toHaveLength(6);
    for (const schema of Object.keys(settings['yaml.schemas'])) expect(existsSync(join(dir, schema)), schema).toBe(true);
    expect(readFileSync(join(dir, 'standards/customer-development.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=\.\.\/schemas\/standard\.schema\.json\n/);
  });

  it('writes a CI workflow that annotates, uploads SARIF and posts the diff', () => {
    const wf = readFileSync(join(dir, '.github/workflows/stdkit.yml'), 'utf8');
    for (const s of ['lint --format github', 'lint --format sarif -o stdkit.sarif', 'upload-sarif', 'fetch-depth: 0', 'diff "$BASE...HEAD" --format markdown', 'gh pr comment']) expect(wf).toContain(s);
    expect(readFileSync(join(dir, '.gitlab-ci.yml'), 'utf8')).toContain('codequality: gl-code-quality.json');
  });

  it('refuses to overwrite anything without --force, and overwrites with it', async () => {
    writeFileSync(join(dir, 'stdkit.yaml'), 'edited\n');
    const r = await cli(['init', dir, '--lang', lang], tempDir());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('stdkit.yaml');
    expect(r.stderr).toContain('.github/workflows/stdkit.yml');
    expect(r.stderr).toContain('--force');
    expect(readFileSync(join(dir, 'stdkit.yaml'), 'utf8')).toBe('edited\n');
    const forced = await cli(['init', dir, '--lang', lang, '--force'], tempDir());
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(join(dir, 'stdkit.yaml'), 'utf8')).toContain('manual:');
  });

  it('releases the first version once committed, then the next one', async () => {
    if (!(await releaseRegister())) return;
    // stdkit's own git commands need an identity, as any commit does: the one the tests use
    for (const [k, v] of Object.entries(GIT_ENV)) vi.stubEnv(k, v);
    try {
      git(dir, ['add', '-A']);
      git(dir, ['commit', '-q', '-m', 'standards: first version']);
      const first = await cli(['release'], dir, { SOURCE_DATE_EPOCH: '1798761600' });
      expect(first.code, first.stderr).toBe(0);
      expect(git(dir, ['tag', '--list'])).toBe('v0.1.0\n');
      const file = join(dir, 'standards/customer-development.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/\bsla: 3d\b/, 'sla: 5d'));
      git(dir, ['commit', '-q', '-am', 'surveys may take five days']);
      const r = await cli(['release'], dir, { SOURCE_DATE_EPOCH: '1798761600' });
      expect(r.code, r.stderr).toBe(0);
      expect(git(dir, ['tag', '--list'])).toMatch(/^v0\.2\.0$/m);
      expect(git(dir, ['status', '--porcelain'])).toBe('');
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('stdkit init in an existing folder', () => {
  it('leaves an existing git repository alone and defaults the language from LANG', async () => {
    const dir = tempDir();
    git(dir, ['init', '-q']);
    writeFileSync(join(dir, 'README.md'), 'ours\n');
    const r = await cli(['init'], dir, { LANG: 'zh_CN.UTF-8' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toContain('Initialized');
    expect(readFileSync(join(dir, 'stdkit.yaml'), 'utf8')).toContain('language: zh-CN');
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe('ours\n');
  });
});
