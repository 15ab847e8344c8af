// A real browser opens the HTML manual from disk: diagrams drawn, no errors, no network, search works.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium, noticeIfMissing, watchedPage } from '../helpers/browser.js';
import { renderExample } from './helpers.js';

noticeIfMissing('browser test');

const dir = mkdtempSync(join(tmpdir(), 'stdkit-browser-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the HTML manual in headless chromium', () => {
  it.skipIf(!hasChromium)('draws the diagrams, stays offline, logs no errors and finds Chinese text', async () => {
    const file = join(dir, 'index.html');
    writeFileSync(file, (await renderExample({ formats: ['html'] })).get('html/index.html')!);
    const browser = await launchChromium();
    try {
      const { page, errors, requests } = await watchedPage(browser);
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });

      const flow = page.locator('#standard\\.order-fulfilment svg.flowchart');
      await expect(flow.isVisible()).resolves.toBe(true);
      const box = await flow.boundingBox();
      expect(box!.height).toBeGreaterThan(200);
      expect(await flow.locator('rect').count()).toBe(8);
      expect(await page.locator('svg.timeline rect.bar').count()).toBe(3);

      await page.fill('#search', '订单');
      const results = page.locator('#search-results a');
      expect(await results.count()).toBeGreaterThan(3);
      expect(await results.allTextContents()).toContain('订单确认');
      await page.fill('#search', 'erp');
      expect(await results.allTextContents()).toContain('ERP');
      await page.fill('#search', '没有这个词');
      expect(await page.locator('#search-results a').count()).toBe(0);
      await page.fill('#search', '调货申请');
      await results.first().click();
      expect(page.url()).toMatch(/#[a-z]+\./);

      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('nav.sidebar').isVisible()).toBe(false);

      expect(errors).toEqual([]);
      expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
