import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kpiCommand, type KpiFlags } from '../../src/cli/kpi.js';
import type { IO } from '../../src/cli/io.js';
import { reportError } from '../../src/cli/main.js';
import { EXAMPLE } from '../helpers/cli.js';

let repo: string;
beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'stdkit-kpi-cli-'));
  cpSync(EXAMPLE, repo, { recursive: true });
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

async function kpi(files: string[], opts: KpiFlags = {}, env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: IO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTTY: false, env, cwd: repo };
  let code: number;
  try {
    code = await kpiCommand(io, {}, files, opts);
  } catch (e) {
    code = reportError(e, io);
  }
  return { code, stdout, stderr };
}

const write = (name: string, text: string): string => (writeFileSync(join(repo, name), text), name);

describe('stdkit kpi', () => {
  it('exits 0 on the example measurements, 1 with --exit-code when an alert fires', async () => {
    const ok = await kpi(['measurements/kpi-2027.csv']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('KPI 看板 截至 2027-W08');
    expect(ok.stdout).toMatch(/华西 \(WC\) +订单处理时效达标率 \(order-sla-rate\) +2027-W08 +78% < 80%/);
    expect((await kpi(['measurements/kpi-2027.csv'], { exitCode: true })).code).toBe(1);
  });

  it("labels follow manual.language (zh-CN here), --lang en overrides; names stay as written", async () => {
    const zh = await kpi(['measurements/kpi-2027.csv']);
    expect(zh.stdout).toMatch(/华东 \(EC\) {2}得分 100\.0%/);
    expect(zh.stdout).toMatch(/订单处理时效达标率 \(order-sla-rate\) +2027-W08 +98\.8% ↑ {2}达标/);
    expect(zh.stdout).toContain('2 条预警:');
    const en = await kpi(['measurements/kpi-2027.csv'], { lang: 'en' });
    expect(en.stdout).toContain('KPI dashboard as of 2027-W08: 4 regions, 5 KPIs');
    expect(en.stdout).toMatch(/订单处理时效达标率 \(order-sla-rate\) +2027-W08 +78% ↓ {2}ALERT/);
    expect(en.stdout).toMatch(/华南 \(SC\) {2}score 98\.6%/);
    const md = await kpi(['measurements/kpi-2027.csv'], { lang: 'en', format: 'markdown' });
    expect(md.stdout).toContain('| Region | Score | 订单处理时效达标率 |');
    const bad = await kpi(['measurements/kpi-2027.csv'], { lang: 'fr' as 'en' });
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining('unknown language "fr"')]);
  });

  it('exits 0 with --exit-code when nothing alerts', async () => {
    const f = write('fine.csv', 'region,metric,period,value\nEC,order-sla-rate,2027-W05,80%\n');
    const r = await kpi([f], { exitCode: true, format: 'json' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).regions[0].kpis[0].status).toBe('below-target');
  });

  it('exits 2 listing every bad row with file and line, no stack trace', async () => {
    const f = write('bad.csv', 'region,metric,period,value\nXC,order-sla-rate,2027-W05,0.9\nEC,order-sla-rate,2027-02,0.9\nEC,lead-conversion-rate,2027-02,95\n');
    const r = await kpi([f]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bad.csv:2: unknown region "XC"');
    expect(r.stderr).toContain('bad.csv:3: period "2027-02" is a month, but order-sla-rate is measured by week');
    expect(r.stderr).toContain('bad.csv:4: lead-conversion-rate: value 95 is outside 0..1');
    expect(r.stderr).toContain('3 problems');
    expect(r.stderr).not.toMatch(/^\s{4}at /m);
    expect(r.stdout).toBe('');
  });

  it('exits 2 on a bad --period, a missing file, or no file', async () => {
    expect((await kpi(['measurements/kpi-2027.csv'], { period: 'last week' })).stderr).toContain('--period "last week" is not a period');
    const missing = await kpi(['nope.csv']);
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining('nope.csv: no such file')]);
    expect((await kpi([])).code).toBe(2);
  });

  it('--period selects an earlier week, and months ended by then', async () => {
    const r = await kpi(['measurements/kpi-2027.csv'], { period: '2027-W05', format: 'json' });
    const json = JSON.parse(r.stdout);
    expect(json.period).toBe('2027-W05');
    expect(json.regions[0].kpis.map((k: { period: string }) => k.period)).toEqual(['2027-W05', '2027-01', '2027-01', '2027-01', '2027-W05']);
  });

  it('writes the html dashboard next to the manual by default', async () => {
    const r = await kpi(['measurements/kpi-2027.csv'], { format: 'html' });
    expect(r.code).toBe(0);
    const out = join(repo, 'dist/manual/html/kpi.html');
    expect(existsSync(out)).toBe(true);
    expect(readFileSync(out, 'utf8')).toContain('<svg');
    expect(r.stdout).toContain('dist/manual/html/kpi.html');
  });

  it('evaluates 260,000 rows (50 regions × 100 KPIs × 52 weeks), streaming the CSV', { timeout: 60_000 }, async () => {
    const big = mkdtempSync(join(tmpdir(), 'stdkit-kpi-big-'));
    try {
      const regions = Array.from({ length: 50 }, (_, i) => `R${String(i).padStart(2, '0')}`);
      const kpis = Array.from({ length: 100 }, (_, i) => `kpi-${i}`);
      writeFileSync(join(big, 'stdkit.yaml'), 'manual:\n  title: Big\n  version: 1.0.0\n');
      writeFileSync(join(big, 'org.yaml'), `apiVersion: stdkit/v1\nkind: Organization\nmetadata: { id: org, title: Org, version: 1.0.0 }\nspec:\n  roles: [{ id: boss, name: Boss, level: hq }]\n  regions:\n${regions.map((r) => `    - { code: ${r}, name: Region ${r} }`).join('\n')}\n`);
      writeFileSync(join(big, 'dict.yaml'), `apiVersion: stdkit/v1\nkind: DataDictionary\nmetadata: { id: dict, title: Dict, version: 1.0.0 }\nspec:\n  metrics:\n${kpis.map((k) => `    - { id: ${k}, name: ${k}, unit: ratio, period: week, kpi: { target: 0.9, alertBelow: 0.5, weight: 1 } }`).join('\n')}\n`);
      const lines = ['region,metric,period,value'];
      for (let w = 1; w <= 52; w++) for (const r of regions) for (const k of kpis) lines.push(`${r},${k},2027-W${String(w).padStart(2, '0')},${((w * 7 + r.length + k.length) % 100) / 100}`);
      writeFileSync(join(big, 'big.csv'), `${lines.join('\n')}\n`);
      let stdout = '';
      const io: IO = { stdout: (t) => void (stdout += t), stderr: () => {}, isTTY: false, env: {}, cwd: big };
      expect(await kpiCommand(io, {}, ['big.csv'], { format: 'json' })).toBe(0);
      const json = JSON.parse(stdout);
      expect(json.period).toBe('2027-W52');
      expect(json.regions).toHaveLength(50);
      expect(json.regions[0].kpis).toHaveLength(100);
    } finally {
      rmSync(big, { recursive: true, force: true });
    }
  });
});
