import { describe, expect, it } from 'vitest';
import { dueWords, durationWords, labels, quantity } from '../../src/core/render/i18n.js';
import { latestChanges } from '../../src/core/render/changelog.js';
import { layoutFlow, wrap } from '../../src/core/render/flow-layout.js';

describe('durations and due times in words', () => {
  it.each([
    ['24h', '24 小时', '24 hours'],
    ['1h', '1 小时', '1 hour'],
    ['2bd', '2 个工作日', '2 business days'],
    ['1d', '1 天', '1 day'],
    ['2w', '2 周', '2 weeks'],
    ['soon', 'soon', 'soon'],
  ])('%s', (sla, zh, en) => {
    expect(durationWords('zh-CN', sla)).toBe(zh);
    expect(durationWords('en', sla)).toBe(en);
  });

  it.each([
    ['daily', '10:00', '每日 10:00前', 'every day by 10:00'],
    ['weekly', 'MON 12:00', '每周一 12:00前', 'every Monday by 12:00'],
    ['monthly', '5 18:00', '每月5日 18:00前', 'the 5th of each month by 18:00'],
    ['monthly', 'L', '每月最后一天前', 'the last day of each month'],
    ['quarterly', '15', '每季度首月15日前', "the 15th of each quarter's first month"],
  ])('%s %s', (freq, due, zh, en) => {
    expect(dueWords('zh-CN', freq, due)).toBe(zh);
    expect(dueWords('en', freq, due)).toBe(en);
  });

  it('formats ratios as percentages and keeps both label tables complete', () => {
    expect(quantity('en', 0.95, 'ratio')).toBe('95%');
    expect(quantity('zh-CN', 12, 'hours')).toBe('12 小时');
    expect(Object.keys(labels('en')).sort()).toEqual(Object.keys(labels('zh-CN')).sort());
  });
});

describe('changelog', () => {
  it('takes the latest released section, not Unreleased, without link definitions', () => {
    const text = '# Changelog\n\n## [Unreleased]\n\n- wip\n\n## [1.3.0] - 2026-05-01\n\n### Minor\n\n- 订单确认 sla 24h → 48h\n\n## [1.2.0]\n\n- old\n\n[1.3.0]: https://x/compare\n';
    expect(latestChanges(text)).toEqual({ heading: '1.3.0 - 2026-05-01', body: '#### Minor\n\n- 订单确认 sla 24h → 48h' });
    expect(latestChanges(undefined)).toBeUndefined();
    expect(latestChanges('# Changelog\n')).toBeUndefined();
  });
});

describe('flowchart layout', () => {
  const node = (id: string) => ({ id, lines: [id], sub: [], terminal: false });
  it('puts steps in layers along the flow and sends loops back on the side', () => {
    const lay = layoutFlow([node('a'), node('b'), node('c'), node('d')], [['a', 'b'], ['a', 'c'], ['b', 'd'], ['c', 'd'], ['d', 'a']]);
    const y = Object.fromEntries(lay.nodes.map((n) => [n.id, n.y]));
    expect(y.a).toBeLessThan(y.b!);
    expect(y.b).toBe(y.c);
    expect(y.c).toBeLessThan(y.d!);
    expect(lay.edges.filter((e) => e.back).map((e) => `${e.from}>${e.to}`)).toEqual(['d>a']);
  });
  it('wraps CJK text without spaces and marks a cut with an ellipsis', () => {
    expect(wrap('客户线索获取与筛选评估流程', 70, 2)).toEqual(['客户线索获', '取与筛选…']);
    expect(wrap('short', 100)).toEqual(['short']);
  });
});
