// The manual's side of the KPI dashboard: links only when one exists, and the atomic output keeps it.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasKpiDashboard } from '../../src/adapters/render-manual.js';
import { writeOutput } from '../../src/adapters/render-output.js';
import { htmlHrefs, htmlIds, renderExample } from './helpers.js';

const KPIS = new Set(['order-sla-rate', 'lead-conversion-rate', 'complaint-resolution-rate', 'report-accuracy-rate', 'transfer-approval-on-time-rate']);
const dir = mkdtempSync(join(tmpdir(), 'stdkit-render-kpi-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('links to the KPI dashboard', () => {
  it.each([{ lang: 'zh-CN' as const, label: 'KPI 看板' }, { lang: 'en' as const, label: 'KPI dashboard' }])('with a dashboard: sidebar entry, KPI lists and metrics link to kpi.html#<metric> ($lang)', async ({ lang, label }) => {
    const html = (await renderExample({ formats: ['html'], lang, kpiDashboard: true })).get('html/index.html')!;
    expect(html).toContain(`<li class="kpi-dashboard-link"><a href="kpi.html">${label}</a></li>`);
    const ids = htmlIds(html);
    const outside = htmlHrefs(html).filter((h) => !h.startsWith('#') || !ids.has(h.slice(1)));
    const targets = outside.filter((h) => h !== 'kpi.html').map((h) => /^kpi\.html#(.+)$/.exec(h)?.[1] ?? `not a dashboard link: ${h}`);
    expect(new Set(targets)).toEqual(KPIS);
    // a standard's KPI list and the dictionary's metric both link
    expect(html).toMatch(/<article class="doc standard"[\s\S]*?<a class="kpi-link" href="kpi\.html#order-sla-rate">/);
    expect(html).toMatch(/<section class="metric" id="metric\.order-sla-rate">[\s\S]*?<a class="kpi-link" href="kpi\.html#order-sla-rate">/);
    // a metric without a kpi is not on the dashboard, so not linked
    expect(html).not.toMatch(/kpi\.html#monthly-sales/);
  });

  it('without one: no link at all', async () => {
    const files = await renderExample({ formats: ['markdown', 'html'] });
    for (const text of files.values()) expect(text).not.toContain('kpi.html');
  });

  it('is decided from html/kpi.html in the output folder', () => {
    const out = join(dir, 'decide');
    expect(hasKpiDashboard(out)).toBe(false);
    mkdirSync(join(out, 'html'), { recursive: true });
    writeFileSync(join(out, 'html', 'kpi.html'), 'dashboard');
    expect(hasKpiDashboard(out)).toBe(true);
  });

  it("the atomic swap of html/ carries kpi.html over; the render's own files still replace the old ones", () => {
    const out = join(dir, 'swap');
    writeOutput(out, new Map([['html/index.html', 'old'], ['html/stale.html', 'gone']]));
    writeFileSync(join(out, 'html', 'kpi.html'), 'dashboard');
    writeOutput(out, new Map([['html/index.html', 'new'], ['markdown/index.md', 'md']]));
    expect(readdirSync(join(out, 'html')).sort()).toEqual(['index.html', 'kpi.html']);
    expect(readFileSync(join(out, 'html', 'kpi.html'), 'utf8')).toBe('dashboard');
    expect(readFileSync(join(out, 'html', 'index.html'), 'utf8')).toBe('new');
    expect(readdirSync(out).sort()).toEqual(['html', 'markdown']);
  });
});
