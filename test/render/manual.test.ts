// The example manual in both formats and both languages: key content rather than giant snapshots.
import { describe, expect, it } from 'vitest';
import { renderExample } from './helpers.js';

describe('the example manual', () => {
  it('Markdown: index plus one page per document and the role index', async () => {
    const files = await renderExample({ formats: ['markdown'] });
    expect([...files.keys()].sort()).toEqual([
      'markdown/dictionaries/sales-data.md',
      'markdown/index.md',
      'markdown/matrices/operations-raci.md',
      'markdown/organization/huatong.md',
      'markdown/roles.md',
      'markdown/rollouts/east-china-sales.md',
      'markdown/standards/complaint-handling.md',
      'markdown/standards/customer-development.md',
      'markdown/standards/inventory-allocation.md',
      'markdown/standards/order-fulfilment.md',
      'markdown/standards/returns-handling.md',
    ]);
    const index = files.get('markdown/index.md')!;
    expect(index).toContain('# 跨区域业务运营标准化手册');
    expect(index).toContain('| 手册版本 | 1.0.0 |');
    expect(index).toContain('| 日期 | 2026-12-01 |');
    expect(index).toContain('[订单履约流程](standards/order-fulfilment.md#standard.order-fulfilment)');
    const order = files.get('markdown/standards/order-fulfilment.md')!;
    expect(order).toContain('```mermaid\nflowchart TD\n');
    expect(order).toContain('s1 --> s7');
    expect(order).toContain('| 3 | [订单确认](#step.order-fulfilment.order-confirmation) | [区域运营经理](../organization/huatong.md#role.regional-ops-manager) |');
    expect(order).toContain('## 区域变体');
    expect(order).toContain('时限: **48 小时** (基线: 24 小时)');
    expect(order).toContain('[订单处理时效达标率](../dictionaries/sales-data.md#metric.order-sla-rate) | 周 | 95% | 80% |');
    expect(order).toContain('**库存不足时能否先发部分货？**');
    const plan = files.get('markdown/rollouts/east-china-sales.md')!;
    expect(plan).toContain('```mermaid\ngantt\n');
    expect(plan).toContain('pilot-sc 华南 :p0, 2027-01-04, 2027-01-29');
    const raci = files.get('markdown/matrices/operations-raci.md')!;
    expect(raci).toMatch(/订单确认 \| .*› \[订单确认\].*\|  \|  \|  \| A \| I \| R \| C \| 24 小时 \|/);
    const dict = files.get('markdown/dictionaries/sales-data.md')!;
    expect(dict).toContain('| 每周 | 每周一 12:00前 |');
    expect(dict).toContain('| CNY | 月 | 是 | 是 |');
    expect(files.get('markdown/roles.md')).toContain('## 区域销售经理 · 区域');
  });

  it('Markdown in English: labels translated, user text untouched', async () => {
    const files = await renderExample({ formats: ['markdown'], lang: 'en' });
    const order = files.get('markdown/standards/order-fulfilment.md')!;
    expect(order).toContain('## Steps');
    expect(order).toContain('| # | Step | Responsible | Inputs | Outputs | Time limit |');
    expect(order).toContain('| 24 hours |');
    expect(order).toContain('| 2 business days |');
    expect(order).toContain('# 订单履约流程');
    expect(files.get('markdown/index.md')).toContain('| Manual version | 1.0.0 |');
    expect(files.get('markdown/dictionaries/sales-data.md')).toContain('every Monday by 12:00');
  });

  it('HTML: one offline page with cover, sidebar, inline SVG diagrams, tables and search index', async () => {
    const files = await renderExample({ formats: ['html'] });
    expect([...files.keys()]).toEqual(['html/index.html']);
    const html = files.get('html/index.html')!;
    expect(html).toMatch(/^<!doctype html>\n<html lang="zh-CN">/);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('<section class="cover" id="cover">');
    expect(html).toContain('<nav class="sidebar"');
    expect(html.match(/<svg class="flowchart"/g)).toHaveLength(5);
    expect(html.match(/<svg class="timeline"/g)).toHaveLength(1);
    expect(html).toContain('<a href="#step.order-fulfilment.order-confirmation" class="node">');
    expect(html).toContain('<td>24 小时</td>');
    expect(html).toContain('<td class="raci-cell raci-AR">AR</td>');
    expect(html).toContain('id="job.regional-sales-manager"');
    expect(html).toContain('<strong>以订单录入 ERP 为起点，以发运完成为终点</strong>');
    expect(html).toContain('@media print');
    const index = JSON.parse(/<script type="application\/json" id="search-index">(.*?)<\/script>/s.exec(html)![1]!) as Array<{ t: string }>;
    expect(index.map((e) => e.t)).toContain('订单确认');
  });

  it('HTML in English, as the SC region sees it', async () => {
    const html = (await renderExample({ formats: ['html'], lang: 'en', region: 'SC' })).get('html/index.html')!;
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Region view: 华南 (SC)');
    expect(html).toContain('48 hours <span class="variant-flag">Regional variant</span>');
    expect(html).toContain('(Baseline: 24 hours)');
    expect(html).not.toContain('<h3>Regional variants</h3>');
    expect(html).toContain('Index by role');
  });

  it('shows what changed from the changelog', async () => {
    const changelog = '# Changelog\n\n## [1.0.0] - 2026-11-30\n\n### Major\n\n- order-fulfilment › order-confirmation: responsible changed\n';
    const files = await renderExample({ changelog });
    expect(files.get('markdown/index.md')).toContain('## 本版变更: 1.0.0 - 2026-11-30\n\n#### Major');
    expect(files.get('html/index.html')).toContain('<section class="changes" id="changes">');
  });
});
