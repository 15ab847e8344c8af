import { describe, expect, it } from 'vitest';
import { reviewOverdue } from '../../src/core/lint/rules/review-overdue.js';
import { reviewDueDate } from '../../src/core/status/dates.js';
import { CONFIG, lintYaml, repo, STANDARD } from '../helpers/lint.js';
import { ruleTester } from '../helpers/rule-tester.js';

const F = 'standards/order.yaml';
const reviewed = (date: string) => repo({ [F]: STANDARD.replace('status: active }', `status: active, reviewed: ${date} }`) });
const at = { path: 'metadata.reviewed', line: 3 };

ruleTester(reviewOverdue, {
  file: F,
  valid: [
    { name: 'no document says when it was reviewed', files: repo(), today: '2030-01-01' },
    { name: 'reviewed within 90 days', files: reviewed('2026-10-01'), today: '2026-12-01' },
    { name: 'on the 90th day the review still holds', files: reviewed('2026-09-02'), today: '2026-12-01' },
  ],
  invalid: [
    { name: 'the 91st day', files: reviewed('2026-09-01'), today: '2026-12-01', errors: [{ ...at, message: 'last reviewed on 2026-09-01, due again by 2026-11-30' }] },
    { name: 'years ago', files: reviewed('2020-01-15'), today: '2026-12-01', errors: [{ ...at, message: 'review.interval 90d' }] },
  ],
});

describe('review-overdue with review.interval', () => {
  const config = (interval: string) => ({ ...CONFIG, review: { interval } });
  it('uses the interval of stdkit.yaml', () => {
    const files = reviewed('2026-11-01');
    expect(lintYaml(files, { rules: [reviewOverdue], today: '2026-12-01', config: config('4w') })).toHaveLength(1);
    expect(lintYaml(files, { rules: [reviewOverdue], today: '2026-12-01', config: config('5w') })).toEqual([]);
  });
  it('counts business days, hours and weeks', () => {
    expect(reviewDueDate('2026-12-04', '1bd')).toBe('2026-12-07'); // Friday → Monday
    expect(reviewDueDate('2026-12-04', '48h')).toBe('2026-12-06');
    expect(reviewDueDate('2026-12-04', '2w')).toBe('2026-12-18');
    expect(reviewDueDate('2026-12-04', undefined)).toBe('2027-03-04');
    expect(reviewDueDate('not a date', '90d')).toBeUndefined();
  });
});
