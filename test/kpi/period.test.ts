import { describe, expect, it } from 'vitest';
import { detectPeriod, formatPeriod, isoWeeksInYear, parsePeriod, periodDays, previousPeriod } from '../../src/core/kpi/period.js';
import type { PeriodType } from '../../src/core/kpi/types.js';

describe('ISO weeks', () => {
  it.each([
    [2020, 53], [2021, 52], [2025, 52], [2026, 53], [2027, 52], [2032, 53], [2037, 53],
  ])('%i has %i weeks', (year, weeks) => expect(isoWeeksInYear(year)).toBe(weeks));

  it.each([
    ['2027-W01', '2026-W53'],
    ['2026-W01', '2025-W52'],
    ['2021-W01', '2020-W53'],
    ['2027-W05', '2027-W04'],
  ])('%s follows %s', (week, prev) => expect(previousPeriod('week', week)).toBe(prev));

  it('rejects week 53 in a 52-week year and week 0', () => {
    expect(parsePeriod('week', '2027-W53')).toBeUndefined();
    expect(parsePeriod('week', '2026-W53')).toBeDefined();
    expect(parsePeriod('week', '2027-W00')).toBeUndefined();
  });

  it('2026-W53 runs from Monday 2026-12-28 to Sunday 2027-01-03', () => {
    const [from, to] = periodDays('week', parsePeriod('week', '2026-W53')!);
    expect(formatPeriod('day', from)).toBe('2026-12-28');
    expect(formatPeriod('day', to)).toBe('2027-01-03');
  });

  it('round-trips every week of several years', () => {
    for (const y of [2020, 2026, 2027]) {
      for (let w = 1; w <= isoWeeksInYear(y); w++) {
        const label = `${y}-W${String(w).padStart(2, '0')}`;
        expect(formatPeriod('week', parsePeriod('week', label)!)).toBe(label);
      }
    }
  });
});

describe('other periods', () => {
  it.each<[PeriodType, string, string]>([
    ['day', '2027-01-01', '2026-12-31'],
    ['day', '2028-03-01', '2028-02-29'],
    ['month', '2027-01', '2026-12'],
    ['month', '2027-02', '2027-01'],
    ['quarter', '2027-Q1', '2026-Q4'],
    ['quarter', '2027-Q3', '2027-Q2'],
    ['year', '2027', '2026'],
  ])('%s %s → previous %s', (type, label, prev) => expect(previousPeriod(type, label)).toBe(prev));

  it.each<[PeriodType, string, string]>([
    ['month', '2027-2', '2027-02'],
    ['month', '2027/02', '2027-02'],
    ['quarter', '2027q1', '2027-Q1'],
    ['week', '2027-w5', '2027-W05'],
    ['day', '2027/2/3', '2027-02-03'],
  ])('accepts the spreadsheet spelling %s %s as %s', (type, text, label) => expect(formatPeriod(type, parsePeriod(type, text)!)).toBe(label));

  it.each<[PeriodType, string]>([
    ['month', '2027-13'], ['day', '2027-02-29'], ['quarter', '2027-Q5'], ['year', '27'], ['week', '2027-02'],
  ])('rejects %s %s', (type, text) => expect(parsePeriod(type, text)).toBeUndefined());

  it('detects what a label is', () => {
    expect(detectPeriod('2027-W05')?.type).toBe('week');
    expect(detectPeriod('2027-02')?.type).toBe('month');
    expect(detectPeriod('2027-Q1')?.type).toBe('quarter');
    expect(detectPeriod('2027-02-03')?.type).toBe('day');
    expect(detectPeriod('2027')?.type).toBe('year');
    expect(detectPeriod('soon')).toBeUndefined();
  });

  it('knows the days of months and quarters', () => {
    const [a, b] = periodDays('quarter', parsePeriod('quarter', '2027-Q1')!);
    expect([formatPeriod('day', a), formatPeriod('day', b)]).toEqual(['2027-01-01', '2027-03-31']);
    const [c, d] = periodDays('month', parsePeriod('month', '2028-02')!);
    expect([formatPeriod('day', c), formatPeriod('day', d)]).toEqual(['2028-02-01', '2028-02-29']);
  });
});
