import { describe, expect, it } from 'vitest';
import { validateRows } from '../../src/core/kpi/validate.js';
import { parseValue } from '../../src/core/kpi/value.js';
import { catalog, row } from './helpers.js';

describe('values', () => {
  it.each([
    ['95%', 'ratio', 0.95],
    ['95.5 %', 'ratio', 0.955],
    ['0.95', 'ratio', 0.95],
    ['1', 'ratio', 1],
    ['1,234.5', 'CNY', 1234.5],
    ['¥1,234,567', 'CNY', 1234567],
    ['-200', 'CNY', -200],
    ['12', 'count', 12],
    ['36.5', 'hours', 36.5],
  ])('%s in %s is %d', (raw, unit, value) => expect(parseValue(raw, unit)).toEqual({ value }));

  it.each([
    ['95', 'ratio', 'outside 0..1 for a ratio (write 0.95 or 95%)'],
    ['-0.1', 'ratio', 'outside 0..1'],
    ['101%', 'ratio', 'outside 0..1'],
    ['abc', 'ratio', 'is not a number'],
    ['', 'ratio', 'no value'],
    ['-3', 'count', 'not a whole number ≥ 0'],
    ['2.5', 'count', 'not a whole number ≥ 0'],
    ['-1', 'hours', 'negative'],
    ['5%', 'CNY', 'is a percentage'],
    ['1,23', 'CNY', 'is not a number'],
  ])('%s in %s: %s', (raw, unit, message) => {
    const r = parseValue(raw, unit);
    expect('error' in r && r.error).toContain(message);
  });
});

describe('validateRows', () => {
  const c = catalog();
  it.each([
    [row('EX', 'sla', '2027-W05', '0.9'), 'unknown region "EX" (did you mean "EC"?)'],
    [row('EC', 'slaa', '2027-W05', '0.9'), 'unknown metric "slaa" (did you mean "sla"?)'],
    [row('EC', 'sla', '2027-02', '0.9'), 'period "2027-02" is a month, but sla is measured by week (e.g. 2027-W05)'],
    [row('EC', 'conv', '2027-W05', '0.2'), 'period "2027-W05" is a week, but conv is measured by month'],
    [row('EC', 'conv', 'Feb', '0.2'), 'period "Feb" is not a month'],
    [row('EC', 'sla', '2027-W05', '95'), 'sla: value 95 is outside 0..1'],
    [row('EC', 'orders', '2027-02', '-4'), 'orders: value -4 is not a whole number'],
    [row('EC', 'sla', '2027-W05', 'n/a'), 'sla: value "n/a" is not a number'],
    [row('', 'sla', '2027-W05', '0.9'), 'no region'],
  ])('%o → %s', (r, message) => {
    const { problems, measurements } = validateRows([r], c);
    expect(measurements).toEqual([]);
    expect(problems).toEqual([{ file: 'm.csv', line: r.line, message: expect.stringContaining(message) }]);
  });

  it('reports a duplicate with the line of the first', () => {
    const a = row('EC', 'sla', '2027-W05', '0.9');
    const b = row('EC', 'sla', '2027-w5', '91%', 'other.csv');
    const { problems, measurements } = validateRows([a, b], c);
    expect(measurements).toHaveLength(1);
    expect(problems).toEqual([{ file: 'other.csv', line: b.line, message: `duplicate value for EC sla 2027-w5 (first at m.csv:${a.line})` }]);
  });

  it('reports every problem of a row and keeps good rows', () => {
    const { problems, measurements } = validateRows([row('XX', 'sla', '2027-13', 'x'), row('SC', 'sales', '2027-02', '1,000.50')], c);
    expect(problems.map((p) => p.message)).toHaveLength(3);
    expect(measurements).toMatchObject([{ region: 'SC', metric: 'sales', value: 1000.5 }]);
  });
});
