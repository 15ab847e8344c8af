import { describe, expect, it } from 'vitest';
import { parseDue } from '../../src/core/model/due.js';

describe('parseDue', () => {
  it.each([
    ['daily', '09:30', { frequency: 'daily', time: { hour: 9, minute: 30 } }],
    ['daily', '0:00', { frequency: 'daily', time: { hour: 0, minute: 0 } }],
    ['daily', '23:59', { frequency: 'daily', time: { hour: 23, minute: 59 } }],
    ['weekly', 'MON 12:00', { frequency: 'weekly', weekday: 'MON', time: { hour: 12, minute: 0 } }],
    ['weekly', 'SUN 23:59', { frequency: 'weekly', weekday: 'SUN', time: { hour: 23, minute: 59 } }],
    ['weekly', 'fri', { frequency: 'weekly', weekday: 'FRI' }],
    ['monthly', '5', { frequency: 'monthly', day: 5 }],
    ['monthly', 5, { frequency: 'monthly', day: 5 }],
    ['monthly', ' 05  10:00 ', { frequency: 'monthly', day: 5, time: { hour: 10, minute: 0 } }],
    ['monthly', 'L', { frequency: 'monthly', day: 'last' }],
    ['monthly', '28', { frequency: 'monthly', day: 28 }],
    ['quarterly', 'L 18:00', { frequency: 'quarterly', day: 'last', time: { hour: 18, minute: 0 } }],
    ['quarterly', 15, { frequency: 'quarterly', day: 15 }],
  ] as const)('%s %j', (frequency, text, expected) => {
    expect(parseDue(frequency, text)).toEqual(expected);
  });

  it.each([
    ['daily', '24:00', 'hour 24 is out of range'],
    ['daily', '12:60', 'minute 60 is out of range'],
    ['daily', '1200', 'is not a daily due time'],
    ['daily', '12:00 13:00', 'is not a daily due time'],
    ['daily', 9, 'due "9" is not a daily due time'],
    ['weekly', 'MONDAY', 'is not a weekly due time: write a weekday'],
    ['weekly', 'MON 24:00', 'hour 24 is out of range'],
    ['weekly', 'MON 12', '"12" is not a time: write HH:MM'],
    ['monthly', '29', 'day 29 does not exist in every month: write L'],
    ['monthly', '0', 'is not a monthly due time'],
    ['monthly', 5.5, 'is not a monthly due time'],
    ['monthly', 'MON', 'is not a monthly due time'],
    ['quarterly', '', 'is not a quarterly due time'],
    ['quarterly', true, 'due true is not a quarterly due time'],
    ['yearly', '1', 'unknown frequency "yearly"'],
  ] as const)('%s %j is refused', (frequency, text, message) => {
    const got = parseDue(frequency, text);
    expect(typeof got).toBe('string');
    expect(got).toContain(message);
  });
});
