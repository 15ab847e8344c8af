import { describe, it, expect } from 'vitest';
import { escapeData, escapeProperty, github } from '../../src/formatters/github.js';
import { ctx, empty, result } from './fixture.js';

describe('github', () => {
  it('prints one workflow command per finding', () => {
    const out = github(result, ctx()).split('\n');
    expect(out.at(-1)).toBe('');
    expect(out.slice(0, -1)).toEqual([
      '::error file=standards/order.yaml,line=31,col=20,endLine=31,endColumn=36,title=stdkit ref-role::未知角色 "仓库主管"（您是指 "warehouse-lead" 吗？）',
      `::warning file=standards/order.yaml,line=7,col=3,title=stdkit sla-format::bad "value" <b> & 'x': 100%25, a,b%0Anext line\u0000\u0007`,
      '::error file=raci/sub dir/raci.yaml,line=12,col=5,title=stdkit raci-single-accountable::step has two accountable roles',
      '::error file=raci/sub dir/raci.yaml,line=140,col=5,title=stdkit raci-single-accountable::step has two accountable roles',
    ]);
  });

  it('escapes data and properties as @actions/core does', () => {
    expect(escapeData('50% a:b,c\r\nx')).toBe('50%25 a:b,c%0D%0Ax');
    expect(escapeProperty('50% a:b,c\r\nx')).toBe('50%25 a%3Ab%2Cc%0D%0Ax');
    const f = { ...result.findings[0]!, file: 'odd:name,1.yaml', rule: 'r' };
    expect(github({ ...result, findings: [f] }, ctx())).toContain('file=odd%3Aname%2C1.yaml,');
  });

  it('prints nothing without findings', () => {
    expect(github(empty, ctx())).toBe('');
  });
});
