import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run as stdkit } from '../../src/cli/main.js';
import type { IO } from '../../src/cli/io.js';
import { EXAMPLE } from '../helpers/cli.js';

const repo = mkdtempSync(join(tmpdir(), 'stdkit-kpi-reg-'));
cpSync(EXAMPLE, repo, { recursive: true });
afterAll(() => rmSync(repo, { recursive: true, force: true }));

async function run(args: string[]): Promise<{ code: number | undefined; out: string }> {
  let out = '';
  const io: IO = { stdout: (t) => void (out += t), stderr: (t) => void (out += t), isTTY: false, env: {}, cwd: repo };
  const code = await stdkit(['node', 'stdkit', ...args], io);
  return { code, out };
}

describe('stdkit kpi wiring', () => {
  it('wires the flags', async () => {
    expect((await run(['kpi', 'measurements/kpi-2027.csv', '--exit-code'])).code).toBe(1);
    const r = await run(['kpi', 'measurements/kpi-2027.csv', '--period', '2027-W03', '-f', 'markdown', '--out', '-']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('# KPI 看板 截至 2027-W03');
    const en = await run(['kpi', 'measurements/kpi-2027.csv', '--lang', 'en', '-f', 'markdown']);
    expect(en.out).toContain('# KPI dashboard as of 2027-W08');
    expect((await run(['kpi', 'measurements/kpi-2027.csv', '--lang', 'fr'])).out).toContain('Allowed choices are zh-CN, en');
  });

  it('has help with examples and rejects unknown formats', async () => {
    expect((await run(['kpi', '--help'])).out).toContain('$ stdkit kpi measurements/kpi-2027.csv --format html');
    expect((await run(['kpi', 'x.csv', '-f', 'pdf'])).out).toContain("Allowed choices are text, markdown, json, html");
  });
});
