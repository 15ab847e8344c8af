// The progress line: on a terminal's stderr only, erased at the end; never on a pipe or in CI.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the benchmark's corpus generator is plain JavaScript without types
import { generate } from '../../bench/generate.mjs';
import type { IO } from '../../src/cli/io.js';
import { run } from '../../src/cli/main.js';
import { progressLine } from '../../src/cli/progress.js';

function io(errIsTTY: boolean, env: NodeJS.ProcessEnv = {}) {
  let err = '';
  const value: IO = { stdout: () => undefined, stderr: (t) => (err += t), isTTY: false, errIsTTY, env, cwd: '.' };
  return { io: value, err: () => err };
}

describe('progressLine', () => {
  it('draws on a terminal and erases itself at the end', () => {
    const t = io(true);
    const p = progressLine(t.io, 'stdkit lint: reading');
    p.update(0, 10_000);
    p.update(10_000, 10_000);
    p.end();
    expect(t.err()).toContain('\rstdkit lint: reading 0/10,000 files (0%)');
    expect(t.err()).toContain('10,000/10,000 files (100%)');
    expect(t.err().endsWith('\r\u001b[K')).toBe(true);
  });

  it('shows a bare count when the total is not known', () => {
    const t = io(true);
    const p = progressLine(t.io, 'stdkit render: writing');
    p.update(12, 0);
    expect(t.err()).toContain('\rstdkit render: writing 12 files\u001b[K');
  });

  it.each([
    ['a pipe', false, {}, false],
    ['CI', true, { CI: 'true' }, false],
    ['--quiet', true, {}, true],
  ] as const)('prints nothing on %s', (_name, tty, env, quiet) => {
    const t = io(tty, { ...env });
    const p = progressLine(t.io, 'x', quiet);
    p.update(1, 2);
    p.end();
    expect(t.err()).toBe('');
  });
});

describe('stdkit lint on a terminal', () => {
  it('shows progress on stderr while reading many files, and leaves stdout alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stdkit-progress-'));
    try {
      generate(dir, { count: 300, brokenEvery: 0 });
      let out = '';
      let err = '';
      const code = await run(['node', 'stdkit', 'lint', '--no-cache'], { stdout: (t) => (out += t), stderr: (t) => (err += t), isTTY: false, errIsTTY: true, env: {}, cwd: dir });
      expect(code).toBe(0);
      expect(out).toBe('');
      expect(err).toMatch(/stdkit lint: reading [\d,]+\/302 files/);
      expect(err.endsWith('\r\u001b[K')).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stdkit render shows reading and writing progress, then only its summary on stdout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stdkit-progress-render-'));
    try {
      generate(dir, { count: 200, brokenEvery: 0 });
      let out = '';
      let err = '';
      const code = await run(['node', 'stdkit', 'render', '--format', 'markdown'], { stdout: (t) => (out += t), stderr: (t) => (err += t), isTTY: false, errIsTTY: true, env: {}, cwd: dir });
      expect(code).toBe(0);
      expect(out).toMatch(/^manual 1\.0\.0 written: /);
      expect(err).toMatch(/stdkit render: reading [\d,]+\/202 files/);
      expect(err).toMatch(/stdkit render: writing [\d,]+ files/);
      expect(err.endsWith('\r\u001b[K')).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
