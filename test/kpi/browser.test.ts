// A real browser opens the KPI dashboard from disk: heat table, one drawn trend chart per KPI,
// the manual's look, no errors, no network; and the manual's KPI links land on the charts.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium, noticeIfMissing, watchedPage } from '../helpers/browser.js';
import { kpiCommand } from '../../src/cli/kpi.js';
import { renderCommand } from '../../src/cli/render.js';
import type { IO } from '../../src/cli/io.js';
import { EXAMPLE } from '../helpers/cli.js';

noticeIfMissing('KPI dashboard browser test');

const KPIS = ['order-sla-rate', 'lead-conversion-rate', 'complaint-resolution-rate', 'report-accuracy-rate', 'transfer-approval-on-time-rate'];
const repo = mkdtempSync(join(tmpdir(), 'stdkit-kpi-browser-'));
afterAll(() => rmSync(repo, { recursive: true, force: true }));

async function build(): Promise<string> {
  cpSync(EXAMPLE, repo, { recursive: true, filter: (src) => !src.includes(join('cross-region-ops', 'dist')) });
  const io: IO = { stdout: () => {}, stderr: () => {}, isTTY: false, env: { SOURCE_DATE_EPOCH: '1767225600' }, cwd: repo };
  expect(await kpiCommand(io, {}, ['measurements/kpi-2027.csv'], { format: 'html' })).toBe(0);
  expect(await renderCommand(io, {}, { format: 'html' })).toBe(0);
  return join(repo, 'dist', 'manual', 'html');
}

describe('the KPI dashboard in headless chromium', () => {
  it.skipIf(!hasChromium)('draws the heat table and a chart per KPI, offline, without errors, linked with the manual', async () => {
    const html = await build();
    const browser = await launchChromium();
    try {
      const { page, errors, requests } = await watchedPage(browser);
      await page.goto(pathToFileURL(join(html, 'kpi.html')).href, { waitUntil: 'load' });

      const heat = page.locator('table.heat');
      await expect(heat.isVisible()).resolves.toBe(true);
      expect(await heat.locator('tbody tr').count()).toBe(4);
      expect(await heat.locator('thead th').count()).toBe(2 + KPIS.length);
      expect(await heat.locator('td.alert').count()).toBe(2);
      expect(await heat.locator('thead th').first().textContent()).toBe('区域');
      // the manual's stylesheet applies: its fixed sidebar and its accent colour
      expect(await page.evaluate("getComputedStyle(document.querySelector('nav.sidebar')).position")).toBe('fixed');

      for (const id of KPIS) {
        const chart = page.locator(`figure.kpi[id="${id}"] svg.chart`);
        expect(await chart.count()).toBe(1);
        const box = await chart.boundingBox();
        expect(box!.width).toBeGreaterThan(200);
        const lines = chart.locator('polyline, path');
        expect(await lines.count()).toBeGreaterThan(0);
        const points = await lines.first().evaluate((el) => (el.getAttribute('points') ?? el.getAttribute('d') ?? '').trim().split(/\s+/).length);
        expect(points).toBeGreaterThanOrEqual(2);
        expect(await page.evaluate(`document.querySelector('figure.kpi[id="${id}"] svg.chart polyline').getTotalLength()`)).toBeGreaterThan(10);
      }
      expect(await page.locator('figure.kpi svg.chart').count()).toBe(KPIS.length);

      // back to the manual, and from its KPI link onto the chart
      await page.click('a[rel="up"]');
      expect(page.url()).toMatch(/\/index\.html$/);
      await page.locator('#section\\.standards a.kpi-link[href="kpi.html#order-sla-rate"]').first().click();
      await page.waitForURL(/kpi\.html#order-sla-rate$/);
      expect(await page.locator('figure.kpi:target').getAttribute('id')).toBe('order-sla-rate');

      expect(errors).toEqual([]);
      expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
