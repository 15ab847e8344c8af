// Failure injection at each step: the repository is left exactly as it was, and the error names the step.
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cleanup, commitAll, edit, fingerprint, git, noRender, read, releasedRepo, runRelease, write } from './repo.js';

afterAll(cleanup);
const S = 'standards/order.yaml';

function ready(): string {
  const dir = releasedRepo();
  edit(dir, S, (s) => s.replace('sla: 24h', 'sla: 48h'));
  commitAll(dir, 'relax');
  return dir;
}

function hook(dir: string, name: string, script: string): void {
  const path = join(dir, '.git/hooks', name);
  mkdirSync(join(dir, '.git/hooks'), { recursive: true });
  writeFileSync(path, `#!/bin/sh\n${script}\n`);
  chmodSync(path, 0o755);
}

describe('stdkit release is all or nothing', () => {
  test('a write that fails after others succeeded (as a full disk would): every written file restored', async () => {
    const dir = releasedRepo();
    // the changelog's folder is a file, so its write fails after stdkit.yaml and the standard were written
    edit(dir, 'stdkit.yaml', (s) => s.replace('changelog: CHANGELOG.md', 'changelog: docs/CHANGELOG.md'));
    write(dir, 'docs', 'a file where the changelog folder should be\n');
    edit(dir, S, (s) => s.replace('sla: 24h', 'sla: 48h'));
    commitAll(dir, 'relax, and a changelog in docs/');
    const before = fingerprint(dir);
    const r = await runRelease(dir, [], noRender);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/release v1\.1\.0 failed while writing the files: cannot create the folder .*docs: .*docs is a file/);
    expect(r.stderr).toMatch(/restored exactly as it was/);
    expect(fingerprint(dir)).toEqual(before);
    expect(read(dir, 'stdkit.yaml')).toContain('version: 1.0.0');
  });

  test('the renderer fails after writing part of the manual: files and the previous manual restored', async () => {
    const dir = ready();
    write(dir, 'dist/manual/html/index.html', 'the previous manual');
    const before = fingerprint(dir);
    const r = await runRelease(dir, [], (root, version) => {
      expect(version).toBe('1.1.0');
      expect(read(root, 'stdkit.yaml')).toContain('1.1.0');
      write(root, 'dist/manual/html/index.html', 'half');
      write(root, 'dist/manual/markdown/index.md', 'half');
      throw new Error('template exploded');
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('release v1.1.0 failed while rendering the manual: template exploded');
    expect(r.stderr).toContain('restored exactly as it was');
    expect(fingerprint(dir)).toEqual(before);
  });

  test('a render folder that did not exist is removed again', async () => {
    const dir = ready();
    const before = fingerprint(dir);
    const r = await runRelease(dir, [], (root) => {
      write(root, 'dist/manual/x.md', 'x');
      throw new Error('no');
    });
    expect(r.code).toBe(2);
    expect(existsSync(join(dir, 'dist'))).toBe(false);
    expect(fingerprint(dir)).toEqual(before);
  });

  test('a pre-commit hook that fails: no commit, the index and files restored, the hook is heard', async () => {
    const dir = ready();
    write(dir, 'CHANGELOG.md', '# Changelog\n\n## [1.0.0] - 2026-11-01\n');
    commitAll(dir, 'changelog');
    hook(dir, 'pre-commit', 'echo "policy: no releases on Fridays" >&2; exit 1');
    const before = fingerprint(dir);
    const r = await runRelease(dir, [], noRender);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/failed while committing "release: v1.1.0": git commit failed: policy: no releases on Fridays/);
    expect(fingerprint(dir)).toEqual(before);
  });

  test('the tag appears meanwhile: the commit is undone, files and index restored', async () => {
    const dir = ready();
    hook(dir, 'post-commit', 'git tag v1.1.0');
    const before = fingerprint(dir);
    const r = await runRelease(dir, [], noRender);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/failed while creating the tag v1.1.0: git tag failed: .*already exists/);
    const after = fingerprint(dir);
    // the only difference is the tag someone else made
    expect(after.refs.split('\n').filter((l) => !l.startsWith('refs/tags/v1.1.0 ')).join('\n')).toBe(before.refs);
    expect(after.refs).toContain('refs/tags/v1.1.0 ');
    expect({ ...after, refs: '' }).toEqual({ ...before, refs: '' });
    expect(git(dir, 'log', '--format=%s', '-1')).toBe('relax\n');
  });

  test('a renderer that fails with --no-commit still restores', async () => {
    const dir = ready();
    const before = fingerprint(dir);
    const r = await runRelease(dir, ['--no-commit'], () => {
      throw new Error('boom');
    });
    expect(r.code).toBe(2);
    expect(fingerprint(dir)).toEqual(before);
  });

  test('--dry-run prints the plan and writes nothing (even on a dirty tree, with a warning)', async () => {
    const dir = ready();
    let rendered = false;
    const before = fingerprint(dir);
    const r = await runRelease(dir, ['--dry-run', '--date', '2027-01-10'], () => void (rendered = true));
    expect(r.code).toBe(0);
    expect(rendered).toBe(false);
    expect(fingerprint(dir)).toEqual(before);
    expect(r.stdout).toContain('Would release v1.1.0: minor release, 1 change since v1.0.0');
    expect(r.stdout).toContain('  stdkit.yaml  manual.version 1.0.0 → 1.1.0  (minor)\n  standards/order.yaml  order-fulfilment 1.0.0 → 1.1.0  (minor)');
    expect(r.stdout).toContain('Files it would write:\n  stdkit.yaml\n  standards/order.yaml\n  CHANGELOG.md\n  dist/manual/ (the rendered manual)');
    expect(r.stdout).toContain('It would commit "release: v1.1.0" and create the annotated tag v1.1.0.');
    expect(r.stdout).toContain('## [1.1.0] - 2027-01-10\n\n### Changed');
    write(dir, 'scratch.txt', 'x');
    const dirty = await runRelease(dir, ['--dry-run'], noRender);
    expect(dirty.code).toBe(0);
    expect(dirty.stderr).toMatch(/not clean: a real release would refuse/);
  });

  test('the real renderer: the manual of the new version in render.out (ignored, so not committed)', async () => {
    const dir = ready();
    const r = await runRelease(dir, ['--date', '2027-01-10']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'dist/manual/markdown/index.md'))).toBe(true);
    expect(read(dir, 'dist/manual/markdown/index.md')).toContain('1.1.0');
    expect(git(dir, 'status', '--porcelain')).toBe('');
  });
});
