import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/kpi/evaluate.js';
import { formatHtml } from '../../src/core/kpi/format-html.js';
import { formatJson } from '../../src/core/kpi/format-json.js';
import { formatMarkdown } from '../../src/core/kpi/format-markdown.js';
import { formatText } from '../../src/core/kpi/format-text.js';
import { validateRows } from '../../src/core/kpi/validate.js';
import { catalog, metric, row } from './helpers.js';

const HOSTILE = '<script>alert(1)</script> & "x" | y';
const c = catalog(
  [metric('sla', 'ratio', 'week', { target: 0.95, alertBelow: 0.8, weight: 0.15 }), { ...metric('conv', 'ratio', 'month', { target: 0.25, alertBelow: 0.15, weight: 0.1 }), name: HOSTILE }],
  [['EC', '华东'], ['SC', HOSTILE]],
);
const { measurements } = validateRows(
  [row('EC', 'sla', '2027-W04', '0.9'), row('EC', 'sla', '2027-W05', '0.96'), row('SC', 'sla', '2027-W05', '0.7'), row('SC', 'conv', '2027-01', '0.2')],
  c,
);
const d = evaluate(c, measurements);

describe('formats', () => {
  it('json has the stable shape', () => {
    const json = JSON.parse(formatJson(d)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['period', 'regions', 'alerts']);
    expect(json).toMatchObject({
      period: '2027-W05',
      regions: [
        {
          code: 'EC', name: '华东', score: 100,
          kpis: [
            { metric: 'sla', name: 'SLA', period: '2027-W05', value: 0.96, target: 0.95, alertBelow: 0.8, status: 'ok', trend: 'up', previous: 0.9 },
            { metric: 'conv', value: null, status: 'missing', trend: 'none', previous: null },
          ],
        },
        { code: 'SC', score: expect.any(Number) },
      ],
      alerts: [{ region: 'SC', metric: 'sla', period: '2027-W05', value: 0.7, alertBelow: 0.8, target: 0.95 }],
    });
  });

  it('markdown is a region × KPI table with user text defused', () => {
    const md = formatMarkdown(d);
    expect(md).toContain('| Region | Score | SLA | &#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;x&#34; \\| y |');
    expect(md).toContain('| 华东 (EC) | 100.0% | 🟢 96% ↑ | ⚪ – |');
    expect(md).toContain('## Alerts (1)');
    expect(md).not.toContain('<script>');
  });

  it('text shows every region and the alerts, red only with colours', () => {
    const plain = formatText(d, { color: false });
    expect(plain).toMatch(/华东 \(EC\) {2}score 100\.0%/);
    expect(plain).toMatch(/SLA \(sla\) +2027-W05 +96% ↑ {2}ok/);
    expect(plain).toContain('1 alert:');
    expect(plain).not.toMatch(/\u001b\[/);
    expect(formatText(d, { color: true })).toContain('\u001b[31m');
  });

  it('html is one offline page with a heat table and SVG charts, all user text escaped', () => {
    const html = formatHtml(d, { title: `Manual ${HOSTILE}`, lang: 'zh-CN' });
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<table class="heat">');
    expect(html).toContain('<td class="alert"');
    expect(html.match(/<svg /g)).toHaveLength(2);
    expect(html).not.toContain('<script');
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
  });
});
