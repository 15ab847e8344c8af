// Snapshots of the example manual, both formats and both languages: any change to what people
// read shows up in review as a diff of these files (update with `npx vitest run -u`).
import { describe, expect, it } from 'vitest';
import { renderExample } from './helpers.js';

const PAGES = ['markdown/index.md', 'markdown/standards/order-fulfilment.md', 'markdown/matrices/operations-raci.md', 'markdown/roles.md', 'html/index.html'];

describe.each(['zh-CN', 'en'] as const)('the example manual in %s', (lang) => {
  it.each(PAGES)('%s', async (page) => {
    const files = await renderExample({ lang });
    const text = files.get(page);
    expect(text, `${page} not rendered; got ${[...files.keys()].join(', ')}`).toBeDefined();
    await expect(text).toMatchFileSnapshot(`__snapshots__/${lang}/${page}`);
  });
});
