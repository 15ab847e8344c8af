import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeDirs } from '../../src/adapters/make-dirs.js';
import { runBin } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'stdkit-mkdirs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('makeDirs', () => {
  it('creates every missing level, and accepts folders that exist', () => {
    makeDirs(join(dir, 'a', 'b', 'c'));
    makeDirs(join(dir, 'a', 'b', 'c'));
    expect(statSync(join(dir, 'a', 'b', 'c')).isDirectory()).toBe(true);
  });

  it('names a file standing in the way', () => {
    writeFileSync(join(dir, 'file'), 'x');
    expect(() => makeDirs(join(dir, 'file', 'sub'))).toThrow(/file is a file/);
  });

  // Node's own recursive mkdir never returns under /proc; stdkit must say no at once
  it.skipIf(!existsSync('/proc/self'))('refuses an impossible folder quickly instead of hanging', () => {
    expect(() => makeDirs('/proc/stdkit-test/x')).toThrow(/cannot create the folder \/proc\/stdkit-test: ENOENT/);
    const r = runBin(['init', '/proc/stdkit-test'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot create the folder \/proc\/stdkit-test/);
  }, 20_000);
});
