// Labels in the manual's language, names next to ids, and the dashboard in the manual's look.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/kpi/evaluate.js';
import { formatHtml } from '../../src/core/kpi/format-html.js';
import { formatMarkdown } from '../../src/core/kpi/format-markdown.js';
import { formatText } from '../../src/core/kpi/format-text.js';
import { kpiLabels, named } from '../../src/core/kpi/labels.js';
import { validateRows } from '../../src/core/kpi/validate.js';
import { catalog, metric, row } from './helpers.js';

const c = catalog([
  { ...metric('sla', 'ratio', 'week', { target: 0.95, alertBelow: 0.8, weight: 0.15 }), name: '订单处理时效达标率' },
  metric('cycle', 'hours', 'week', { target: 10, alertBelow: 5 }),
  metric('idle', 'ratio', 'month', { target: 0.5 }),
]);
const { measurements } = validateRows(
  [row('EC', 'sla', '2027-W04', '0.9'), row('EC', 'sla', '2027-W05', '0.96'), row('SC', 'sla', '2027-W05', '0.7'), row('EC', 'cycle', '2027-W05', '12.5'), row('SC', 'cycle', '2027-W05', '7')],
  c,
);
const d = evaluate(c, measurements);

describe('labels', () => {
  it('show a name next to its id, just the id when they are the same', () => {
    expect(named('订单处理时效达标率', 'order-sla-rate')).toBe('订单处理时效达标率 (order-sla-rate)');
    expect(named('EC', 'EC')).toBe('EC');
    expect(kpiLabels('zh-CN').count(3, 'alert')).toBe('3 条预警');
    expect(kpiLabels('en').count(1, 'region')).toBe('1 region');
  });

  it('text: Chinese status words, units and counts; KPI and region names untouched', () => {
    const zh = formatText(d, { color: false, lang: 'zh-CN' });
    expect(zh).toContain('KPI 看板 截至 2027-W05:2 个区域,3 个 KPI');
    expect(zh).toMatch(/华东 \(EC\) {2}得分 /);
    expect(zh).toMatch(/订单处理时效达标率 \(sla\) +2027-W05 +96% ↑ {2}达标 +目标 95%,预警 < 80% \(上期 90%\)/);
    expect(zh).toMatch(/CYCLE \(cycle\) +2027-W05 +12\.5 小时/);
    expect(zh).toMatch(/华南 \(SC\)[\s\S]*订单处理时效达标率 \(sla\) +2027-W05 +70% +预警/);
    expect(zh).toMatch(/IDLE \(idle\) +– +– +无数据/);
    expect(zh).toContain('1 条预警:\n  华南 (SC)  订单处理时效达标率 (sla)  2027-W05  70% < 80%');
    const en = formatText(d, { color: false, lang: 'en' });
    expect(en).toMatch(/CYCLE \(cycle\) +2027-W05 +7 hours +below target/);
    expect(en).toContain('1 alert:');
  });

  it('markdown: headings, columns and legend in Chinese', () => {
    const md = formatMarkdown(d, { lang: 'zh-CN' });
    expect(md).toMatch(/^# KPI 看板 截至 2027-W05\n/);
    expect(md).toContain('| 区域 | 得分 | 订单处理时效达标率 | CYCLE | IDLE |');
    expect(md).toContain('| 指标 | 名称 | 统计周期 | 目标值 | 预警线(低于) | 权重 |');
    expect(md).toContain('| `sla` | 订单处理时效达标率 | 2027-W05 (周) | 95% | 80% | 0.15 |');
    expect(md).toContain('🟡 未达标 · 🔴 预警(低于预警线) · ⚪ 无数据 · 趋势');
    expect(md).toContain('## 预警 (1)');
    expect(md).toContain('- **华南 (SC)**:订单处理时效达标率 (`sla`,2027-W05) 70% < 80%');
  });

  it('html: Chinese labels, an anchor per KPI (with or without data), links to the charts', () => {
    const html = formatHtml(d, { title: '手册', lang: 'zh-CN' });
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<th class="region">区域</th><th>得分</th>');
    expect(html).toContain('截至 <b>2027-W05</b> · 2 个区域 · 3 个 KPI · 1 条预警');
    expect(html).toContain('<td class="region">华南 (SC)</td>');
    expect(html).toMatch(/title="华南 \(SC\) · 订单处理时效达标率 \(sla\) 2027-W05:预警"/);
    for (const id of ['sla', 'cycle', 'idle']) {
      expect(html).toContain(`<figure class="kpi" id="${id}">`);
      expect(html).toContain(`href="#${id}"`);
    }
    expect(html).toContain('<p class="no-data">无数据</p>');
    expect(html.match(/<svg /g)).toHaveLength(2);
    expect(html).toContain('<h2>趋势</h2>');
    expect(formatHtml(d, { title: 'Manual', lang: 'en' })).toContain('<th class="region">Region</th><th>Score</th>');
  });

  it("html: the manual's stylesheet inlined first, a back link only when given, no way out of <style>", () => {
    const html = formatHtml(d, { title: 'T', version: '1.2.0', lang: 'en', css: 'body { color: rebeccapurple; } </style><script>x</script>', manualHref: 'index.html' });
    expect(html.indexOf('rebeccapurple')).toBeLessThan(html.indexOf('.kpi-dashboard {'));
    expect(html).not.toContain('</style><script>');
    expect(html.match(/<\/style/gi)).toHaveLength(1);
    expect(html).toContain('<div class="brand"><a href="index.html">T</a> <span class="version">1.2.0</span></div>');
    expect(html).toContain('<a href="index.html" rel="up">← Operations manual</a>');
    expect(html).toContain("Content-Security-Policy\" content=\"default-src 'none'");
    const alone = formatHtml(d, { title: 'T', lang: 'zh-CN' });
    expect(alone).not.toContain('index.html');
  });
});
