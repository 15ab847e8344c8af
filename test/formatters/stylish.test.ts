import { describe, it, expect } from 'vitest';
import { displayWidth, stylish } from '../../src/formatters/stylish.js';
import { ctx, empty, result } from './fixture.js';

const lines = (s: string) => s.split('\n');

describe('stylish', () => {
  it('prints nothing when there are no findings', () => {
    expect(stylish(empty, ctx())).toBe('');
    expect(stylish(empty, ctx({ color: true }))).toBe('');
  });

  it('groups findings under each file, sorted by line', () => {
    const out = lines(stylish(result, ctx()));
    const order = out.indexOf('standards/order.yaml');
    const raci = out.indexOf('raci/sub dir/raci.yaml');
    expect(order).toBeGreaterThan(-1);
    expect(raci).toBeGreaterThan(order);
    expect(out[order + 1]).toMatch(/^ {2} 7:3 {3}warning {2}/);
    expect(out[order + 2]).toMatch(/^ {2}31:20 {2}error {4}未知角色/);
    expect(out.filter((l) => l.includes('raci-single-accountable'))).toHaveLength(2);
  });

  it('aligns the rule column by display width, counting CJK as two columns', () => {
    const out = lines(stylish(result, ctx()));
    const rows = out.filter((l) => / (ref-role|sla-format)$/.test(l));
    expect(rows).toHaveLength(2);
    const ruleColumns = rows.map((r) => displayWidth(r.slice(0, r.lastIndexOf('  ') + 2)));
    expect(ruleColumns[0]).toBe(ruleColumns[1]);
  });

  it('keeps one line per finding even when a message has a line break', () => {
    const out = stylish(result, ctx());
    expect(out).toContain('100%, a,b next line');
    expect(out).not.toMatch(/[\u0000\u0007]/);
  });

  it('ends with a summary of problems, errors and warnings', () => {
    const out = stylish(result, ctx());
    expect(out.trimEnd().split('\n').at(-1)).toBe('✖ 4 problems (3 errors, 1 warning)');
    const one = { ...result, findings: result.findings.slice(1, 2) };
    expect(stylish(one, ctx()).trimEnd().split('\n').at(-1)).toBe('✖ 1 problem (0 errors, 1 warning)');
  });

  it('has no ANSI codes without colour, and colours with it', () => {
    expect(stylish(result, ctx())).not.toContain('\u001b[');
    const coloured = stylish(result, ctx({ color: true }));
    expect(coloured).toContain('\u001b[4mstandards/order.yaml\u001b[24m');
    expect(coloured).toContain('\u001b[31m');
    expect(coloured).toContain('\u001b[33m');
  });

  it('measures display width', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('仓库主管')).toBe(8);
    expect(displayWidth('（您）')).toBe(6);
    expect(displayWidth('e\u0301')).toBe(1);
  });
});
