// The manual and the dashboard link to each other, whichever command runs first, and
// `stdkit render`'s atomic swap of html/ keeps the dashboard.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { kpiCommand, type KpiFlags } from '../../src/cli/kpi.js';
import { renderCommand, type RenderFlags } from '../../src/cli/render.js';
import type { IO } from '../../src/cli/io.js';
import { EXAMPLE } from '../helpers/cli.js';

const KPIS = ['order-sla-rate', 'lead-conversion-rate', 'complaint-resolution-rate', 'report-accuracy-rate', 'transfer-approval-on-time-rate'];
let repo: string;
beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'stdkit-kpi-link-'));
  cpSync(EXAMPLE, repo, { recursive: true, filter: (src) => !src.includes(join('cross-region-ops', 'dist')) });
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

function io() {
  const t = { out: '', err: '' };
  const value: IO = { stdout: (s) => void (t.out += s), stderr: (s) => void (t.err += s), isTTY: false, env: { SOURCE_DATE_EPOCH: '1767225600' }, cwd: repo };
  return { io: value, t };
}
const kpi = async (opts: KpiFlags = {}) => {
  const { io: i, t } = io();
  expect(await kpiCommand(i, {}, ['measurements/kpi-2027.csv'], { format: 'html', ...opts })).toBe(0);
  return t;
};
const render = async (opts: RenderFlags = {}) => {
  const { io: i, t } = io();
  expect(await renderCommand(i, {}, opts)).toBe(0);
  return t;
};
const html = join('dist', 'manual', 'html');
const read = (name: string) => readFileSync(join(repo, html, name), 'utf8');
const ids = (text: string) => new Set([...text.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!));

function expectLinked(): void {
  const index = read('index.html');
  const dashboard = read('kpi.html');
  expect(index).toContain('<li class="kpi-dashboard-link"><a href="kpi.html">KPI 看板</a></li>');
  const targets = [...index.matchAll(/href="kpi\.html#([^"]+)"/g)].map((m) => m[1]!);
  expect(new Set(targets)).toEqual(new Set(KPIS));
  const anchors = ids(dashboard);
  expect(targets.filter((t) => !anchors.has(t))).toEqual([]);
  expect(dashboard).toContain('<a href="index.html" rel="up">← 运营标准手册</a>');
}

describe('manual ↔ dashboard', () => {
  it('kpi then render: the swap carries kpi.html over and the manual links to it', async () => {
    await kpi();
    expect(read('kpi.html')).toContain('href="index.html"');
    const before = read('kpi.html');
    await render();
    expect(read('kpi.html')).toBe(before);
    expectLinked();
    await render(); // and again: still there, still linked
    expectLinked();
  });

  it('render then kpi: the dashboard links back at once; the manual after the next render, as kpi says', async () => {
    await render();
    expect(read('index.html')).not.toContain('kpi.html');
    const t = await kpi();
    expect(t.err).toContain('run `stdkit render` to link');
    expect(read('kpi.html')).toContain('href="index.html"');
    await render();
    expectLinked();
    expect((await kpi()).err).toBe('');
  });

  it('no dashboard, no link; other output folders and markdown-only renders leave kpi.html alone', async () => {
    await render({ out: 'elsewhere' });
    await kpi();
    await render({ out: 'elsewhere' });
    expect(readFileSync(join(repo, 'elsewhere', 'html', 'index.html'), 'utf8')).not.toContain('kpi.html');
    await render({ format: 'markdown' });
    expect(existsSync(join(repo, html, 'kpi.html'))).toBe(true);
  });

  it('a dashboard written elsewhere does not link to a manual that is not there', async () => {
    await kpi({ out: 'kpi-elsewhere.html' });
    expect(readFileSync(join(repo, 'kpi-elsewhere.html'), 'utf8')).not.toContain('index.html');
  });

  it("uses the manual's stylesheet, with the repository's templates/ override", async () => {
    await kpi();
    const builtin = readFileSync(new URL('../../templates/html/manual.css', import.meta.url), 'utf8');
    expect(read('kpi.html')).toContain(builtin.split('\n')[1]!);
    mkdirSync(join(repo, 'templates', 'html'), { recursive: true });
    writeFileSync(join(repo, 'templates', 'html', 'manual.css'), 'body { color: rebeccapurple; }');
    await kpi();
    const dashboard = read('kpi.html');
    expect(dashboard).toContain('body { color: rebeccapurple; }');
    expect(dashboard).not.toContain(builtin.split('\n')[1]!);
    expect(dashboard).toContain('table.heat td.alert');
  });
});
